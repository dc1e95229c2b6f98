/// The columns of the registry's basic-information sheet that ducha reads. Exports vary by
/// province and system version, so each field lists the header names seen in the wild.
public enum RosterField: String, Sendable, CaseIterable, Codable {
  case name = "姓名"
  case sex = "性别"
  case birthDate = "出生日期"
  case idType = "身份证件类型"
  case idNumber = "身份证件号"
  case registryNumber = "全国学籍号"
  case auxiliaryNumber = "学籍辅号"
  case classNumber = "班内学号"
  case grade = "年级"
  case className = "班级"
  case status = "学籍状态"
  case household = "户口所在地"
  case leftBehind = "是否留守儿童"
  case migrant = "是否进城务工人员随迁子女"
  case inclusive = "随班就读"
  case disability = "残疾人类型"
  case photo = "照片"

  /// Header names that mean this field, after `HeaderMatcher.normalize`.
  public var variants: [String] {
    switch self {
    case .name: ["姓名", "学生姓名"]
    case .sex: ["性别", "学生性别"]
    case .birthDate: ["出生日期", "出生年月日", "出生年月", "生日"]
    case .idType: ["身份证件类型", "证件类型", "身份证件类别", "证件类别"]
    case .idNumber: ["身份证件号", "身份证件号码", "身份证号", "身份证号码", "证件号码", "证件号"]
    case .registryNumber: ["全国学籍号", "全国学籍号码", "学籍号", "学籍号码", "学籍编号"]
    case .auxiliaryNumber: ["学籍辅号", "辅号"]
    case .classNumber: ["班内学号", "班内编号", "学号"]
    case .grade: ["年级", "年级名称", "所在年级", "就读年级"]
    case .className: ["班级", "班级名称", "所在班级", "班号"]
    case .status: ["学籍状态", "学生状态", "在校状态"]
    case .household: ["户口所在地", "户口所在地区", "户籍所在地"]
    case .leftBehind: ["是否留守儿童", "留守儿童"]
    case .migrant: ["是否进城务工人员随迁子女", "进城务工人员随迁子女", "是否随迁子女", "随迁子女"]
    case .inclusive: ["随班就读", "是否随班就读"]
    case .disability: ["残疾人类型", "残疾类型"]
    case .photo: ["照片", "有无照片", "是否有照片", "照片状态"]
    }
  }

  /// The field named `text` (its own name or a variant), if any.
  public init?(header text: String) {
    let key = HeaderMatcher.normalize(text)
    guard let field = Self.allCases.first(where: { $0.variants.contains(key) }) else {
      return nil
    }
    self = field
  }
}

extension RosterField {
  /// Hashes the case, not its name: the standard library's default for a `String`-backed enum
  /// hashes the raw value, and a Chinese raw value is normalised to NFC on every lookup — a
  /// fifth of `roster check`'s instructions went there (each student's cells are looked up by
  /// field; callgrind over 100,000 rows).
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  /// Compares cases, for the same reason as `hash(into:)`.
  public static func == (lhs: RosterField, rhs: RosterField) -> Bool {
    lhs.caseIndex == rhs.caseIndex
  }

  /// The position of the case in the declaration.
  var caseIndex: Int {
    switch self {
    case .name: 0
    case .sex: 1
    case .birthDate: 2
    case .idType: 3
    case .idNumber: 4
    case .registryNumber: 5
    case .auxiliaryNumber: 6
    case .classNumber: 7
    case .grade: 8
    case .className: 9
    case .status: 10
    case .household: 11
    case .leftBehind: 12
    case .migrant: 13
    case .inclusive: 14
    case .disability: 15
    case .photo: 16
    }
  }
}
