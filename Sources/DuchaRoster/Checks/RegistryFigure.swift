import DuchaChecklist

/// The registry figures computed from an export, under the names sessions and checklists use
/// (`学籍.重复学籍` …).
public enum RegistryFigureName {
  /// Students in the export.
  public static let students = "系统学生数"
  /// Distinct 年级+班级.
  public static let classes = "系统班级数"
  /// Extra registrations of the same person.
  public static let duplicates = "重复学籍"
  /// No photo.
  public static let noPhoto = "无照片"
  /// A resident ID card type with no number.
  public static let noIDNumber = "无身份证号"
  /// A number failing GB 11643, or disagreeing with 性别 or 出生日期.
  public static let badIDNumber = "身份证号有误"
  /// Documents other than the resident ID card (passport, permits …).
  public static let otherDocument = "其他证件"
  /// 全国学籍号 not G + ID number, or a malformed J/L number.
  public static let registryNumberMismatch = "学籍号不符"

  /// The figure said in English for `--lang en` (`duplicate registrations`); a name it does
  /// not know as it is. Sessions and checklists keep the Chinese names.
  public static func english(_ name: String) -> String {
    let names = [
      students: "students", classes: "classes", duplicates: "duplicate registrations",
      noPhoto: "no photo", noIDNumber: "no ID number", badIDNumber: "wrong ID number",
      otherDocument: "other documents", registryNumberMismatch: "registry number mismatch",
    ]
    return names[name] ?? name
  }

  /// Every computed figure, in the order reports show them.
  public static let all = [
    students, classes, duplicates, noPhoto, noIDNumber, badIDNumber, otherDocument,
    registryNumberMismatch,
  ]
}

/// One student behind a figure, and why.
public struct RegistryFinding: Sendable, Equatable {
  /// The student.
  public var student: Student
  /// Why the student counts, without personal data (places only), e.g. `校验位应为 X，不是 5`.
  public var reason: Localized

  /// Creates a finding.
  public init(student: Student, reason: Localized) {
    self.student = student
    self.reason = reason
  }
}

/// A computed figure with the students behind it.
public struct RegistryFigure: Sendable, Equatable {
  /// Its name, one of `RegistryFigureName.all`.
  public var name: String
  /// The count; for student-level figures the number of findings.
  public var count: Int
  /// The students behind the count (empty for 系统学生数 and 系统班级数).
  public var findings: [RegistryFinding]

  /// Creates a figure.
  public init(name: String, count: Int, findings: [RegistryFinding] = []) {
    self.name = name
    self.count = count
    self.findings = findings
  }
}

/// The result of checking one or more exports.
public struct RosterCheck: Sendable {
  /// The files read.
  public var files: [RosterFile]
  /// The figures that could be computed, in `RegistryFigureName.all` order.
  public var figures: [RegistryFigure]
  /// Figures that could not be computed because a file lacks a column, with why.
  public var notComputed: [(name: String, reason: Localized)]

  /// Every diagnostic of every file.
  public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

  /// Every student of every file, in order (none for streamed files: see `studentCount`).
  public var students: [Student] { files.flatMap(\.students) }

  /// How many students the files have, kept or not.
  public var studentCount: Int { files.reduce(0) { $0 + $1.studentCount } }

  /// The figure named `name`, if computed.
  public func figure(_ name: String) -> RegistryFigure? { figures.first { $0.name == name } }
}
