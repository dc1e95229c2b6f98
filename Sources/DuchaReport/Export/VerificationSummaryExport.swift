import DuchaChecklist
import Foundation

/// The CSV and Markdown of a verification list's (核验表) summary: each unit's count of every
/// word its lines were given with its 评定 and 结论, and the lines not met with the units
/// (`VerificationTables`); no ranks, points, averages or lost points, which a form without
/// points does not have. The summary comes masked (unless revealed); cells are masked again
/// for ID numbers and escaped as each format needs.
enum VerificationSummaryExport {
  /// The units' table as CSV: 单位, each word, 待定, each 评定, 结论.
  static func csv(_ summary: GroupSummary, reveal: Bool, language: Language) -> Data {
    let m = { (text: String) in ExportText.mask(text, reveal: reveal) }
    let tables = VerificationTables(summary, language: language)
    var csv = CSVWriter()
    csv.row(tables.unitColumns.map { m($0.title) })
    for row in tables.unitRows { csv.row(row.map(m)) }
    return csv.data
  }

  /// The Markdown: the units' table, vetoes, units not inspected, pending lines and open
  /// conflicts, the lines not met, and the draft.
  static func markdown(_ summary: GroupSummary, reveal: Bool, language: Language) -> String {
    let t = Wording(language)
    let text = { (value: String) in Escape.markdownCell(ExportText.mask(value, reveal: reveal)) }
    let tables = VerificationTables(summary, language: language)
    let checklist = summary.checklist
    var lines = [
      "# \(text(summary.title))", "",
      t(
        "清单：\(text(checklist.title))（\(text(checklist.id))），核验表；检查单位 \(summary.units.count) 个。",
        "Checklist: \(text(checklist.title)) (\(text(checklist.id))), a verification list; \(SummaryDraft.units(summary.units.count)) inspected."
      ), "",
    ]
    lines += [t("## 各单位核验结果", "## Verdicts by unit"), ""]
    if summary.units.isEmpty {
      lines += [t("尚无检查记录。", "No inspection records yet."), ""]
    } else {
      lines += table(tables.unitColumns, tables.unitRows, text) + [""]
      lines += SummaryMarkdown.vetoes(summary, t, text)
    }
    lines += SummaryMarkdown.notInspectedAndOpenWork(summary, t, text)
    lines += [t("## 未达到要求的项目", "## Lines not met"), ""]
    lines +=
      tables.lineRows.isEmpty
      ? [VerificationTables.noneShort(language)] : table(tables.lineColumns, tables.lineRows, text)
    lines += ["", t("## 检查总结（草稿）", "## Inspection summary (draft)"), ""]
    let blocks = ExportText.draftBlocks(summary.draft).map {
      ($0.heading ? "### " : "") + text($0.text)
    }
    lines.append(blocks.isEmpty ? t("（尚无草稿）", "(no draft yet)") : blocks.joined(separator: "\n\n"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Markdown table, counts right-aligned.
  private static func table(
    _ columns: [VerificationTables.Column], _ rows: [[String]], _ text: (String) -> String
  ) -> [String] {
    let row = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
    return [
      row(columns.map { text($0.title) }), row(columns.map { $0.counts ? "---:" : "---" }),
    ] + rows.map { row($0.map(text)) }
  }
}
