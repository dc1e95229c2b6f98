import DuchaRoster

/// The columns `ducha compare` reads from population lists and enrolment rosters. Lists from
/// 公安, 民政, 残联 and the registry name them differently; each field lists the names seen.
public enum CompareField: String, CaseIterable, Sendable {
  case idNumber = "身份证件号"
  case name = "姓名"
  case sex = "性别"
  case birthDate = "出生日期"
  case township = "乡镇"
  case responsibleSchool = "责任学校"
  case school = "学校"
  case grade = "年级"
  case className = "班级"
  /// The roster's 全国学籍号: G + the ID number, kept as text by Excel when the ID column was not.
  case registryNumber = "全国学籍号"

  /// Header names meaning this field, after `HeaderMatcher.normalize`.
  public var variants: [String] {
    switch self {
    case .idNumber:
      RosterField.idNumber.variants + [
        "公民身份号码", "公民身份证号码", "公民身份证号", "居民身份证号码", "居民身份证号", "身份证件号码", "儿童身份证号",
        "学生身份证号", "学生身份证件号",
      ]
    case .name: ["姓名", "学生姓名", "儿童姓名", "儿童少年姓名", "适龄儿童姓名"]
    case .sex: RosterField.sex.variants
    case .birthDate: RosterField.birthDate.variants
    case .township:
      // `乡（镇）` and `镇（乡）` normalize to 乡 and 镇 (the part in brackets is dropped).
      [
        "乡镇", "乡镇街道", "所在乡镇", "乡镇名称", "街道", "乡镇办", "所属乡镇", "乡", "镇", "乡镇/街道", "户籍所在乡镇",
        "户籍乡镇", "现住乡镇", "居住乡镇",
      ]
    case .responsibleSchool:
      ["责任学校", "服务区学校", "划片学校", "学区学校", "对口学校", "应入学校", "应就读学校", "应入学学校"]
    case .school: ["学校", "学校名称", "就读学校", "所在学校", "学校全称", "在读学校"]
    case .grade: RosterField.grade.variants
    case .className: RosterField.className.variants
    case .registryNumber: RosterField.registryNumber.variants
    }
  }
}

/// The special groups the 疑似失学辍学名单 flags, from columns whose header names them.
public enum SpecialGroup: String, CaseIterable, Sendable {
  case poverty = "建档立卡"
  case disability = "残疾"
  case leftBehind = "留守"
  case unsupported = "事实无人抚养"
  case migrant = "随迁"

  /// Headers of one column whose cells name the groups (`建档立卡、留守`), as a 民政 or 扶贫
  /// list has them, and as `ducha compare` writes its own 特殊群体 column.
  static let listHeaders: Set<String> = ["特殊群体", "重点群体", "特殊群体类别", "群体类别", "人员类别"]

  /// Whether a cell of this group's column says the child belongs: 是, ✓, 1, or a kind such
  /// as 视力残疾; not empty, 否, 无, 0 ….
  public static func says(_ value: String) -> Bool {
    let text = value.trimmingCharacters(in: [" ", "\u{3000}", "\t"]).uppercased()
    return !text.isEmpty
      && !["否", "无", "不是", "非", "0", "N", "NO", "FALSE", "没有", "-", "—", "／", "/"].contains(text)
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}

/// Which column holds which field in one file, found from its header row.
public struct CompareLayout: Sendable, Equatable {
  /// Field → column index; the first column naming a field wins.
  public var columns: [CompareField: Int]
  /// The special-group columns.
  public var groups: [SpecialGroup: Int]
  /// A column naming the groups in its cells (`特殊群体`: `建档立卡、留守`), when there is one.
  public var groupList: Int?
  /// The header cells as written.
  public var header: [String]
  /// The header's line, for messages.
  public var line: Int

  /// The layout of `cells` when they are a header row: one of them names the ID number.
  public static func header(_ cells: [String], line: Int) -> CompareLayout? {
    var columns: [CompareField: Int] = [:]
    var groups: [SpecialGroup: Int] = [:]
    var groupList: Int?
    for (index, cell) in cells.enumerated() {
      let key = HeaderMatcher.normalize(cell)
      if key.isEmpty { continue }
      if let field = CompareField.allCases.first(where: { $0.variants.contains(key) }) {
        if columns[field] == nil { columns[field] = index }
        continue
      }
      if columns[.idNumber] == nil, HeaderMatcher.namesChildIDNumber(key) {
        columns[.idNumber] = index
        continue
      }
      if key.contains("身份证") || key.contains("证件") || key.contains("监护人") { continue }
      if let group = SpecialGroup.allCases.first(where: { key.contains($0.rawValue) }),
        groups[group] == nil
      {
        groups[group] = index
      } else if groupList == nil, SpecialGroup.listHeaders.contains(key) {
        groupList = index
      }
    }
    guard columns[.idNumber] != nil else { return nil }
    return CompareLayout(
      columns: columns, groups: groups, groupList: groupList, header: cells, line: line)
  }

  /// The number of header cells.
  public var width: Int { header.count }

  /// This header completed by the row above it, when the two are one header over two rows as
  /// Excel saves a merged header to CSV: a cell merged down the two rows (`姓名`) is written in
  /// the upper row only, its column empty in this one. The upper row's text fills this row's
  /// empty cells; nil unless that names a field this row lacks (a title above is no header).
  /// Sub-headers under a guardian's group (`监护人信息` over `姓名`) become `监护人信息姓名`
  /// (`GuardianGroup`): the guardian's 姓名 was copied into the list with the child's name.
  func joined(above: [String]) -> CompareLayout? {
    let grouped = GuardianGroup.prefixed(header, above: above)
    let cells = (grouped ?? header).enumerated().map { index, cell in
      let upper = index < above.count ? above[index] : ""
      return HeaderMatcher.normalize(cell).isEmpty ? upper : cell
    }
    guard let joined = Self.header(cells, line: line),
      joined.columns.count > columns.count
        || (grouped != nil && joined.columns.count == columns.count)
    else { return nil }
    return joined
  }

  /// This header completed by the row below it when that row holds sub-headers (a group such
  /// as `监护人信息` over `姓名`, `联系电话`). Its cells other than those repeating the header's
  /// (a workbook fills a cell merged down both rows into each) hold no ID number and no digit,
  /// and one of them names a field. A sub-header under a group becomes `监护人信息姓名`, one
  /// under an empty cell stands alone. nil when the row below is data.
  func joined(below: [String]) -> CompareLayout? {
    let new = below.enumerated().compactMap { index, cell in
      let key = HeaderMatcher.normalize(cell)
      let above = index < header.count ? HeaderMatcher.normalize(header[index]) : ""
      return key.isEmpty || key == above ? nil : (index, key)
    }
    guard let id = columns[.idNumber], !new.contains(where: { $0.0 == id }),
      !new.contains(where: { $0.1.unicodeScalars.contains { (0x30...0x39).contains($0.value) } }),
      new.contains(where: { _, key in CompareField.allCases.contains { $0.variants.contains(key) } }
      )
    else { return nil }
    let cells = header.enumerated().map { index, upper in
      let lower = index < below.count ? below[index].trimmingCharacters(in: [" ", "\u{3000}"]) : ""
      if lower.isEmpty { return upper }
      let group = upper.trimmingCharacters(in: [" ", "\u{3000}"])
      return group.isEmpty || group == lower ? lower : group + lower
    }
    return Self.header(cells, line: line)
  }
}
