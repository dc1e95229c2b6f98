import DuchaChecklist
import DuchaSession
import Foundation

/// Writes a draft 检查总结 in the shape of 灵璧's: 一、基本情况 naming the best units;
/// 二、存在问题 grouped by item, each with 建议; built from the scores and the inspectors'
/// notes and problems. The leader edits it; it never claims more than the records say.
enum SummaryDraft {
  /// The draft; with the folder's problem list, 存在问题 follows the leader's list (edited
  /// wording, merged entries together, dropped ones left out).
  static func write(_ summary: GroupSummary, problems list: ProblemList? = nil) -> String {
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    let total = f(summary.checklist.totalPoints)
    var lines = ["\(summary.title)检查情况总结（草稿）", "", "一、基本情况", ""]
    let names = summary.units.map(\.unit.name)
    let dates = summary.units.map(\.session.date).sorted()
    var overview = "本次检查"
    if let first = dates.first, let last = dates.last {
      overview += first == last ? "于\(first)" : "于\(first)至\(last)"
    }
    overview += "共检查\(names.count)个单位：\(names.joined(separator: "、"))。"
    let scored = summary.units.filter { $0.result.total.score != nil }
    if let average = summary.averageTotal, let best = scored.first, let worst = scored.last {
      overview += "已全部评分的\(scored.count)个单位平均得分\(f(average))分（满分\(total)分）"
      overview +=
        scored.count > 1
        ? "，最高\(best.unit.name)\(best.result.total.label(.chinese))分，最低\(worst.unit.name)\(worst.result.total.label(.chinese))分。"
        : "。"
    }
    lines.append(overview)
    if let praise = praise(summary) { lines.append(praise) }
    let sectionText = summary.sections.compactMap { section in
      section.average.map { "\(section.title)平均得分\(f($0))分（满分\(f(section.points))分）" }
    }
    if !sectionText.isEmpty { lines.append("分项情况：" + sectionText.joined(separator: "；") + "。") }
    let vetoed = summary.units.filter {
      if case .veto = $0.result.outcome { return true } else { return false }
    }
    if !vetoed.isEmpty {
      lines.append("一票否决的单位：" + vetoed.map(\.unit.name).joined(separator: "、") + "。")
    }
    let pending = summary.units.filter { !$0.pendingItems.isEmpty || !$0.openConflicts.isEmpty }
    if !pending.isEmpty {
      lines.append(
        "尚有待定项目的单位："
          + pending.map { "\($0.unit.name)（\($0.pendingItems.count)项待定）" }.joined(separator: "、")
          + "。")
    }
    for entry in summary.followUps {
      lines.append(
        "“回头看”：\(entry.unit)上次得分\(entry.before.map(f) ?? "—")分，本次\(entry.after.label(.chinese))分；复查问题\(entry.checked)条，已整改\(entry.rectified)条。"
      )
    }
    if !summary.notInspected.isEmpty {
      lines.append("计划中尚未检查的单位：" + summary.notInspected.joined(separator: "、") + "。")
    }
    lines += ["", "二、存在问题", ""]
    let problems = problemItems(summary, list)
    if problems.isEmpty {
      lines.append("各单位在本表各项均未失分，也没有记为问题的情况。")
    }
    for (number, entry) in problems.enumerated() {
      let (item, statistic) = entry
      var text = "\(number + 1)、\(item.title)。"
      if let statistic, !statistic.losingUnits.isEmpty {
        text +=
          "\(statistic.losingUnits.count)个单位在此项失分（满分\(f(statistic.points))分，平均得分\(f(statistic.average))分）："
        text +=
          statistic.losingUnits.map { "\($0.unit)失\(f($0.lost))分" }.joined(separator: "，") + "。"
      }
      let findings = findings(for: item, in: summary, list)
      if !findings.isEmpty { text += "检查发现：" + findings.joined(separator: "；") + "。" }
      lines.append(text)
      lines.append("建议：" + advice(for: item))
      lines.append("")
    }
    lines += ["三、下一步", "", "对存在问题的单位建立问题清单，明确整改要求、责任人和期限，由召集人签字后上报；适时开展“回头看”，逐项核实整改情况。"]
    return lines.joined(separator: "\n")
  }

