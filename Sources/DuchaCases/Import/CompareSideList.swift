import DuchaChecklist
import DuchaRoster

/// The other lists `ducha compare` writes beside the 疑似失学辍学名单, known by their headers
/// (the columns docs/compare.md gives): `-问题户籍` (enrolled, on no population list) and
/// `-重复在籍` (enrolled in two schools). Their children are at school. Imported with the main
/// list — `ducha cases import 疑似*.csv` takes all four files — each became a 疑似 case.
enum CompareSideList {
  case unregistered
  case enrolledTwice

  /// The kind of list whose header row is `cells`, or nil for any other list.
  static func kind(of cells: [String]) -> CompareSideList? {
    let header = cells.map(HeaderMatcher.normalize).filter { !$0.isEmpty }
    if header == ["序号", "身份证件号", "姓名", "性别", "出生日期", "年龄", "学校", "年级", "班级", "来源", "备注"] {
      return .unregistered
    }
    if header == ["组号", "身份证件号", "姓名", "学校", "年级", "班级", "来源"] { return .enrolledTwice }
    return nil
  }

  /// C112: the whole file refused, saying what it is and which file to import.
  func refusal(at place: SourceLocation) -> Diagnostic {
    let (what, whatEN) =
      switch self {
      case .unregistered:
        ("问题户籍名单（有学籍、却不在人口名单上的学生）", "问题户籍 list (enrolled, on no population list)")
      case .enrolledTwice: ("重复在籍名单（在两所学校都有学籍的学生）", "重复在籍 list (enrolled in two schools)")
      }
    return Diagnostic(
      .error, "C112", at: place,
      Localized(
        "这是 ducha compare 写的\(what)，不是疑似失学辍学名单：这些孩子都有学籍，不建案例。这个文件没有导入。",
        en:
          "this is the \(whatEN) ducha compare writes, not the list of children out of school: they are enrolled, so no case is made. Nothing was imported from it."
      ),
      fix: Localized(
        "导入 ducha compare 的主名单（-o 给的那个文件，文件名后面没有“-问题户籍”“-重复在籍”“-统计”）。",
        en: "import the main list (the file given to -o, without -问题户籍, -重复在籍 or -统计)."))
  }
}
