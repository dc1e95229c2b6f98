import DuchaChecklist

/// A 合计/小计 row that someone added at the bottom of an export in Excel (`合计,31人`): it
/// is not a student, and counting it would add one to 系统学生数, 无照片 and 无身份证号 (and
/// to the people of `ducha compare`).
public enum TotalRow {
  /// The words such a row starts a cell with; `合计：31人` and `合 计` are the same.
  private static let words = ["合计", "总计", "小计", "共计", "总人数"]

  /// The first cell of a row without an ID number that says 合计 (or 总计, 小计, 共计, 总人数)
  /// before anything else, when there is one: the row is a total, not a person. Callers ask
  /// only about rows whose ID number (and registry number) `holdsNoNumber`.
  public static func label(in cells: [String]) -> String? {
    for cell in cells {
      let text = CellText.clean(cell)
      let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
      if words.contains(where: { compact.hasPrefix($0) }) { return text }
    }
    return nil
  }

  /// Whether a number cell leaves room for a total row: empty, or the count or label a clerk
  /// typed there (`合计,8人` puts `8人` under the number when 合计 is in the first column) —
  /// fewer than six digits, which no ID or registry number has, however miscopied. Such a row
  /// was counted as a student with a wrong number, and listed by compare as a child “合计”.
  public static func holdsNoNumber(_ cell: String) -> Bool {
    let digits = cell.unicodeScalars.filter {
      (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value)
    }
    return digits.count < 6
  }

  /// A registry row's total label: only a row with no ID or registry number can be one.
  static func label(of row: TableRow, values: RosterValues) -> String? {
    guard holdsNoNumber(values[.idNumber] ?? ""), holdsNoNumber(values[.registryNumber] ?? "")
    else {
      return nil
    }
    return label(in: row.cells)
  }

  /// What the row is and why it was left out, in Chinese and English.
  static func message(_ label: String) -> Localized {
    Localized(
      "这一行是合计行（“\(label)”）：没有证件号和学籍号，不算作学生。",
      en:
        "this is a total row (“\(label)”) with no ID or registry number; it is not counted as a student."
    )
  }

  /// How to fix it: nothing, unless the row is in fact a person.
  static let fix = Localized(
    "不用改；如果这一行确实是学生，请填上身份证件号或全国学籍号。",
    en: "nothing to do; if the row is a student, fill in the ID number or the registry number.")

  /// The warning that says the row was left out, and why.
  static func warning(_ label: String, line: Int, file: String) -> Diagnostic {
    Diagnostic(
      .warning, "R202", at: SourceLocation(file: file, line: line, column: 1), message(label),
      fix: fix)
  }
}
