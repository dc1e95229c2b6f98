import DuchaReport
import DuchaRoster
import DuchaSession
import Foundation

/// The comparison's outputs as worksheets (the columns are the contract `ducha cases import`
/// reads; see docs/compare.md). Masked unless `reveal`: names keep the family name, ID numbers
/// their region code and check character, 出生日期 its year, phones their last four digits,
/// addresses stop at the village; every other cell passes through `IDNumber.maskAll`.
public struct CompareSheets: Sendable {
  /// The result being laid out.
  public var result: CompareResult
  /// Whether names and numbers are shown in full.
  public var reveal: Bool

  /// Lays out `result`.
  public init(result: CompareResult, reveal: Bool) {
    self.result = result
    self.reveal = reveal
  }

  /// The columns the main list takes from fixed fields; the others are copied by header.
  static let fixedFields: [CompareField] = [
    .idNumber, .name, .sex, .birthDate, .township, .responsibleSchool,
  ]

  /// The main list's own columns, before the population list's other columns.
  static let suspectColumns = [
    "序号", "身份证件号", "姓名", "性别", "出生日期", "年龄", "乡镇", "责任学校", "特殊群体", "来源", "备注",
  ]

  /// The output header of a population column copied as it is. A 公安 list's own 序号, 年龄 or
  /// 备注 would otherwise sit beside the list's column of that name with other values, and a
  /// reader (or `ducha cases import`, which takes the first 备注) could not tell them apart.
  static func otherColumnName(_ header: String) -> String {
    suspectColumns.contains(header) ? "原表" + header : header
  }

  /// 疑似失学辍学名单.
  public var suspects: Worksheet {
    let others = otherHeaders
    var sheet = Worksheet(name: "疑似失学辍学名单")
    sheet.header(Self.suspectColumns + others.map(Self.otherColumnName))
    // Where each other column is in each file's layout, worked out once per file.
    // What each other column holds, decided once: `header.contains("姓名")` and the like are
    // Foundation searches, and asked per row they were half of laying out this list.
    let kinds = Dictionary(
      others.map { ($0, Self.kind(of: $0)) }, uniquingKeysWith: { first, _ in first })
    var columnsByFile: [String: [Int?]] = [:]
    for row in result.suspects where columnsByFile[row.file] == nil {
      let keys = row.layout.header.map(Self.key)
      columnsByFile[row.file] = others.map { header in keys.firstIndex(of: header) }
    }
    for (index, row) in result.suspects.enumerated() {
      var cells: [SpreadsheetCell] = [
        .number(Decimal(index + 1)), .text(number(row.idText)), .text(name(row.value(.name))),
        .text(row.sex), .text(birth(row.birth?.description ?? row.value(.birthDate))),
        row.birth.map { .number(Decimal($0.age(at: cutoff))) } ?? .empty,
        .text(masked(row.merged(.township))), .text(masked(row.merged(.responsibleSchool))),
        .text(row.groups.map(\.rawValue).joined(separator: "、")), .text(row.sources),
        .text(row.note),
      ]
      for (header, column) in zip(others, columnsByFile[row.file] ?? []) {
        var value = column.flatMap { $0 < row.cells.count ? row.cells[$0] : nil } ?? ""
        // Left empty by this list (a 残联 list has no 监护人), said by another the child is on.
        if value.isEmpty, !row.alsoOn.isEmpty {
          value =
            row.alsoOn.lazy.compactMap { later in
              later.layout.header.map(Self.key).firstIndex(of: header).flatMap {
                $0 < later.cells.count ? ListedRow.trimmed(later.cells[$0]) : nil
              }
            }.first { !$0.isEmpty } ?? ""
        }
        cells.append(.text(other(kinds[header] ?? .plain, value)))
      }
      sheet.row(cells)
    }
    return sheet
  }

  /// 问题户籍: enrolled, on no population list.
  public var unregistered: Worksheet {
    var sheet = Worksheet(name: "问题户籍")
    sheet.header(["序号", "身份证件号", "姓名", "性别", "出生日期", "年龄", "学校", "年级", "班级", "来源", "备注"])
    for (index, entry) in result.unregistered.enumerated() {
      let row = entry.row
      sheet.row([
        .number(Decimal(index + 1)), .text(number(row.idText)), .text(name(row.value(.name))),
        .text(row.sex), .text(birth(row.birth?.description ?? "")),
        row.birth.map { .number(Decimal($0.age(at: cutoff))) } ?? .empty,
        .text(masked(entry.school)), .text(row.value(.grade)), .text(row.value(.className)),
        .text("\(row.file):\(row.line)"),
        .text(row.note.isEmpty ? "不在任何人口名单上" : "不在任何人口名单上；" + row.note),
      ])
    }
    return sheet
  }

