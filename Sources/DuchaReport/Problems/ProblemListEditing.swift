import DuchaChecklist
import DuchaSession
import Foundation

/// Why an edit was refused.
public struct ProblemListEditError: UserFacingError, Sendable, Equatable {
  /// What to tell the user, with what to do.
  public var message: Localized

  /// The message as printed (`UserFacingError`).
  public func said(in language: Language) -> String { message.text(language) }

  /// Creates an error.
  public init(message: Localized) {
    self.message = message
  }
}

/// The fields of an entry a leader may change.
public enum ProblemField: String, Sendable, CaseIterable {
  /// 问题.
  case finding = "问题"
  /// 整改要求.
  case requirement = "整改要求"
  /// 责任人.
  case responsible = "责任人"
  /// 整改期限.
  case deadline = "期限"
  /// 状态.
  case status = "状态"
}

extension ProblemList {
  /// Who is acting, when, and why; `amend` is required once the list is signed.
  public struct Actor: Sendable {
    /// Name, when known.
    public var name: String?
    /// ISO 8601 time.
    public var time: String
    /// The reason, required for drops and amendments.
    public var reason: String?
    /// Whether the caller means to amend a signed list.
    public var amend: Bool

    /// Creates an actor.
    public init(name: String?, time: String, reason: String? = nil, amend: Bool = false) {
      self.name = name
      self.time = time
      self.reason = reason
      self.amend = amend
    }
  }

