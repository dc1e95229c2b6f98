import DuchaChecklist
import Foundation

/// The figures compared across the batch, each unit's value with the sum, average, highest
/// and lowest of each 学段 group, so a leader can check 全体平均 or a rank by hand.
enum BatchFigureText {
  /// `planned`: a plan named the batch's units; without one the lines say that the batch is the
  /// units read, so a folder short of one school is not taken for the county.
  static func lines(_ figures: [BatchFigure], planned: Bool, language: Language) -> [String] {
    guard !figures.isEmpty else { return [] }
    let t = Wording(language)
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    var lines = [
      "",
      t(
        "全体比较的数（同一清单、年度、学段的单位）：",
        "Figures compared across the batch (same checklist, year, stages):"),
    ]
    for figure in figures {
      var groups: [[Stage]] = []
      for entry in figure.values where !groups.contains(entry.stages) {
        groups.append(entry.stages)
      }
      for stages in groups {
        let members = figure.values.filter { $0.stages == stages }
        // No unit of these 学段 has the figure: only items that do not apply to them use it
        // (a 小学 has no 九年级 figures), so there is nothing to check by hand.
        if members.allSatisfy({ $0.value == nil }) { continue }
        let label =
          groups.count > 1
          ? "\(figure.expression)（\(stages.map(\.rawValue).joined(separator: "、"))）"
          : figure.expression
        let shown = members.map { "\($0.unit) \($0.value.map(f) ?? t("未录", "missing"))" }
        lines.append("  \(label)\(t("：", ": "))\(shown.joined(separator: t("、", ", ")))")
        let known = members.compactMap(\.value)
        guard known.count == members.count, !known.isEmpty else { continue }
        let sum = known.reduce(0, +)
        let average = sum / Decimal(known.count)
        lines.append(
          "    "
            + t(
              "\(known.count) 个单位，合计 \(f(sum))，平均 \(f(average))，最高 \(f(known.max() ?? 0))，最低 \(f(known.min() ?? 0))",
              "\(known.count) units, sum \(f(sum)), average \(f(average)), highest \(f(known.max() ?? 0)), lowest \(f(known.min() ?? 0))"
            ))
      }
    }
    if !planned {
      let units = Set(figures.flatMap { $0.values.map(\.unit) }).count
      lines.append(
        "  "
          + t(
            "没有给检查计划：“全体”只是本次读到的 \(units) 个单位，少了哪个单位的记录，名次和平均就不同。加 --plan 计划文件 可核对是否齐全。",
            "No plan given: the batch is only the \(units) units read; with a unit's record missing, the ranks and averages differ. Add --plan to check it is complete."
          ))
    }
    return lines
  }
}
