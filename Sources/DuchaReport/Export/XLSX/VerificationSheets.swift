import DuchaChecklist
import Foundation

/// The sheets of a verification list (核验表) in the workbook, in place of a scoring form's
/// 排名, 各项得分 and 扣分明细: a form without points has no rank, score or deduction.
extension ReportSheets {
  /// The sheet names of a verification list, in workbook order.
  static let verificationNames = ["核验结果", "未达到要求的项目", "各项核验情况"]

  /// 核验结果, 未达到要求的项目 and 各项核验情况 (`VerificationTables`), each count a number
  /// the office can add up.
  static func verification(_ summary: GroupSummary, _ text: Masking, suffix: String)
    -> [Worksheet]
  {
    let tables = VerificationTables(summary)
    var units = Worksheet(name: verificationNames[0] + suffix)
    units.header(tables.unitColumns.map { text($0.title) })
    for row in tables.unitRows {
      units.row(
        zip(tables.unitColumns, row).map { column, cell in
          column.counts ? .number(Decimal(string: cell)) : .text(text(cell))
        })
    }
    var lines = Worksheet(name: verificationNames[1] + suffix)
    lines.header(tables.lineColumns.map { text($0.title) })
    if tables.lineRows.isEmpty {
      lines.row([.text(VerificationTables.noneShort(.chinese))])
    }
    for row in tables.lineRows { lines.row(row.map { .text(text($0)) }) }
    var matrix = Worksheet(name: verificationNames[2] + suffix)
    matrix.header(tables.matrixColumns.map { text($0.title) })
    for row in tables.matrixRows { matrix.row(row.map { .text(text($0)) }) }
    return [units, lines, matrix]
  }
}
