import DuchaChecklist

/// The history of a case whose row is gone from `cases`: deleted by hand in an SQLite browser
/// (ducha itself never deletes a case, and the ledger's triggers refuse it since migration v2).
/// `ducha cases list` showed the case as simply absent, `show` said there was no such number,
/// and importing the list again made the child a new case from 疑似, its visits and notices left
/// behind on a number nothing showed. Said now on every `ducha cases` command, with the fix.
public struct OrphanedHistory: Sendable, Equatable {
  /// The deleted case's number.
  public var caseID: Int64
  /// Its history, oldest first.
  public var events: [CaseEvent]
  /// A case now in the ledger that was imported from the same row of a list (`名单.csv:2`),
  /// which is most likely the same child imported again after the row was deleted.
  public var reimportedAs: Int64?

  /// Creates the finding.
  public init(caseID: Int64, events: [CaseEvent], reimportedAs: Int64? = nil) {
    self.caseID = caseID
    self.events = events
    self.reimportedAs = reimportedAs
  }

  /// The row of the list the case was imported from (`来源` of its 导入 entry).
  public var importSource: String? {
    events.first { $0.action == "导入" }?.details["来源"]
  }

  /// What happened and how to repair it. `canWrite`: whether the reader can change this ledger
  /// (a read-only copy's reader is told whom to ask, not which command to run).
  public func message(ledger: String, canWrite: Bool) -> Localized {
    let last = events.last
    let (lastZH, lastEN) =
      last.map { event in
        let minute = String(event.time.prefix(16)).replacingOccurrences(of: "T", with: " ")
        let states = event.from.map { "\($0.rawValue) → \(event.to.rawValue)" } ?? event.to.rawValue
        return (
          "，最后一条是 \(minute) \(event.by) 记的“\(event.action)”（\(states)）",
          ", the last \(CaseTerms.term(event.action, .english)) by \(event.by) at \(minute)"
        )
      } ?? ("", "")
    let found = Localized(
      "台账 \(ledger) 里案例 \(caseID) 的那一行被删掉了（台账自己从不删案例，多半是在 SQLite 浏览器等别的程序里删的），"
        + "它的 \(events.count) 条历史还在\(lastZH)。",
      en: "the row of case \(caseID) is gone from the ledger \(ledger) (ducha never deletes a case;"
        + " most likely it was deleted in an SQLite browser); its \(events.count) history entries remain\(lastEN)."
    )
    let again: Localized =
      reimportedAs.map { id in
        let source = importSource.map { "（\($0)）" } ?? ""
        return Localized(
          "之后重新导入时，名单上的同一行\(source)又建成了案例 \(id)，从“疑似”重新开始，案例 \(caseID) 记过的不在它上面。",
          en:
            " The same row of the list\(importSource.map { " (\($0))" } ?? "") was imported again as case \(id),"
            + " starting over at 疑似 without what case \(caseID) recorded.")
      } ?? Localized("", en: "")
    guard canWrite else {
      return Localized(
        found.zh + again.zh + "这份台账在这台电脑上只读，在这里修不了：请告诉管理台账的人（发来这份台账的县控辍办），"
          + "请他们从删行之前的备份恢复，再发一份新的。",
        en: found.en + again.en
          + " This copy of the ledger is read-only here: tell whoever keeps the"
          + " ledger (who sent this copy) to restore it from a backup made before the row was deleted,"
          + " and to send a new copy.")
    }
    let target = reimportedAs.map { "案例 \($0) " } ?? "重新导入后的案例"
    let targetEN = reimportedAs.map { "case \($0)" } ?? "the case imported again"
    return Localized(
      found.zh + again.zh + "改法：从删行之前的备份恢复 \(ledger)（备份里有案例 \(caseID) 的行）；"
        + "没有备份时，ducha cases show \(caseID) 列出它的历史，按历史在\(target)上用 ducha cases update / close 补记"
        + "（--reason 写明“案例 \(caseID) 的行被误删，按原历史补记”）。",
      en: found.en + again.en + " To repair: restore \(ledger) from a backup made before the row"
        + " was deleted; without one, ducha cases show \(caseID) lists its history, and record it again"
        + " on \(targetEN) with ducha cases update / close (--reason saying case \(caseID)'s row was"
        + " deleted by mistake).")
  }
}