  /// A change needs a name (`--by`); a signed list changes only as a recorded amendment with a
  /// reason.
  public func checkWritable(_ actor: Actor) throws(ProblemListEditError) {
    guard let name = actor.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ProblemListEditError(
        message: Localized(
          "修改问题清单必须写明操作人：加 --by 姓名（如 --by 李辉），修改记录里留名。",
          en:
            "changing the problem list needs your name: add --by NAME (e.g. --by 李辉) for the record."
        ))
    }
    guard let signature else { return }
    guard actor.amend else {
      throw ProblemListEditError(
        message: Localized(
          "问题清单已由\(signature.name)于\(ReadableTime.dated(signature.time).zh)签字，不能直接修改。如需更改，加 --amend 并用 --reason 写明理由，作为修订记录。",
          en:
            "the list was signed by \(signature.name) at \(ReadableTime.dated(signature.time).en); changes must be amendments: add --amend and --reason."
        ))
    }
    guard let reason = actor.reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ProblemListEditError(
        message: Localized(
          "修订已签字的问题清单必须写理由（--reason）。", en: "amending a signed list needs --reason."))
    }
  }

  func index(of number: Int) throws(ProblemListEditError) -> Int {
    guard let index = entries.firstIndex(where: { $0.number == number }) else {
      throw ProblemListEditError(
        message: Localized(
          "没有第 \(number) 条。现有编号：\(entries.map { String($0.number) }.joined(separator: "、"))。",
          en: "no entry \(number)."))
    }
    return index
  }

  /// Changes one field of an entry.
  public mutating func edit(_ number: Int, _ field: ProblemField, to value: String, by actor: Actor)
    throws(ProblemListEditError)
  {
    try checkWritable(actor)
    let i = try index(of: number)
    var entry = entries[i]
    let before: String
    switch field {
    case .finding:
      before = entry.finding
      entry.finding = value
    case .requirement:
      before = entry.requirement
      entry.requirement = value
    case .responsible:
      before = entry.responsible ?? ""
      entry.responsible = value
    case .deadline:
      before = entry.deadline ?? ""
      entry.deadline = try ProblemDeadline.normalize(value)
    case .status:
      let typed = value.trimmingCharacters(in: .whitespaces)
      let named =
        Status(rawValue: typed)
        ?? Status.allCases.first { $0.label(.english) == typed.lowercased() }
      guard let status = named, [.open, .rectified, .verified].contains(status)
      else {
        // A slip of the input method (已整该, 以整改) is named back, as a mistyped command is.
        let near = NameSuggestions.near(typed, in: ["未整改", "已整改", "已核实"], limit: 1).first
        throw ProblemListEditError(
          message: Localized(
            (near.map { "是不是“\($0)”？" } ?? "") + "状态只能是 未整改、已整改、已核实（删除用 drop，合并用 merge）。",
            en: (near.map { "did you mean '\($0)'? " } ?? "")
              + "status is open, rectified or verified (未整改, 已整改, 已核实); drop and merge have their own commands."
          ))
      }
      before = entry.status.rawValue
      entry.status = status
    }
    entries[i] = entry
    let after = field == .deadline ? entry.deadline ?? value : value
    record(actor, "修改 \(number) \(field.rawValue)", "\(before) → \(after)")
  }

  /// Folds entry `other` into `number`: its findings, evidence and sources join; `other` stays
  /// in the list marked 已合并.
  public mutating func merge(_ other: Int, into number: Int, by actor: Actor)
    throws(ProblemListEditError)
  {
    try checkWritable(actor)
    guard other != number else {
      throw ProblemListEditError(
        message: Localized("不能把一条并入它自己。", en: "cannot merge an entry into itself."))
    }
    let target = try index(of: number)
    let source = try index(of: other)
    guard entries[source].status != .merged, entries[source].status != .dropped else {
      throw ProblemListEditError(
        message: Localized(
          "第 \(other) 条已经\(entries[source].status.rawValue)。",
          en: "entry \(other) is already \(entries[source].status.rawValue)."))
    }
    entries[target].finding += "；" + entries[source].finding
    entries[target].evidence += entries[source].evidence.filter {
      !entries[target].evidence.contains($0)
    }
    entries[target].sourceSessionIDs += entries[source].sourceSessionIDs.filter {
      !entries[target].sourceSessionIDs.contains($0)
    }
    // The finding now speaks of both; its 失分 and 例数 kept the target's alone, so the active
    // entries' 失分 no longer added up to what the school lost. Another school's points are not
    // this one's: they stay where they are.
    if entries[target].unit == entries[source].unit {
      entries[target].pointsLost = Self.sum(entries[target].pointsLost, entries[source].pointsLost)
      // Counts of unlike things (an entry with `counts`) are listed, not added up.
      if entries[target].counts != nil || entries[source].counts != nil {
        let parts = { (entry: Entry) in entry.counts ?? [entry.count].compactMap { $0 } }
        entries[target].counts = parts(entries[target]) + parts(entries[source])
        entries[target].count = nil
      } else {
        entries[target].count = Self.sum(entries[target].count, entries[source].count)
      }
    }
    entries[source].status = .merged
    entries[source].mergedInto = number
    record(actor, "合并 \(other) 入 \(number)", entries[source].finding)
  }

  /// Two optional figures added up; nil only when both are.
  private static func sum(_ first: Decimal?, _ second: Decimal?) -> Decimal? {
    guard first != nil || second != nil else { return nil }
    return (first ?? 0) + (second ?? 0)
  }

  /// Drops an entry; the reason is required and the entry stays in the list, marked 已删除.
  public mutating func drop(_ number: Int, by actor: Actor) throws(ProblemListEditError) {
    try checkWritable(actor)
    guard let reason = actor.reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ProblemListEditError(
        message: Localized("删除问题必须写理由（--reason）。", en: "dropping an entry needs --reason."))
    }
    let i = try index(of: number)
    // A second drop would only add a second amendment saying the same thing.
    guard entries[i].status != .dropped else { throw alreadyDropped(number) }
    entries[i].status = .dropped
    record(actor, "删除 \(number)", entries[i].finding)
  }

  /// Refusal of a second drop: when and by whom the entry was dropped, and how to restore it.
  private func alreadyDropped(_ number: Int) -> ProblemListEditError {
    let earlier = history.last { $0.action == "删除 \(number)" }
    let when =
      earlier.map { "（\($0.by ?? "")于\(ReadableTime.dated($0.time).zh)删除，理由：\($0.reason ?? "")）" }
      ?? ""
    let whenEnglish =
      earlier.map {
        " (by \($0.by ?? "") at \(ReadableTime.dated($0.time).en): \($0.reason ?? ""))"
      } ?? ""
    return ProblemListEditError(
      message: Localized(
        "第 \(number) 条已经删除过了\(when)，这次没有改动问题清单。要恢复这一条，用 ducha problems edit 文件夹 \(number) --status 未整改 --by 姓名。",
        en:
          "entry \(number) is already dropped\(whenEnglish); the list is unchanged. To restore it: ducha problems edit FOLDER \(number) --status open --by NAME."
      ))
  }

  /// Active entries that still lack a 责任人 or a 期限: the convener is shown them before signing.
  public var entriesWithoutOwnerOrDeadline: [Entry] {
    activeEntries.filter { entry in
      [entry.responsible, entry.deadline].contains {
        ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty
      }
    }
  }

  /// The convener signs; afterwards changes are amendments.
  public mutating func sign(by name: String, time: String) throws(ProblemListEditError) {
    if let signature {
      throw ProblemListEditError(
        message: Localized(
          "问题清单已由\(signature.name)于\(ReadableTime.dated(signature.time).zh)签字。",
          en: "already signed by \(signature.name) at \(ReadableTime.dated(signature.time).en)."))
    }
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ProblemListEditError(
        message: Localized("签字需要召集人姓名（--by）。", en: "signing needs the convener's name (--by)."))
    }
    signature = Signature(name: name, time: time)
    history.append(
      Change(time: time, by: name, action: "签字", detail: "召集人签字", reason: nil, amendment: false))
  }

  /// Records a follow-up result (回头看) on an entry; allowed on a signed list as an amendment.
  public mutating func recordFollowUp(
    _ number: Int, rectified: Bool, evidence: String?, by actor: Actor
  ) throws(ProblemListEditError) {
    let i = try index(of: number)
    let before = entries[i].status
    entries[i].status = rectified ? .rectified : .open
    if let evidence, !evidence.isEmpty, !entries[i].evidence.contains(evidence) {
      entries[i].evidence.append(evidence)
    }
    history.append(
      Change(
        time: actor.time, by: actor.name, action: "回头看 \(number)",
        detail: "\(before.rawValue) → \(entries[i].status.rawValue)"
          + (evidence.map { "，证据：\($0)" } ?? ""),
        reason: actor.reason, amendment: signature != nil))
  }

  /// Adds the evidence seen at a 回头看 to entry `number`, after its status was recorded (the
  /// status goes to disk before the evidence is asked).
  public mutating func recordFollowUpEvidence(_ number: Int, evidence: String, by actor: Actor)
    throws(ProblemListEditError)
  {
    let i = try index(of: number)
    guard !evidence.isEmpty, !entries[i].evidence.contains(evidence) else { return }
    entries[i].evidence.append(evidence)
    record(actor, "证据 \(number)", "回头看所见：\(evidence)")
  }

  private mutating func record(_ actor: Actor, _ action: String, _ detail: String) {
    history.append(
      Change(
        time: actor.time, by: actor.name, action: action, detail: detail, reason: actor.reason,
        amendment: signature != nil))
  }
}
