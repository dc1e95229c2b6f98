import DuchaChecklist
import DuchaSession
import DuchaTerminal
import Foundation

/// Renders a group summary for the terminal: ranked units with section subtotals, outcomes,
/// pending items and conflicts, the items that lost most, and the draft.
public enum SummaryText {
  /// The summary, fitting `width` columns.
  public static func format(_ summary: GroupSummary, width: Int = 80) -> String {
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    var lines = [summary.title, ""]
    var columns = [
      TextTable.Column("名次", alignment: .right, wraps: false), TextTable.Column("单位"),
    ]
    columns += summary.checklist.sections.map {
      TextTable.Column($0.id, alignment: .right, wraps: false)
    }
    columns += [
      TextTable.Column("总分", alignment: .right, wraps: false), TextTable.Column("结论", wraps: false),
    ]
    var table = TextTable(columns: columns)
    for (rank, unit) in summary.units.enumerated() {
      var row = [unit.result.total.score == nil ? "-" : "\(rank + 1)", unit.unit.name]
      row += summary.checklist.sections.map { section in
        unit.result.sections.first { $0.id == section.id }?.state.label(.chinese) ?? ""
      }
      row += [unit.result.total.label(.chinese), unit.result.outcome.label(.chinese)]
      table.rows.append(row)
    }
    lines.append(table.render(maxWidth: width))
    lines.append(
      "部分："
        + summary.checklist.sections.map { "\($0.id) \($0.title)（\(f($0.points ?? 0))分）" }.joined(
          separator: "  "))
    if let average = summary.averageTotal { lines.append("平均总分：\(f(average))") }
    for unit in summary.units {
      for (name, state) in unit.result.derived {
        lines.append("\(unit.unit.name) \(name)：\(state.label(.chinese))")
      }
      if case .veto(let reasons) = unit.result.outcome {
        lines.append("\(unit.unit.name) 一票否决：" + reasons.map(\.zh).joined(separator: "；"))
      }
    }
    if !summary.cohortComplete {
      lines.append("排名分档的项目要等全部单位检查完（且数据齐全）后才能计分，目前为“待全体”。")
    }
    if !summary.notInspected.isEmpty {
      lines.append("尚未检查：" + summary.notInspected.joined(separator: "、"))
    }
    let pending = summary.units.filter { !$0.pendingItems.isEmpty }
    if !pending.isEmpty {
      lines += ["", "有待定项目的单位："]
      for unit in pending {
        lines.append("  \(unit.unit.name)：" + unit.pendingItems.map(\.id).joined(separator: "、"))
      }
    }
    let conflicts = summary.units.filter { !$0.openConflicts.isEmpty }
    if !conflicts.isEmpty {
      lines += ["", "检查人员记录不一致、待组长选择（ducha merge）："]
      for unit in conflicts {
        for conflict in unit.openConflicts {
          lines.append(
            "  \(unit.unit.name) \(conflict.label)："
              + conflict.candidates.map { "\($0.inspectors.joined(separator: "、")) \($0.display)" }
              .joined(separator: " / "))
        }
      }
    }
    if !summary.followUps.isEmpty {
      var table = TextTable(columns: [
        TextTable.Column("回头看单位"), TextTable.Column("整改前", alignment: .right, wraps: false),
        TextTable.Column("整改后", alignment: .right, wraps: false),
        TextTable.Column("变化", alignment: .right, wraps: false),
        TextTable.Column("已整改/复查", alignment: .right, wraps: false),
      ])
      for entry in summary.followUps {
        var change = ""
        if let before = entry.before, let after = entry.after.score {
          change = (after >= before ? "+" : "") + f(after - before)
        }
        table.rows.append([
          entry.unit, entry.before.map(f) ?? "—", entry.after.label(.chinese), change,
          "\(entry.rectified)/\(entry.checked)",
        ])
      }
      lines += ["", table.render(maxWidth: width)]
    }
    let lost = summary.mostLost.prefix(8)
    if !lost.isEmpty {
      var lossTable = TextTable(columns: [
        TextTable.Column("编号", wraps: false), TextTable.Column("失分最多的项目"),
        TextTable.Column("分值", alignment: .right, wraps: false),
        TextTable.Column("平均得分", alignment: .right, wraps: false),
        TextTable.Column("失分单位", alignment: .right, wraps: false),
      ])
      for item in lost {
        lossTable.rows.append([
          item.id, item.title, f(item.points), f(item.average), "\(item.losingUnits.count)",
        ])
      }
      lines += ["", lossTable.render(maxWidth: width)]
    }
    lines += ["", String(repeating: "─", count: 40), ""]
    lines += summary.draft.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      line in
      line.isEmpty ? [""] : DisplayWidth.wrap(String(line), width: width)
    }
    return IDNumber.maskAll(in: lines.joined(separator: "\n"))
  }
}