  /// The share of the full points a unit needs to be named as doing well.
  static let praiseShare: Decimal = 0.9

  /// The units named as doing well, and the rule that chose them, stated in the sentence: a
  /// total of at least 90% of the full points, no veto, and never the lowest total (so with a
  /// single scored unit nobody is named). Nil when nothing is scored.
  static func praise(_ summary: GroupSummary) -> String? {
    let full = summary.checklist.totalPoints
    let scored = summary.units.compactMap { unit in unit.result.total.score.map { (unit, $0) } }
    guard full > 0, !scored.isEmpty else { return nil }
    let threshold = full * praiseShare
    let rule = "以总分达到满分的90%（\(ScoreFormat.string(threshold))分）及以上、未被一票否决且不是最低分为标准"
    guard scored.count > 1, let lowest = scored.map(\.1).min() else {
      return rule + "，只有1个单位已评分，无从比较，本次不列做得较好的单位。"
    }
    let praised = scored.filter { unit, total in
      if case .veto = unit.result.outcome { return false }
      return total >= threshold && total > lowest
    }
    guard !praised.isEmpty else { return rule + "，本次没有达到标准的单位。" }
    let names = praised.map { "\($0.0.unit.name)（\(ScoreFormat.string($0.1))分）" }
    return rule + "，此项工作做得较好的单位有\(names.joined(separator: "、"))。"
  }

  /// Items with losses (most lost first, at most 8) plus any item marked as a problem; with a
  /// problem list, only items that still have an entry in it.
  static func problemItems(_ summary: GroupSummary, _ list: ProblemList?) -> [(
    Item, ItemStatistic?
  )] {
    var ids = summary.mostLost.prefix(8).map(\.id)
    if let list {
      let listed = entries(of: summary, in: list).map(\.itemID)
      ids = ids.filter { listed.contains($0) }
      for id in listed where !ids.contains(id) { ids.append(id) }
    } else {
      for unit in summary.units {
        for problem in unit.session.problems where !ids.contains(problem.itemID) {
          ids.append(problem.itemID)
        }
      }
    }
    return ids.compactMap { id in
      summary.checklist.item(id).map { ($0, summary.items.first { $0.id == id }) }
    }
  }

  /// The problem list's active entries for this summary's checklist and units.
  static func entries(of summary: GroupSummary, in list: ProblemList) -> [ProblemList.Entry] {
    let units = Set(summary.units.map(\.unit.name))
    return list.activeEntries.filter {
      $0.checklistID == summary.checklist.id && units.contains($0.unit)
    }
  }

  /// What was found on an item: the marked problems (or, with a list, the leader's entries for
  /// it), then notes.
  static func findings(for item: Item, in summary: GroupSummary, _ list: ProblemList?)
    -> [String]
  {
    var result: [String] = []
    if let list {
      for entry in entries(of: summary, in: list) where entry.itemID == item.id {
        result.append("\(entry.unit)\(entry.finding)")
      }
    }
    for unit in summary.units {
      for problem in unit.session.problems where list == nil && problem.itemID == item.id {
        result.append("\(unit.unit.name)\(problem.description)")
      }
      // Only notes the inspector marked for the report (备注 公开 …); the rest stay private.
      for note in unit.session.notes[item.id] ?? [] where note.kind == .publicNote {
        result.append("\(unit.unit.name)\(note.text)")
      }
    }
    return result.map { IDNumber.maskAll(in: $0) }
  }

  /// A suggestion grounded in the item's own requirement text.
  static func advice(for item: Item) -> String {
    let requirement = (item.requirement ?? item.scoringText ?? item.title).replacingOccurrences(
      of: "\n", with: "")
    let short = requirement.count > 60 ? String(requirement.prefix(60)) + "……" : requirement
    return "相关单位对照“\(short)”的要求逐项整改，明确专人负责，整改情况纳入“回头看”。"
  }
}
