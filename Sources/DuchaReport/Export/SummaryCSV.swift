import DuchaChecklist
import Foundation

/// Renders a group summary as CSV for Excel and WPS: one row per unit in rank order with
/// 名次, 单位, 学段, one column per section, 总分, 结论 and 待定项. UTF-8 with a byte-order mark,
/// CRLF line ends, RFC 4180 quoting. ID numbers are masked unless `reveal`.
public enum SummaryCSV {
  /// The CSV file of `summary`.
  public static func format(_ summary: GroupSummary, reveal: Bool = false) -> Data {
    let summary = summary.shown(reveal: reveal)
    let m = { (text: String) in ExportText.mask(text, reveal: reveal) }
    var csv = CSVWriter()
    csv.row(
      ["名次", "单位", "学段"]
        + summary.sections.map { m(ExportText.sectionHeader(id: $0.id, title: $0.title)) }
        + ["总分", "结论", "待定项"])
    for (rank, unit) in ExportText.ranked(summary.units) {
      csv.row(
        [rank.map(String.init) ?? "", m(unit.unit.name), ExportText.stages(unit.unit)]
          + summary.sections.map { ExportText.sectionLabel(unit, $0.id) }
          + [
            unit.result.total.label(.chinese), m(ExportText.conclusion(unit.result)),
            m(ExportText.pendingItems(unit)),
          ])
    }
    return csv.data
  }
}