  /// 重复在籍: one row per enrolment of a child enrolled in two or more schools.
  public var duplicates: Worksheet {
    var sheet = Worksheet(name: "重复在籍")
    sheet.header(["组号", "身份证件号", "姓名", "学校", "年级", "班级", "来源"])
    for (index, duplicate) in result.duplicates.enumerated() {
      for (school, row) in duplicate.rows {
        sheet.row([
          .number(Decimal(index + 1)), .text(number(duplicate.key.text)),
          .text(name(row.value(.name))), .text(masked(school)), .text(row.value(.grade)),
          .text(row.value(.className)), .text("\(row.file):\(row.line)"),
        ])
      }
    }
    return sheet
  }

  /// 统计: totals, the main list per 乡镇 and per 责任学校, 问题户籍 per school.
  public var counts: Worksheet {
    var sheet = Worksheet(name: "统计")
    sheet.header(["类别", "名称", "人数"])
    for (label, value) in totals {
      sheet.row([.text("合计"), .text(label), .number(Decimal(value))])
    }
    for (category, names) in [
      ("乡镇", result.suspects.map { $0.merged(.township) }),
      ("责任学校", result.suspects.map { $0.merged(.responsibleSchool) }),
      // Named for what they count: `学校 | 渔沟小学 | 1` beside the 乡镇 rows of the main list
      // read as one 疑似 child at 渔沟小学.
      ("问题户籍（学校）", result.unregistered.map(\.school)),
    ] {
      for (name, count) in Self.tally(names) {
        sheet.row([
          .text(category), .text(name.isEmpty ? "（未填）" : masked(name)), .number(Decimal(count)),
        ])
      }
    }
    return sheet
  }

  /// The totals, in the order the counts sheet and the summary show them.
  public var totals: [(String, Int)] {
    [
      ("疑似失学辍学", result.suspects.count), ("问题户籍", result.unregistered.count),
      ("重复在籍", result.duplicates.count), ("无法比对", result.uncomparable),
      ("人口名单人数", result.populationChildren), ("在籍人数", result.enrolledChildren),
      ("适龄人数", result.inAge),
    ]
  }

  /// Names with their counts, most first, then by name.
  static func tally(_ names: [String]) -> [(String, Int)] {
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
  }

  private var cutoff: CivilDate { result.cutoff }

  /// Headers of population columns not shown as fixed columns, first-seen order.
  var otherHeaders: [String] {
    var seen: Set<String> = []
    var headers: [String] = []
    var files: Set<String> = []
    for row in result.suspects.flatMap({ [$0] + $0.alsoOn }) where files.insert(row.file).inserted {
      let fixed = Set(Self.fixedFields.compactMap { row.layout.columns[$0] })
      for (index, header) in row.layout.header.enumerated() where !fixed.contains(index) {
        let key = Self.key(header)
        if key.isEmpty || !seen.insert(key).inserted { continue }
        headers.append(key)
      }
    }
    return headers
  }

  static func key(_ header: String) -> String {
    header.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// What a population column copied as it is holds, by its header.
  enum ColumnKind {
    case person, phone, address, plain
  }

  static func kind(of header: String) -> ColumnKind {
    if header.contains("姓名") || ["监护人", "父亲", "母亲", "户主"].contains(header) { return .person }
    if ["电话", "手机", "联系方式"].contains(where: header.contains) { return .phone }
    if ["住址", "地址", "居住地"].contains(where: header.contains) { return .address }
    return .plain
  }

  /// A population column copied as it is: names, phones and addresses masked as the case
  /// ledger masks them (`ContactMask`), ID numbers in any cell.
  private func other(_ kind: ColumnKind, _ value: String) -> String {
    if kind == .person { return name(value) }
    guard !reveal else { return value }
    switch kind {
    case .phone: return ContactMask.phone(masked(value))
    case .address: return ContactMask.address(masked(value))
    case .person, .plain: return masked(value)
    }
  }

  private func name(_ text: String) -> String { reveal ? text : PersonName.mask(text) }

  /// The year only unless revealed: the masked number beside it hides the rest.
  private func birth(_ text: String) -> String { reveal ? text : BirthDateMask.year(text) }

  private func number(_ text: String) -> String {
    if reveal { return text }
    // The usual case, an 18-character number, without the general scanner: region code and
    // check character stay, as `IDNumber.mask` keeps them.
    let utf8 = text.utf8
    if utf8.count == 18, utf8.allSatisfy({ $0 < 0x80 }) {
      return String(text.prefix(6)) + String(repeating: "*", count: 11) + String(text.suffix(1))
    }
    return RosterPrivacy(reveal: false).number(text)
  }

  private func masked(_ text: String) -> String {
    if reveal { return text }
    // Every form `IDNumber.maskAll` hides has at least 15 digits; most cells have none.
    var digits = 0
    for scalar in text.unicodeScalars
    where (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value) {
      digits += 1
    }
    return digits < 15 ? text : IDNumber.maskAll(in: text)
  }
}
