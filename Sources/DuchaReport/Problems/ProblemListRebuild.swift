import DuchaChecklist
import DuchaSession
import Foundation

/// `problems build` over a list that exists: the problems found in the folder now are merged
/// into the list the leader has been filling in. A leader who got two late sessions after
/// writing 责任人 and 期限 had to move the list away and lose them.
///
/// An entry is the same problem when its unit, checklist and item are. What the records say
/// (项目, 问题, 整改要求, 证据, 失分, 例数, 来源) follows the records; what the leader wrote
/// (责任人, 期限, 状态, 合并, 删除, and 问题 or 整改要求 once edited by hand) is kept. A problem
/// the records no longer show (a corrected answer) is marked 已删除 with the reason in the
/// history, never taken out; it comes back if the records show it again. Every change is a
/// step said to the leader and recorded in the history, as an amendment on a signed list.
public struct ProblemListRebuild: Sendable {
  /// What happened to one entry.
  public enum Kind: Sendable, Equatable {
    /// A problem the list did not have.
    case added
    /// A problem the list had, with figures or text the records now give differently.
    case changed
    /// A problem the records no longer show: marked 已删除.
    case gone
    /// A problem marked gone by an earlier rebuild that the records show again: reopened.
    case back
  }

  /// One entry's change.
  public struct Step: Sendable, Equatable {
    /// What happened.
    public var kind: Kind
    /// The entry's number.
    public var number: Int
    /// `渔沟小学 3.2 学籍管理`.
    public var entry: String
    /// The fields changed, `失分 1 → 2`.
    public var details: [Localized]
  }

  /// The merged list.
  public var list: ProblemList
  /// The changes, in the list's order (added entries last).
  public var steps: [Step]
  /// Entries left as they were.
  public var kept: Int
  /// Entries the records no longer show whose sessions are not in the folder any more: kept
  /// as they were (a session missing is not a problem corrected).
  public var withoutSources: [Int]
  /// The title, when `--title` changed it.
  public var newTitle: String?

  /// Whether the file would change (the sessions' save marks aside).
  public var hasChanges: Bool { !steps.isEmpty || newTitle != nil }

  /// Merges `fresh` (the folder's problems now, `ProblemListFolderBuild`) into `existing`.
  /// `checklists` are the ids the rebuild read: entries of other checklists (left out with
  /// `--checklist`) are kept untouched. `sessions` are the sessions read.
  public init(
    existing: ProblemList, fresh: ProblemList, checklists: Set<String>, sessions: [Session],
    title: String?, by actor: ProblemList.Actor
  ) {
    var list = existing
    var steps: [Step] = []
    var matched: [Int: ProblemList.Entry] = [:]  // existing index → fresh entry
    var added: [ProblemList.Entry] = []
    for entry in fresh.entries {
      if let index = list.entries.indices.first(where: {
        matched[$0] == nil && Self.sameProblem(list.entries[$0], entry)
      }) {
        matched[index] = entry
      } else {
        added.append(entry)
      }
    }
    let present = Set(sessions.map(\.id))
    var withoutSources: [Int] = []
    for index in list.entries.indices {
      let before = list.entries[index]
      if let now = matched[index] {
        if let step = list.update(index, to: now, matched: matched) {
          steps.append(step)
        }
      } else if checklists.contains(before.checklistID), ProblemList.isActive(before.status) {
        guard before.sourceSessionIDs.allSatisfy(present.contains) else {
          withoutSources.append(before.number)
          continue
        }
        list.entries[index].status = .dropped
        steps.append(
          Step(
            kind: .gone, number: before.number, entry: Self.label(before),
            details: [
              Localized(
                "检查记录里已没有这个问题（回答更正过，或合并决定改了）：\(before.status.rawValue) → 已删除",
                en:
                  "the records no longer show this problem (an answer corrected, or a merge decision changed): \(before.status.label(.english)) → dropped"
              )
            ]))
      }
    }
    var next = (list.entries.map(\.number).max() ?? 0) + 1
    for var entry in added {
      entry.number = next
      next += 1
      list.entries.append(entry)
      steps.append(Step(kind: .added, number: entry.number, entry: Self.label(entry), details: []))
    }
    for step in steps {
      list.history.append(
        ProblemList.Change(
          time: actor.time, by: actor.name, action: "\(Self.action(step.kind)) \(step.number)",
          detail: ([step.entry] + step.details.map(\.zh)).joined(separator: "；"),
          reason: actor.reason,
          amendment: existing.signature != nil))
    }
    if let title, title != existing.title {
      newTitle = title
      list.title = title
      list.history.append(
        ProblemList.Change(
          time: actor.time, by: actor.name, action: "重建 标题", detail: "\(existing.title) → \(title)",
          reason: actor.reason, amendment: existing.signature != nil))
    }
    let names = list.studentNames ?? []
    list.studentNames = names + (fresh.studentNames ?? []).filter { !names.contains($0) }
    let freshSources = fresh.sources ?? []
    let freshIDs = Set(freshSources.map(\.id))
    list.sources = (existing.sources ?? []).filter { !freshIDs.contains($0.id) } + freshSources
    self.list = list
    self.steps = steps
    self.withoutSources = withoutSources
    self.kept = existing.entries.count - steps.filter { $0.kind != .added }.count
  }

