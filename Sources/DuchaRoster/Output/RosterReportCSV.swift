import DuchaChecklist

/// The check as CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens right),
/// CRLF line ends, RFC 4180 quoting. A row per figure with its count, then a row per student
/// behind it.
public enum RosterReportCSV {
  /// The header row.
  static let header = ["指标", "数量", "姓名", "年级", "班级", "班内学号", "身份证件号", "全国学籍号", "位置", "说明"]

  /// The CSV bytes.
  public static func format(_ check: RosterCheck, privacy: RosterPrivacy) -> [UInt8] {
    var text = row(header)
    for figure in check.figures {
      text += row([figure.name, "\(figure.count)", "", "", "", "", "", "", "", ""])
      for finding in figure.findings {
        let student = finding.student
        text += row([
          figure.name, "", privacy.name(student), student[.grade], student[.className],
          student[.classNumber], privacy.number(student.idNumber),
          privacy.number(student.registryNumber), student.place, finding.reason.zh,
        ])
      }
    }
    for (name, reason) in check.notComputed {
      text += row([name, "", "", "", "", "", "", "", "", "未统计：" + reason.zh])
    }
    return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
  }

  private static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, quoted when needed; text a spreadsheet would run as a formula (starting with
  /// = + - @ or a tab) gets a leading apostrophe, as in the problem-list export.
  static func field(_ raw: String) -> String {
    var value = raw
    let isPlainNumber = !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isNumber }
    if let first = value.first, "=+-@\t".contains(first), !isPlainNumber { value = "'" + value }
    guard
      value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
    else { return value }
    return "\""
      + value.split(separator: "\"", omittingEmptySubsequences: false).joined(
        separator: "\"\"") + "\""
  }
}
