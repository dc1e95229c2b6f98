import DuchaChecklist
import DuchaRoster

/// A school's export from the student registry (学生基本信息: 全国学籍号, 班内学号, 学籍状态 在读),
/// given to `cases import` instead of the 疑似失学辍学名单 `ducha compare` makes from it: every
/// child in it is at school, and each became a 疑似 case (50,000 of a county's in one go). The
/// registry's own 控辍保学 or 其它离校 lists (学籍状态 休学, 辍学, 其它离校 …) are not this:
/// a list is taken for an enrolment list only when every row says 在读, or, without a 学籍状态
/// column, when it has both 全国学籍号 and 班内学号 (a class list).
enum EnrolmentList {
  /// The states of children at school.
  static let atSchool: Set<String> = ["在读", "在籍", "在校", "正常"]

  /// Whether `rows` after the header at `headerIndex` are an enrolment list.
  static func isEnrolment(_ rows: [TableRow], header headerIndex: Int) -> Bool {
    let header = rows[headerIndex].cells.map(HeaderMatcher.normalize)
    let data = rows[(headerIndex + 1)...].filter { !$0.isBlank }
    guard !data.isEmpty else { return false }
    if let status = header.firstIndex(of: "学籍状态") {
      return data.allSatisfy { row in
        status < row.cells.count
          && atSchool.contains(row.cells[status].trimmingCharacters(in: .whitespaces))
      }
    }
    return header.contains("全国学籍号") && header.contains("班内学号")
  }

  /// C114: the whole file refused, saying what it is and what to do with it.
  static func refusal(at place: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "C114", at: place,
      Localized(
        "这是学籍系统导出的在校学生名单（有全国学籍号、班内学号，或学籍状态都是“在读”），不是疑似失学辍学名单：这些孩子都在上学，不建案例。这个文件没有导入。",
        en:
          "this is the student registry's list of children at school (全国学籍号, 班内学号, or 学籍状态 在读 on every row), not a list of children out of school: no case is made. Nothing was imported from it."
      ),
      fix: Localized(
        "先比对：ducha compare --population 户籍名单.csv --enrolled 这个文件 -o 疑似.csv --reveal，再导入 疑似.csv。",
        en:
          "compare first: ducha compare --population POPULATION.csv --enrolled THIS-FILE -o suspects.csv --reveal, then import suspects.csv."
      ))
  }
}
