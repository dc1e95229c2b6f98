import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

/// What a 回头看 follows up: one unit's open problems under one checklist, chosen from the
/// folder's problem list by `--unit` and `--checklist`. Worked out before anything is asked,
/// so that `ducha followup` refuses a unit or a checklist it cannot follow up as the command
/// line's mistake (its usage, status 64), as every other command refuses its options.
public struct FollowUpTarget: Sendable {
  /// The unit, as the problem list names it.
  public var unit: String
  /// The checklist whose problems are re-checked.
  public var checklistID: String
  /// The unit's open problems under that checklist.
  public var open: [ProblemList.Entry]
  /// `→ id（title）` when `--checklist` named the checklist by its beginning.
  public var saidBack: Localized?

  /// Why `--unit` or `--checklist` names nothing to follow up: what is wrong and what to type.
  public struct Refusal: Error, Sendable, Equatable {
    /// The message, with the names that would do.
    public var message: Localized
  }

  /// The target in `list` of `typedUnit` (as typed, with an input method's stray space) and
  /// `typedChecklist` (an id, file name, title or their beginning), among `checklists`.
  public static func choose(
    in list: ProblemList, unit typedUnit: String, checklist typedChecklist: String?,
    checklists: [Checklist]
  ) -> Result<FollowUpTarget, Refusal> {
    let unit = UnitName.normalized(AnswerParser.normalize(typedUnit))
    guard !unit.isEmpty else {
      return .failure(Refusal(message: UnitName.emptyOption(known: units(of: list))))
    }
    let open = list.activeEntries.filter { $0.unit == unit && $0.status == .open }
    // A school inspected with two checklists has problems under both. The 回头看 took the
    // first checklist's, walked every open problem under that checklist's session, and
    // re-inspected that checklist only, without a word of the other.
    var checklistIDs: [String] = []
    for entry in open + list.activeEntries.filter({ $0.unit == unit })
    where !checklistIDs.contains(entry.checklistID) {
      checklistIDs.append(entry.checklistID)
    }
    var saidBack: Localized?
    if let typedChecklist {
      switch chosen(typedChecklist, among: checklistIDs, unit: unit, list, checklists) {
      case .failure(let refusal): return .failure(refusal)
      case .success(let choice): (checklistIDs, saidBack) = choice
      }
    }
    if checklistIDs.count > 1 {
      let counts = checklistIDs.map { id in (id, open.filter { $0.checklistID == id }.count) }
      return .failure(
        Refusal(
          message: Localized(
            "\(unit)的问题分属 \(checklistIDs.count) 张清单："
              + counts.map { "\($0.0)（未整改 \($0.1) 条）" }.joined(separator: "、")
              + "。回头看一次按一张清单复查：请加 --checklist 清单编号（如 --checklist \(checklistIDs[0])），每张清单各做一次。",
            en: "\(unit) has problems under \(checklistIDs.count) checklists: "
              + counts.map { "\($0.0) (\($0.1) open)" }.joined(separator: ", ")
              + ". A follow-up re-checks one checklist: add --checklist ID (e.g. --checklist \(checklistIDs[0])), once for each."
          )))
    }
    guard let checklistID = checklistIDs.first else {
      return .failure(
        Refusal(
          message: Localized(
            "问题清单里没有“\(unit)”的问题。单位名称要与检查记录一致：\(units(of: list).joined(separator: "、"))。",
            en:
              "the problem list has nothing for '\(unit)'. Give the unit as the sessions name it: \(units(of: list).joined(separator: ", "))."
          )))
    }
    return .success(
      FollowUpTarget(
        unit: unit, checklistID: checklistID, open: open.filter { $0.checklistID == checklistID },
        saidBack: saidBack))
  }

  /// The checklists among `ids` that `typed` names, and what to say back when it named one by
  /// its beginning; refused when it names none or several.
  private static func chosen(
    _ typed: String, among ids: [String], unit: String, _ list: ProblemList,
    _ checklists: [Checklist]
  ) -> Result<([String], Localized?), Refusal> {
    let wanted = AnswerParser.normalize(typed)
    // The beginning of the id, file name or title, as show, test and the inspect prompt take
    // it (ChecklistLibrary.begins); a full id or title is that checklist even when another id
    // begins with it.
    let known = { (id: String) in checklists.first { $0.id == id } }
    let exact = ids.filter { id in
      let file = known(id).map { ($0.file as NSString).lastPathComponent }
      return [id, known(id)?.title, file, file.map { ($0 as NSString).deletingPathExtension }]
        .contains(wanted)
    }
    let begun = ids.filter { id in
      ChecklistLibrary.begins(id: id, file: known(id)?.file, title: known(id)?.title, with: wanted)
    }
    let chosen = exact.isEmpty ? begun : exact
    if chosen.count > 1 {
      return .failure(
        Refusal(
          message: Localized(
            "“\(wanted)”开头的清单有 \(chosen.count) 张（都有\(unit)的问题）：\(chosen.joined(separator: "、"))。请写到能分出是哪一张。",
            en:
              "\(chosen.count) checklists with problems of \(unit) begin with '\(wanted)': \(chosen.joined(separator: ", ")). Type enough to tell which."
          )))
    }
    guard let id = chosen.first else {
      let ids = Set(list.activeEntries.filter { $0.unit == unit }.map(\.checklistID)).sorted()
      return .failure(
        Refusal(
          message: Localized(
            "问题清单里没有“\(unit)”在清单“\(wanted)”下的问题；有问题的清单：\(ids.joined(separator: "、"))。",
            en:
              "the problem list has nothing for '\(unit)' under '\(wanted)'; checklists: \(ids.joined(separator: ", "))."
          )))
    }
    // Chosen by its beginning: said back, as show and the prompt do.
    let title = known(id)?.title
    let saidBack =
      exact.isEmpty
      ? Localized(
        "→ \(id)" + (title.map { "（\($0)）" } ?? ""),
        en: "→ \(id)" + (title.map { " (\($0))" } ?? ""))
      : nil
    return .success((chosen, saidBack))
  }

  private static func units(of list: ProblemList) -> [String] {
    Set(list.entries.map(\.unit)).sorted()
  }
}
