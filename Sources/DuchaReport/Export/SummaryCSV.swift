import DuchaChecklist
import Foundation

/// Renders a group summary as CSV for Excel and WPS: one row per unit in rank order with
/// 名次, 单位, 学段, one column per section, 总分, 结论 and 待定项. UTF-8 with a byte-order mark,
/// CRLF line ends, RFC 4180 quoting. ID numbers are masked unless `reveal`. A verification
/// list (核验表) has no points: one row per unit with its count of each word instead.
public enum SummaryCSV {
  /// The CSV file of `summary`, the header and the labels in `language`.
  public static func format(
    _ summary: GroupSummary, reveal: Bool = false, language: Language = .chinese
  ) -> Data {
    let summary = summary.shownWithoutSessions(reveal: reveal)
    if summary.checklist.kind == .verification {
      return VerificationSummaryExport.csv(summary, reveal: reveal, language: language)
    }
    let m = { (text: String) in ExportText.mask(text, reveal: reveal) }
    let t = Wording(language)
    var csv = CSVWriter()
    // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
    let shares = summary.ownFullPoints != nil
    csv.row(
      [t("名次", "Rank"), t("单位", "Unit"), t("学段", "Stages")]
        + summary.sections.map { m(ExportText.sectionHeader(id: $0.id, title: $0.title)) }
        + [t("总分", "Total")] + (shares ? ExportText.shareHeaders(language) : [])
        + [t("结论", "Result"), t("待定项", "Pending items")])
    for (rank, unit) in ExportText.ranked(summary) {
      csv.row(
        [
          rank.map(String.init) ?? "", m(unit.unit.name),
          ExportText.stages(unit.unit, on: summary.checklist),
        ]
          + summary.sections.map { ExportText.sectionLabel(unit, $0.id, language) }
          + [unit.result.total.label(language)] + (shares ? ExportText.shareCells(unit) : [])
          + [
            m(ExportText.conclusion(unit.result, language)), m(ExportText.pendingItems(unit)),
          ])
    }
    return csv.data
  }

  /// Several summaries' CSV files (a folder holding two 考核年度 or two versions of a form) as
  /// one file: one byte-order mark, each table after a row with its title (`…（2020年度）`) and a
  /// blank row; a single table is returned as it is. Glued together they had a mark in the
  /// middle and no title, so last year's ranking stood first in Excel as if it were this year's.
  public static func joined(_ tables: [(title: String, csv: Data)]) -> Data {
    guard tables.count > 1 else { return tables.first?.csv ?? Data() }
    let mark = Data([0xEF, 0xBB, 0xBF])
    var joined = mark
    for (index, table) in tables.enumerated() {
      var title = CSVWriter()
      if index > 0 { title.row([]) }
      title.row([table.title])
      joined += title.data.dropFirst(mark.count) + table.csv.dropFirst(mark.count)
    }
    return joined
  }
}
