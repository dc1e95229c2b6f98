import DuchaChecklist
import Foundation

extension Page {
  /// The section of a verification list's (核验表) summary: the units' count of each word
  /// with their 评定 and 结论, vetoes, units not inspected, pending lines, the lines not met,
  /// and the draft; no charts, ranks or points (`VerificationTables`).
  func verificationSummary(_ summary: GroupSummary) -> String {
    let tables = VerificationTables(summary, language: t.language)
    let checklist = summary.checklist
    let meta =
      t(
        "清单：\(checklist.title)（\(checklist.id)） · 核验表 · ",
        "Checklist: \(checklist.title) (\(checklist.id)) · verification list · ")
      + t(
        "检查单位 \(summary.units.count) 个", "\(SummaryDraft.units(summary.units.count)) inspected")
    var html = [
      "<section class=\"summary\">", "<h1>\(text(summary.title))</h1>",
      "<p class=\"meta\">\(text(meta))</p>",
      "<h2>\(t("各单位核验结果", "Verdicts by unit"))</h2>",
    ]
    if summary.units.isEmpty {
      html.append("<p class=\"none\">\(t("尚无检查记录。", "No inspection records yet."))</p>")
    } else {
      html.append(table(tables.unitColumns, tables.unitRows))
      html += vetoes(summary)
    }
    html += notInspectedAndOpenWork(summary)
    html.append("<h2>\(t("未达到要求的项目", "Lines not met"))</h2>")
    html.append(
      tables.lineRows.isEmpty
        ? "<p class=\"none\">\(text(VerificationTables.noneShort(t.language)))</p>"
        : table(tables.lineColumns, tables.lineRows))
    html.append("<h2>\(t("检查总结（草稿）", "Inspection summary (draft)"))</h2>")
    html.append(draft(summary.draft))
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  /// One of the verification tables, every cell masked and escaped, counts right-aligned.
  private func table(_ columns: [VerificationTables.Column], _ rows: [[String]]) -> String {
    table(
      header: columns.map { (text($0.title), $0.counts) }, rows: rows.map { $0.map(text) })
  }
}
