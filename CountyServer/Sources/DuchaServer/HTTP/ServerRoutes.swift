import DuchaSession
import DuchaSync
import Foundation
import Hummingbird
import Logging
import PostgresNIO

/// The HTTP API: each route authenticates the token, applies `AccessPolicy`, and answers JSON.
/// Database failures (PostgreSQL restarting) answer 503 so that clients retry.
struct ServerRoutes: Sendable {
  let database: ServerDatabase
  let logger: Logger
  let plans = PlanCache()

  /// The largest session file accepted (a session carries its checklist's full text).
  static let maximumBody = 16 * 1024 * 1024

  func register(on router: Router<BasicRequestContext>) {
    router.get(RouterPath(SyncRoute.health)) { _, _ in try await self.health() }
    router.get(RouterPath(SyncRoute.whoami)) { request, _ in
      try JSONReply.ok(try await self.authenticate(request).info)
    }
    router.get(RouterPath(SyncRoute.sessionIndex)) { request, _ in try await self.index(request) }
    router.get(RouterPath(SyncRoute.sessions)) { request, _ in try await self.pull(request) }
    router.post(RouterPath(SyncRoute.sessions)) { request, _ in try await self.push(request) }
    router.get(RouterPath(SyncRoute.documents)) { request, _ in try await self.documents(request) }
    router.post(RouterPath(SyncRoute.documents)) { request, _ in
      try await self.pushDocument(request)
    }
  }

  private func health() async throws -> Response {
    try await guarded { _ = try await database.counts() }
    return try JSONReply.ok(["status": "ok"])
  }

  /// The account of the request's `Authorization: Bearer` token, or 401.
  func authenticate(_ request: Request) async throws -> Account {
    guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
      throw APIError(.unauthorized, "缺少账号令牌；请用 --token 或环境变量 DUCHA_TOKEN 给出管理员发的令牌。")
    }
    let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
    let account = try await guarded { try await database.account(tokenHash: Token.hash(token)) }
    guard let account else {
      throw APIError(.unauthorized, "令牌不对或账号已停用；请向管理员要新的令牌。")
    }
    return account
  }

  private func index(_ request: Request) async throws -> Response {
    let account = try await authenticate(request)
    let scope = AccessPolicy.readScope(account, group: request.uri.queryParameters.get("group"))
    let versions = try await guarded { try await database.versions(in: scope) }
    return try JSONReply.ok(SessionIndex(versions: versions))
  }

  private func pull(_ request: Request) async throws -> Response {
    let account = try await authenticate(request)
    let parameters = request.uri.queryParameters
    let scope = AccessPolicy.readScope(account, group: parameters.get("group"))
    let reveal = AccessPolicy.mayReveal(account, asked: parameters.get("reveal") == "1")
    if parameters.get("reveal") == "1", !reveal {
      throw APIError(.forbidden, "只有县教育局的账号可以看完整的身份证号。")
    }
    var sessions = try await guarded { try await database.newestSessions(in: scope) }
    if !reveal {
      // No full ID number and no student's name leaves without reveal, and each copy is marked,
      // so the laptop it lands on never saves or pushes it over the real version.
      let masked = SharedCopy.sessions(sessions.map(\.body))
      for index in sessions.indices { sessions[index].body = masked[index] }
    }
    return try JSONReply.ok(SessionPull(sessions: sessions))
  }

  private func push(_ request: Request) async throws -> Response {
    let account = try await authenticate(request)
    let buffer = try await request.body.collect(upTo: Self.maximumBody)
    let bytes = Data(buffer: buffer)
    let session: Session
    do {
      session = try SessionStore.decode(bytes, path: "上传的记录")
    } catch {
      throw APIError(.unprocessableContent, error.message.zh)
    }
    if session.maskedCopy == true {
      throw APIError(
        .unprocessableContent,
        "记录 \(session.id) 是从服务器取回的遮蔽副本（姓名、身份证号已遮蔽），不能再上传；服务器上已有它的完整版本。")
    }
    let group: String
    let plan = try await guarded { try await plans.current(database) }
    switch AccessPolicy.groupForPush(session, by: account, plan: plan) {
    case .success(let allowed): group = allowed
    case .failure(let refusal): throw APIError(.forbidden, refusal.message)
    }
    let receipt = try await guarded {
      try await database.storeVersion(session, bytes: bytes, group: group, by: account)
    }
    return try JSONReply.ok(receipt)
  }

  private func documents(_ request: Request) async throws -> Response {
    let account = try await authenticate(request)
    let asked = request.uri.queryParameters.get("group")
    let group: String?
    switch account.role {
    case .inspector, .leader: group = account.group
    case .county: group = asked
    case .school: group = nil
    }
    guard let group else { return try JSONReply.ok(DocumentPull(documents: [])) }
    let reveal = AccessPolicy.mayReveal(
      account, asked: request.uri.queryParameters.get("reveal") == "1")
    var documents = try await guarded { try await database.documents(group: group) }
    if !reveal { documents = SharedCopy.documents(documents) }
    return try JSONReply.ok(DocumentPull(documents: documents))
  }

  private func pushDocument(_ request: Request) async throws -> Response {
    let account = try await authenticate(request)
    guard AccessPolicy.mayWriteDocuments(account), let group = account.group else {
      throw APIError(.forbidden, "只有组长可以上传合并决定和问题清单。")
    }
    let buffer = try await request.body.collect(upTo: Self.maximumBody)
    guard let push = try? JSONDecoder().decode(DocumentPush.self, from: Data(buffer: buffer)),
      GroupDocument.names.contains(push.name)
    else {
      throw APIError(
        .badRequest, "上传的内容不对：应是 \(GroupDocument.names.joined(separator: " 或 ")) 之一。")
    }
    guard (try? JSONSerialization.jsonObject(with: Data(push.body.utf8))) != nil else {
      throw APIError(.unprocessableContent, "\(push.name) 不是完整的 JSON 文件；请检查后重新上传。")
    }
    let result = try await guarded {
      try await database.storeDocument(push, group: group, by: account)
    }
    switch result {
    case .success(let document): return try JSONReply.ok(document)
    case .failure(let refusal): throw APIError(.conflict, refusal.message)
    }
  }

  /// Runs a database call; a failure to reach PostgreSQL answers 503 (the client retries).
  func guarded<T: Sendable>(_ work: () async throws -> T) async throws -> T {
    do {
      return try await work()
    } catch let error as APIError {
      throw error
    } catch {
      logger.error("database: \(String(reflecting: error))")
      throw APIError(.serviceUnavailable, "数据库暂时不可用，请稍后重试。")
    }
  }
}

/// The current plan, parsed once per version loaded rather than on every push.
actor PlanCache {
  private var parsed: (row: Int, plan: PlanAssignments)?

  func current(_ database: ServerDatabase) async throws -> PlanAssignments? {
    guard let (row, text) = try await database.currentPlan() else { return nil }
    if let parsed, parsed.row == row { return parsed.plan }
    // A stored plan was checked when loaded; one that no longer parses refuses every push
    // rather than letting anyone push anything.
    let plan: PlanAssignments
    do {
      plan = try PlanAssignments(text: text, file: "plan-\(row)")
    } catch {
      throw APIError(.conflict, "服务器上的检查计划读不了；请管理员用 ducha-server plan set 重新载入。")
    }
    parsed = (row, plan)
    return plan
  }
}
