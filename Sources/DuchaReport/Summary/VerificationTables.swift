import DuchaChecklist
import Foundation

/// The two tables every output of a verification list's (核验表) summary shows, whatever its
/// format: the units with their count of each word (in `VerificationTally.words` order),
/// 待定, the form's 评定 and 结论 when it gives one; and the lines not met with the word and
/// the units given it. Cells are as recorded: each format masks and escapes them.
///
/// One source for the terminal, CSV, Markdown, HTML, XLSX and DOCX, so no format ranks or
/// scores a form without points while another counts its verdicts.
struct VerificationTables {
  /// A column: its heading, and whether it holds counts (right-aligned, numbers in XLSX).
  struct Column {
    /// The heading.
    var title: String
    /// Whether every cell is a count.
    var counts: Bool
  }

  /// 单位, each word, 待定, each 评定, then 结论 when the form gives a verdict.
  let unitColumns: [Column]
  /// One row per unit in the summary's order.
  let unitRows: [[String]]
  /// 未达到要求的项目, 结论, 单位.
  let lineColumns: [Column]
  /// One row per line and word short of the line's first (不达标; B, C; 缺失, 不全).
  let lineRows: [[String]]
  /// 编号, 项目, then each unit in the summary's order.
  let matrixColumns: [Column]
  /// One row per line in form order: the word each unit was given, 待定 or 不适用 — the
  /// verification list's 各项得分, line by line and unit by unit.
  let matrixRows: [[String]]

  init(_ summary: GroupSummary, language: Language = .chinese) {
    let t = Wording(language)
    let tally = VerificationTally(summary)
    let grades = summary.units.first?.result.grades.map(\.name) ?? []
    let verdicts = summary.checklist.givesVerdict
    var columns = [Column(title: t("单位", "Unit"), counts: false)]
    columns += tally.words.map { Column(title: $0, counts: true) }
    columns.append(Column(title: t("待定", "Pending"), counts: true))
    columns += grades.map { Column(title: $0, counts: false) }
    if verdicts { columns.append(Column(title: t("结论", "Result"), counts: false)) }
    unitColumns = columns
    unitRows = summary.units.enumerated().map { index, unit in
      var row = [unit.unit.name]
      row += tally.words.map { "\(tally.counts[index][$0] ?? 0)" }
      row.append("\(tally.undecided[index])")
      row += grades.map { name in
        unit.result.grades.first { $0.name == name }?.label ?? t("待定", "pending")
      }
      if verdicts { row.append(unit.result.outcome.label(language)) }
      return row
    }
    lineColumns = [
      Column(title: t("未达到要求的项目", "Lines not met"), counts: false),
      Column(title: t("结论", "Verdict"), counts: false),
      Column(title: t("单位", "Units"), counts: false),
    ]
    matrixColumns =
      [Column(title: t("编号", "No."), counts: false), Column(title: t("项目", "Line"), counts: false)]
      + summary.units.map { Column(title: $0.unit.name, counts: false) }
    let linesByUnit = summary.units.map { unit in
      Dictionary(unit.result.leafItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    matrixRows = summary.checklist.leafItems.map { line in
      let parent = line.parentID.flatMap { summary.checklist.item($0) }
      return [line.id, VerificationTally.title(line, parent: parent)]
        + linesByUnit.map { lines in
          guard let result = lines[line.id], result.state != .notApplicable else {
            return t("不适用", "n/a")
          }
          return result.status?.rawValue ?? result.verdict ?? t("待定", "pending")
        }
    }
    lineRows = tally.shortfalls.flatMap { shortfall in
      shortfall.units.map { word, units in
        [VerificationTally.name(shortfall), word, units.joined(separator: t("、", ", "))]
      }
    }
  }

  /// Said in place of an empty table of lines not met.
  static func noneShort(_ language: Language) -> String {
    Wording(language)("各单位已核验的项目均达到要求。", "Every line verified so far was met.")
  }
}
