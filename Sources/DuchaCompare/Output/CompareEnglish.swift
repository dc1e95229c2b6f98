import DuchaChecklist
import DuchaReport

/// The comparison's sheets as an English reader sees them (`ducha compare --lang en`, printed or
/// written as Markdown): sheet names, the fixed columns' headers, the counts' categories and
/// totals. Only Markdown: the CSV and XLSX outputs are the lists `ducha cases import` reads back
/// by their Chinese headers (docs/compare.md), and are handed on to offices that work in
/// Chinese. The children's cells and the population list's own columns stay as written.
public enum CompareEnglish {
  /// The names and fixed headers of the four sheets, and the counts' words.
  static let words: [String: String] = [
    "疑似失学辍学名单": "Suspected out of school", "问题户籍": "Enrolled, on no population list",
    "重复在籍": "Enrolled in two schools", "统计": "Counts",
    "序号": "No.", "身份证件号": "ID number", "姓名": "Name", "性别": "Sex", "出生日期": "Birth date",
    "年龄": "Age", "乡镇": "Township", "责任学校": "Responsible school", "特殊群体": "Special groups",
    "来源": "Source", "备注": "Note", "学校": "School", "年级": "Grade", "班级": "Class",
    "组号": "Group", "类别": "Category", "名称": "Name", "人数": "Children",
    "合计": "Total", "问题户籍（学校）": "Enrolled but on no population list (school)",
    "（未填）": "(not filled in)",
  ]

  /// The counts' total labels, as the summary line says them.
  public static let totals: [String: String] = [
    "疑似失学辍学": "suspected out of school", "问题户籍": "enrolled but on no population list",
    "重复在籍": "enrolled in two schools", "无法比对": "not comparable",
    "人口名单人数": "children on the population lists", "在籍人数": "enrolled children",
    "适龄人数": "children of age",
  ]

  /// `sheet` with its name and header in `language`; for the counts sheet its categories and
  /// totals too. Chinese returns it unchanged.
  public static func sheet(_ sheet: Worksheet, _ language: Language) -> Worksheet {
    guard language == .english else { return sheet }
    let counts = sheet.name == "统计"
    var english = Worksheet(name: words[sheet.name] ?? sheet.name)
    for (index, row) in sheet.rows.enumerated() {
      if index == 0 {
        english.header(
          row.cells.map { cell in
            guard case .text(let text) = cell else { return "" }
            // A population list's own 序号 or 备注, renamed 原表序号 beside the list's columns.
            if text.hasPrefix("原表"), text.count > 2 { return "list's " + text.dropFirst(2) }
            return words[text] ?? text
          })
        continue
      }
      var cells = row.cells
      if counts, cells.count >= 2, case .text(let category) = cells[0] {
        if case .text(let name) = cells[1] {
          cells[1] = .text(
            (category == "合计" ? totals[name] : nil) ?? words[name] ?? name)
        }
        cells[0] = .text(words[category] ?? category)
      }
      english.row(cells, style: row.style)
    }
    return english
  }
}
