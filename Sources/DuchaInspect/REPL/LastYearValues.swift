import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

extension InspectionREPL {
  /// The `上年.X` names the checklist's inputs default to (会理 指标浮动).
  var lastYearNames: [String] {
    checklist.inputOrder.compactMap { name in
      checklist.inputs[name]?.defaultValue?.referencedNames.first { $0.0.hasPrefix("上年.") }
        .map { String($0.0.dropFirst(3)) }
    }
  }

  /// Fills `上年.*` from the same unit's inspection of an earlier year with the same checklist,
  /// found in the sessions folder or `folders` (`--last-year DIR`): the latest year before this
  /// one, finished ones first. Says where the values came from; each stays a default the
  /// inspector can override with a reason.
  func fillLastYearValues(from folders: [String]) {
    let names = lastYearNames
    guard !names.isEmpty else { return }
    guard let thisYear = session.year ?? Int(session.date.prefix(4)) else { return }
    func year(of other: Session) -> Int { other.year ?? Int(other.date.prefix(4)) ?? .max }
    let (loaded, problems) = SessionFolder.loadFiles([environment.store.directory] + folders)
    let candidates =
      loaded
      .filter {
        $0.session.id != session.id
          && UnitName.normalized($0.session.unit.name) == UnitName.normalized(session.unit.name)
          && $0.session.checklistID == session.checklistID && year(of: $0.session) < thisYear
      }
    guard
      let previous = candidates.max(by: { a, b in
        (year(of: a.session), a.session.status == .complete ? 1 : 0, a.session.date)
          < (year(of: b.session), b.session.status == .complete ? 1 : 0, b.session.date)
      })
    else {
      console.say(
        t(
          "没有找到\(session.unit.name)上一年的检查记录（找过 \(([environment.store.directory] + folders).joined(separator: "、"))）；上年数值须录入。可用 --last-year 目录 指定去年的记录。",
          "no earlier inspection of \(session.unit.name) found; last year's figures must be typed (or name last year's folder with --last-year)."
        ))
      return
    }
    let choice = SessionChecklist.resolve(
      previous.session, path: previous.path, library: environment.checklists, rescore: false)
    guard let used = choice.checklist else { return }
    let values = previousValues(of: previous.session, with: used)
    if sayCopiesApart(of: previous, with: used, values: values, problems) { return }
    session.previousValues = values
    session.previousInspection = PreviousInspection(
      file: previous.path, sessionID: previous.session.id, date: previous.session.date,
      inspectors: previous.session.inspectors)
    let shown = names.compactMap { name in
      session.previousValues[name].map { "\(name) \(ScoreFormat.string($0))" }
    }
    console.say(
      t(
        "上年数值取自 \(previous.path)（\(previous.session.date)，\(previous.session.inspectors.joined(separator: "、"))）：\(shown.isEmpty ? "（没有记录）" : shown.joined(separator: "、"))。可以改，改时要写理由。",
        "last year's figures from \(previous.path) (\(previous.session.date), \(previous.session.inspectors.joined(separator: ", "))): \(shown.isEmpty ? "(none recorded)" : shown.joined(separator: ", ")). You can change them, with a reason."
      ))
  }

  /// Whether last year's inspection has another copy that went apart from it (resumed apart
  /// on two laptops: at the same save with other answers, or at saves neither holding the other) that records other 上年 figures: then neither is taken, as
  /// a leader's summary takes neither, and the inspector is told which files and figures
  /// differ. Copies that differ only elsewhere agree on what is needed here, and are used.
  private func sayCopiesApart(
    of previous: (path: String, session: Session), with checklist: Checklist,
    values: [String: Decimal], _ problems: [SessionStore.LoadError]
  ) -> Bool {
    for case .divergentCopy(let path, let kept, let id, let apart) in problems
    where id == previous.session.id {
      // "都保存到第 6 次", or each one's save when they went apart at different ones.
      let saves =
        apart.sequence == apart.usedSequence
        ? Localized("都保存到第 \(apart.sequence) 次", en: "both at save \(apart.sequence)")
        : Localized(
          "分别保存到第 \(apart.sequence) 次和第 \(apart.usedSequence) 次，哪份都不包含另一份",
          en: "at saves \(apart.sequence) and \(apart.usedSequence), neither holding the other")
      let other = kept == previous.path ? path : kept
      let otherValues =
        (try? SessionStore.load(path: other)).map { previousValues(of: $0, with: checklist) }
        ?? [:]
      guard otherValues != values else { continue }
      let differing = Set(values.keys).union(otherValues.keys).sorted().filter {
        values[$0] != otherValues[$0]
      }
      let figure = { (value: Decimal?) in value.map { ScoreFormat.string($0) } ?? "—" }
      let shown = differing.map {
        "\($0) \(figure(values[$0])) / \(figure(otherValues[$0]))"
      }
      console.say(
        t(
          "上年的\(session.unit.name)检查有两份副本：\(previous.path) 和 \(other)（编号 \(id)，\(saves.zh)），上年数值不同（\(shown.joined(separator: "、"))），不知道该用哪一份；上年数值须录入。请核对两份，把不用的一份移出文件夹，以后的检查就能取用。两份都没有改动。",
          "last year's inspection of \(session.unit.name) has two copies, \(previous.path) and \(other) (session \(id), \(saves.en)), with other figures (\(shown.joined(separator: ", "))), so neither is used; last year's figures must be typed. Compare the two and move the one not kept out of the folder for later inspections to use. Both files are untouched."
        ))
      return true
    }
    return false
  }
}