  /// The history's action for a step: `重建 新增 11`.
  static func action(_ kind: Kind) -> String {
    switch kind {
    case .added: "重建 新增"
    case .changed: "重建 更新"
    case .gone: "重建 不再出现"
    case .back: "重建 重新出现"
    }
  }

  /// One problem: the same unit, checklist and item.
  static func sameProblem(_ a: ProblemList.Entry, _ b: ProblemList.Entry) -> Bool {
    a.unit == b.unit && a.checklistID == b.checklistID && a.itemID == b.itemID
  }

  /// `渔沟小学 3.2 学籍管理`: no finding (it may name a child).
  static func label(_ entry: ProblemList.Entry) -> String {
    "\(entry.unit) \(entry.itemID) \(entry.itemTitle)"
  }

  /// The sessions of `sessions` older than the ones `list` was built from: a copy from another
  /// laptop put over the newer file. A rebuild from them would take back what the leader's
  /// list already has, so it is refused, each named with what to do.
  public static func olderCopies(of list: ProblemList, in sessions: [Session]) -> [Localized] {
    let sources = Dictionary(
      (list.sources ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return sessions.compactMap { session in
      guard let source = sources[session.id], source.isNewer(than: session) else { return nil }
      let who = ([session.unit.name, session.inspectors.joined(separator: "、"), session.date])
        .filter { !$0.isEmpty }
      return Localized(
        "\(who.joined(separator: "，")) 的检查记录比上次生成问题清单时用的旧"
          + "（第 \(session.saveSequence ?? 0) 次保存，\(ReadableTime.dated(session.updatedAt).zh)；"
          + "问题清单用的是第 \(source.saveSequence) 次保存，\(ReadableTime.dated(source.updatedAt).zh)）",
        en:
          "the record of \(who.joined(separator: ", ")) is older than the one the problem list was built from (save \(session.saveSequence ?? 0), \(ReadableTime.dated(session.updatedAt).en); the list used save \(source.saveSequence), \(ReadableTime.dated(source.updatedAt).en))"
      )
    }
  }
}

extension ProblemListRebuild {
  /// For the leader's other commands (summary, report, notice) over a folder whose list was
  /// built from newer records: each older record named, and that `what` uses it as it is;
  /// then each record continued apart from the one the list was built from.
  public static func olderCopyNotes(
    of list: ProblemList, in sessions: [Session], for what: Localized
  )
    -> [Localized]
  {
    olderCopies(of: list, in: sessions).map {
      Localized(
        "注意：\($0.zh)；\(what.zh)用的是文件夹里这份旧的。请把新的那份记录放回文件夹，再运行。",
        en:
          "note: \($0.en); the \(what.en) uses this older one. Put the newer record back in the folder and run again."
      )
    }
      + copiesApart(of: list, in: sessions).map {
        Localized(
          "注意：\($0.zh)；\(what.zh)用的是文件夹里这份，问题清单里来自另一份的内容它没有。请核对两份，在要用的一份里用 ducha resume 补上另一份的回答，再重建问题清单。",
          en:
            "note: \($0.en); the \(what.en) uses the one in the folder, which lacks what the list took from the other. Compare the two, add the other's answers to the one kept with ducha resume, then rebuild the list."
        )
      }
  }

  /// The sessions of `sessions` that went apart from the save `list` was built from (a copy
  /// continued on another laptop: its save number may be higher, yet it does not hold that
  /// save's answers). A rebuild from them would change what the list took from the other copy
  /// to theirs (or mark it 已删除) as if corrected, so it is refused, each named.
  public static func copiesApart(of list: ProblemList, in sessions: [Session]) -> [Localized] {
    let sources = Dictionary(
      (list.sources ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return sessions.compactMap { session in
      guard let source = sources[session.id], !source.isNewer(than: session),
        source.wentApart(from: session)
      else { return nil }
      let who = ([session.unit.name, session.inspectors.joined(separator: "、"), session.date])
        .filter { !$0.isEmpty }
      return Localized(
        "\(who.joined(separator: "，")) 的检查记录与上次生成问题清单时用的那份是分头做过的两份"
          + "（文件夹里的是第 \(session.saveSequence ?? 0) 次保存，\(ReadableTime.dated(session.updatedAt).zh)；"
          + "问题清单用的是另一份的第 \(source.saveSequence) 次保存，\(ReadableTime.dated(source.updatedAt).zh)），"
          + "文件夹里的这份不包含那份的回答",
        en:
          "the record of \(who.joined(separator: ", ")) went apart from the one the problem list was built from (the folder holds save \(session.saveSequence ?? 0), \(ReadableTime.dated(session.updatedAt).en); the list used the other copy's save \(source.saveSequence), \(ReadableTime.dated(source.updatedAt).en)): the one in the folder does not hold that one's answers"
      )
    }
  }
}

extension ProblemList {
  /// Whether an entry in `status` is still a problem (not dropped, not merged away).
  static func isActive(_ status: Status) -> Bool {
    status != .dropped && status != .merged
  }

  /// Whether the leader rewrote `field` of entry `number` (`problems edit`).
  func editedByHand(_ number: Int, _ field: ProblemField) -> Bool {
    history.contains { $0.action == "修改 \(number) \(field.rawValue)" }
  }

  /// Brings entry `index` to what the records now say (`now`), keeping what the leader wrote.
  /// A merge target's 失分 and 例数 are its own and its merged entries' (same unit), as
  /// `merge` made them; its finding is the leader's. Nil when nothing changed.
  mutating func update(
    _ index: Int, to now: Entry, matched: [Int: Entry]
  ) -> ProblemListRebuild.Step? {
    let before = entries[index]
    var entry = before
    let number = before.number
    var details: [Localized] = []
    func f(_ value: Decimal?) -> String { value.map { ScoreFormat.string($0) } ?? "—" }
    // A dropped or merged entry is the leader's decision: its figures no longer count anywhere.
    let reopened = before.status == .dropped && droppedByRebuild(number)
    guard Self.isActive(before.status) || reopened else { return nil }
    let folded = entries.indices.filter {
      entries[$0].mergedInto == number && entries[$0].unit == before.unit
    }
    var pointsLost = now.pointsLost
    var count = now.count
    for source in folded {
      let part = matched[source] ?? entries[source]
      pointsLost = Self.add(pointsLost, part.pointsLost)
      count = Self.add(count, part.count)
    }
    if entry.itemTitle != now.itemTitle {
      details.append(Localized("项目名称已更新", en: "item title updated"))
      entry.itemTitle = now.itemTitle
    }
    let ownFinding =
      editedByHand(number, .finding) || !folded.isEmpty
      || history.contains { $0.action.hasPrefix("合并 ") && $0.action.hasSuffix(" 入 \(number)") }
    // The leader's wording (rewritten, or two findings merged) is the list's: it never equals
    // the records' and is no change to report on every rebuild of a signed list.
    if entry.finding != now.finding, !ownFinding {
      details.append(Localized("问题描述按检查记录更新", en: "finding updated from the records"))
      entry.finding = now.finding
    }
    if entry.requirement != now.requirement, !editedByHand(number, .requirement) {
      details.append(Localized("整改要求按清单更新", en: "requirement updated from the checklist"))
      entry.requirement = now.requirement
    }
    let newEvidence = now.evidence.filter { !entry.evidence.contains($0) }
    if !newEvidence.isEmpty {
      details.append(
        Localized(
          "证据增加 \(newEvidence.joined(separator: "、"))",
          en: "evidence added: \(newEvidence.joined(separator: ", "))"))
      entry.evidence += newEvidence
    }
    if entry.pointsLost != pointsLost {
      details.append(
        Localized(
          "失分 \(f(entry.pointsLost)) → \(f(pointsLost))",
          en: "points lost \(f(entry.pointsLost)) → \(f(pointsLost))"))
      entry.pointsLost = pointsLost
    }
    // Counts of unlike things stay apart (`counts`); a merge target's are what `merge` made.
    var counted = entry
    counted.count = count
    counted.counts = folded.isEmpty ? now.counts : entry.counts
    if counted.countText != entry.countText || counted.counts != entry.counts {
      let (old, new) = (entry.countText, counted.countText)
      details.append(
        Localized(
          "例数 \(old.isEmpty ? "—" : old) → \(new.isEmpty ? "—" : new)",
          en: "cases \(old.isEmpty ? "—" : old) → \(new.isEmpty ? "—" : new)"))
    }
    entry.count = counted.count
    entry.counts = counted.counts
    let sources =
      entry.sourceSessionIDs
      + now.sourceSessionIDs.filter {
        !entry.sourceSessionIDs.contains($0)
      }
    // A second inspector's record of the same finding adds a source, not a change: said as
    // an update only beside a real one. Alone it marked every entry of a signed list 更新 and
    // asked for an amendment of a list whose every figure and word stood as signed.
    if sources != entry.sourceSessionIDs, !details.isEmpty || reopened {
      details.append(
        Localized(
          "来源记录增加 \(sources.count - entry.sourceSessionIDs.count) 份",
          en: "\(sources.count - entry.sourceSessionIDs.count) more source record(s)"))
    }
    entry.sourceSessionIDs = sources
    if reopened {
      entry.status = .open
      details.insert(
        Localized("检查记录里又有这个问题：已删除 → 未整改", en: "the records show it again: dropped → open"),
        at: 0)
    }
    entries[index] = entry
    guard !details.isEmpty else { return nil }
    return ProblemListRebuild.Step(
      kind: reopened ? .back : .changed, number: number, entry: ProblemListRebuild.label(entry),
      details: details)
  }

  /// Whether entry `number` was last dropped by a rebuild (the records stopped showing it),
  /// not by the leader.
  func droppedByRebuild(_ number: Int) -> Bool {
    let last = history.last {
      $0.action == "删除 \(number)" || $0.action == "重建 不再出现 \(number)"
        || $0.action.hasPrefix("修改 \(number) ")
    }
    return last?.action == "重建 不再出现 \(number)"
  }

  /// Two optional figures added up; nil only when both are.
  static func add(_ first: Decimal?, _ second: Decimal?) -> Decimal? {
    guard first != nil || second != nil else { return nil }
    return (first ?? 0) + (second ?? 0)
  }
}

extension ProblemListRebuild {
  /// What the rebuild does, for the leader: a count line, then one line per entry changed.
  public var lines: [Localized] {
    func count(_ kind: Kind) -> Int { steps.filter { $0.kind == kind }.count }
    let parts: [(Int, String, String)] = [
      (count(.added), "新增", "added"), (count(.changed), "更新", "updated"),
      (count(.gone), "不再出现", "no longer found"), (count(.back), "重新出现", "found again"),
    ].filter { $0.0 > 0 }
    var lines = [
      Localized(
        "重建问题清单："
          + (parts.map { "\($0.1) \($0.0) 条" } + ["其余 \(kept) 条不变"]).joined(separator: "，")
          + "；已填的责任人、期限、状态、合并和删除都保留。",
        en: "rebuilding the problem list: "
          + (parts.map { "\($0.0) \($0.2)" } + ["\(kept) unchanged"]).joined(separator: ", ")
          + "; owners, deadlines, statuses, merges and drops filled in are kept.")
    ]
    if let newTitle {
      lines.append(Localized("  标题改为“\(newTitle)”", en: "  title now \"\(newTitle)\""))
    }
    for step in steps {
      let (mark, zh, en): (String, String, String) =
        switch step.kind {
        case .added: ("+", "新增", "added")
        case .changed: ("~", "更新", "updated")
        case .gone: ("−", "不再出现", "no longer found")
        case .back: ("↺", "重新出现", "found again")
        }
      let detail =
        step.details.isEmpty
        ? Localized("")
        : Localized(
          "：" + step.details.map(\.zh).joined(separator: "；"),
          en: ": " + step.details.map(\.en).joined(separator: "; "))
      lines.append(
        Localized(
          "  \(mark) 第 \(step.number) 条 \(step.entry)（\(zh)）\(detail.zh)",
          en: "  \(mark) entry \(step.number) \(step.entry) (\(en))\(detail.en)"))
    }
    return lines
  }
}

extension ProblemListRebuild {
  /// The entries kept because their records are not in the folder any more, said whether or
  /// not anything else changed (a record moved out is no problem corrected, and no silence).
  public var withoutSourcesNote: Localized? {
    guard !withoutSources.isEmpty else { return nil }
    let numbers = withoutSources.map(String.init)
    return Localized(
      "注意：第 \(numbers.joined(separator: "、")) 条的检查记录不在文件夹里了，这些问题照旧保留；确实不要的，用 ducha problems drop 删除并写明理由。",
      en:
        "note: the records of entries \(numbers.joined(separator: ", ")) are not in the folder any more; they are kept as they were (drop them with ducha problems drop and a reason if they do not belong)."
    )
  }
}
