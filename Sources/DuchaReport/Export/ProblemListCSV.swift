import DuchaChecklist
import Foundation

/// Renders a 问题清单 as CSV for Excel and WPS: one row per entry, dropped and merged ones
/// included, with every field. UTF-8 with a byte-order mark, CRLF line ends, RFC 4180
/// quoting. ID numbers are masked unless `reveal`.
public enum ProblemListCSV {
  /// The header row.
  static let header = [
    "序号", "单位", "清单", "项目编号", "项目", "问题", "证据", "例数", "失分", "整改要求", "责任人", "期限", "状态",
    "并入", "来源记录",
  ]

  /// The header row in English.
  static let englishHeader = [
    "No.", "Unit", "Checklist", "Item id", "Item", "Finding", "Evidence", "Cases", "Lost",
    "Requirement", "Owner", "Deadline", "Status", "Merged into", "Source sessions",
  ]

  /// The CSV file of `list`, the header and statuses in `language`.
  public static func format(
    _ list: ProblemList, reveal: Bool = false, language: Language = .chinese
  ) -> Data {
    let list = list.shown(reveal: reveal)
    let m = { (text: String) in ExportText.mask(text, reveal: reveal) }
    var csv = CSVWriter()
    csv.row(language == .english ? englishHeader : header)
    for entry in list.entries {
      csv.row([
        "\(entry.number)", m(entry.unit), m(entry.checklistID), m(entry.itemID), m(entry.itemTitle),
        m(entry.finding), m(entry.evidence.joined(separator: "、")),
        entry.countText, entry.pointsLost.map(ExportText.number) ?? "",
        m(entry.requirement),
        m(entry.responsible ?? ""),
        m(entry.deadline ?? ""), entry.status.label(language),
        entry.mergedInto.map(String.init) ?? "",
        m(entry.sourceSessionIDs.joined(separator: " ")),
      ])
    }
    return csv.data
  }
}
