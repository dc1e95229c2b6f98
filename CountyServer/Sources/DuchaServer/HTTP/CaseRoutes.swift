import DuchaCases
import DuchaSession
import DuchaSync
import Foundation
import Hummingbird

/// The case ledger over HTTP (`CaseRoute`): the county bureau sees and changes every case, a
/// school only its own (the child's school or the responsible school); inspectors and leaders
/// are refused. Every change goes through `CaseLedger` with the account as its author and is
/// written to the audit log. ID numbers, birth dates (the year kept), the guardian's phone (its
/// last four digits kept) and the home address (down to the village) are masked in every answer
/// unless a county account asks `reveal=1`, as `ducha cases list` shows them without `--reveal`;
/// names stay (a school must find the child).
struct CaseRoutes: Sendable {
  let routes: ServerRoutes
  let stores: CaseStores

  func register(on router: Router<BasicRequestContext>) {
    router.get(RouterPath(CaseRoute.cases)) { request, _ in try await self.list(request) }
    router.get(RouterPath(CaseRoute.cases + "/:id")) { request, context in
      try await self.show(request, id: try Self.id(context))
    }
    router.post(RouterPath(CaseRoute.cases + "/:id")) { request, context in
      try await self.change(request, id: try Self.id(context))
    }
  }

  private static func id(_ context: BasicRequestContext) throws -> Int64 {
    guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
      throw APIError(.badRequest, "案例编号应是正整数，如 /v1/cases/3。")
    }
    return id
  }

  /// The account's school (nil: every school) and whether to reveal, or the refusal.
  private func access(_ request: Request) async throws -> (Account, String?, Bool) {
    let account = try await routes.authenticate(request)
    let school: String?
    switch AccessPolicy.caseSchool(account) {
    case .success(let allowed): school = allowed
    case .failure(let refusal): throw APIError(.forbidden, refusal.message)
    }
    let asked = request.uri.queryParameters.get("reveal") == "1"
    let reveal = AccessPolicy.mayReveal(account, asked: asked)
    if asked, !reveal { throw APIError(.forbidden, "只有县教育局的账号可以看完整的身份证号。") }
    return (account, school, reveal)
  }

  private func list(_ request: Request) async throws -> Response {
    let (_, own, reveal) = try await access(request)
    let parameters = request.uri.queryParameters
    var filter = CaseFilter(
      school: parameters.get("school"), township: parameters.get("township"),
      openOnly: parameters.get("open") == "1")
    if let status = parameters.get("status") {
      guard let parsed = CaseStatusChoice(typed: status) else {
        throw APIError(.badRequest, CaseStatusChoice.refusal(status).zh)
      }
      filter.statuses = parsed.statuses
    }
    if let own {
      if let asked = filter.school, asked != own {
        throw APIError(.forbidden, "学校账号只能看本校（\(own)）的案例。")
      }
      filter.school = own
    }
    let chosen = filter
    // Through the ledger, as `ducha cases list`: a notice past due reads 逾期 on its own.
    let records = try await ledger { try $0.list(chosen) }
    let shared = records.map(CasePrivacy(reveal: reveal).sharedFields)
    return try Self.reply(CaseListReply(cases: shared), reveal: reveal)
  }

  private func show(_ request: Request, id: Int64) async throws -> Response {
    let (_, own, reveal) = try await access(request)
    let detail = try await ledger { ledger -> CaseDetailReply? in
      guard let record = try ledger.fetch(id) else { return nil }
      return CaseDetailReply(record: record, history: try ledger.store.history(id))
    }
    guard let detail, Self.visible(detail.record, to: own) else { throw Self.notFound(id) }
    return try Self.reply(
      CaseDetailReply(
        record: CasePrivacy(reveal: reveal).sharedFields(detail.record), history: detail.history),
      reveal: reveal)
  }

  private func change(_ request: Request, id: Int64) async throws -> Response {
    let (account, own, reveal) = try await access(request)
    let buffer = try await request.body.collect(upTo: 1024 * 1024)
    guard let change = try? JSONDecoder().decode(CaseChangeRequest.self, from: Data(buffer: buffer))
    else {
      throw APIError(.badRequest, "上传的内容不是一项案例修改（action、reason）。")
    }
    let outcome = try await ledger { ledger -> Result<CaseRecord, CaseLedger.ChangeError>? in
      guard let record = try ledger.store.fetch(id), Self.visible(record, to: own) else {
        return nil
      }
      return Self.perform(change, on: record, by: account.name, ledger)
    }
    switch outcome {
    case nil:
      throw Self.notFound(id)
    case .failure(.refused(let refusal))?:
      throw APIError(.conflict, refusal.text())
    case .failure(.store(.conflict(let caseID)))?:
      throw APIError(.conflict, CaseStoreError.conflict(caseID: caseID).message.zh)
    case .failure(.store(.notFound))?:
      throw Self.notFound(id)
    case .failure(.store(let error))?:
      routes.logger.error("case store: \(error.message.zh)")
      throw APIError(.serviceUnavailable, "数据库暂时不可用，请稍后重试。")
    case .success(let record)?:
      try await routes.guarded {
        try await routes.database.log(
          account: account.name, action: "case " + change.action.name, target: "case \(id)")
      }
      let history = try await ledger { try $0.store.history(id) }
      return try Self.reply(
        CaseDetailReply(
          record: CasePrivacy(reveal: reveal).sharedFields(record), history: history),
        reveal: reveal)
    }
  }

  /// A change with `expectedVersion` is refused when the case moved on (never re-applied);
  /// without it, `CaseLedger.perform` re-checks it against the case as it is now.
  private static func perform(
    _ change: CaseChangeRequest, on record: CaseRecord, by author: String, _ ledger: CaseLedger
  ) -> Result<CaseRecord, CaseLedger.ChangeError> {
    guard let expected = change.expectedVersion else {
      return ledger.perform(change.action, on: record.id, by: author, reason: change.reason)
    }
    guard record.version == expected else { return .failure(.store(.conflict(caseID: record.id))) }
    let time = Timestamp.string(from: ledger.now())
    // As `CaseLedger.perform` takes it: on today's calendar, except 逾期 itself.
    var current = record
    if case .markOverdue = change.action {} else { current = record.asOf(ledger.today) }
    switch CaseTransitions.apply(
      change.action, to: current, nextSequence: record.version + 1,
      author: CaseTransitions.Author(by: author, reason: change.reason, time: time))
    {
    case .failure(let refusal): return .failure(.refused(refusal))
    case .success(let (updated, event)):
      do {
        try ledger.store.commit(updated, event: event, expectedVersion: expected)
        return .success(updated)
      } catch let error as CaseStoreError {
        return .failure(.store(error))
      } catch {
        return .failure(.store(.failed(error, in: ledger.store)))
      }
    }
  }

  /// Whether a school (nil: the county) may see `record`: the rule of `CaseFilter.school`.
  private static func visible(_ record: CaseRecord, to school: String?) -> Bool {
    guard let school else { return true }
    return CaseFilter(school: school).matches(record)
  }

  /// A case another school's account asks for is "not found", not "forbidden": a school
  /// learns nothing about the children of other schools, not even that a number is taken.
  private static func notFound(_ id: Int64) -> APIError {
    APIError(.notFound, CaseStoreError.notFound(caseID: id).message.zh)
  }

  private func ledger<T: Sendable>(_ body: @escaping @Sendable (CaseLedger) throws -> T)
    async throws -> T
  {
    try await routes.guarded { try await stores.withLedger(body) }
  }

  /// The answer as JSON, every ID number and phone number in it masked unless `reveal`: the
  /// whole text passes the masker `ducha cases show` uses for free text, so a number typed into
  /// a proof, a visit's outcome or a reason (“监护人电话13912345678”) is masked too.
  static func reply<T: Encodable>(_ value: T, reveal: Bool) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    if reveal { return JSONReply.response(.ok, data) }
    let masked = PrivacyMask.numbers(String(decoding: data, as: UTF8.self))
    return JSONReply.response(.ok, Data(masked.utf8))
  }
}
