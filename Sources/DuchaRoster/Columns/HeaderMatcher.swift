import DuchaChecklist

/// Finds the header row of an export and which column holds which field.
///
/// Registry exports put a title row or two above the header (“XX学校学生基本信息”), sometimes
/// merged across the sheet, and sometimes split the header over two rows (a merged group cell
/// above its sub-headers). The header is the first of the top rows that names 姓名 and at least
/// one other field; the row below fills in columns left empty by a vertical merge.
public struct HeaderMatcher: Sendable {
  /// Extra header names from `--map 表头=字段`, normalized.
  public var mappings: [String: RosterField]

  /// Creates a matcher with the user's mappings.
  public init(mappings: [String: RosterField] = [:]) {
    self.mappings = Dictionary(
      mappings.map { (Self.normalize($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// The header found: the field in each column and the index of the first data row.
  public struct Header: Sendable, Equatable {
    /// Column index → field; the first column of a field wins.
    public var columns: [RosterField: Int]
    /// The number of header cells, for the column-count check.
    public var width: Int
    /// Index in the table's rows of the first data row.
    public var firstDataRow: Int
    /// The header row's line, for messages.
    public var line: Int
  }

  /// Reads `--map 表头=字段` (also `表头:字段`, full-width `＝`); nil with a message otherwise.
  public static func parseMapping(_ text: String) -> Result<(String, RosterField), Diagnostic> {
    let separators: Set<Character> = ["=", "＝", ":", "："]
    guard let split = text.lastIndex(where: { separators.contains($0) }) else {
      return .failure(mappingDiagnostic(text))
    }
    let header = String(text[..<split]).trimmingCharacters(in: " ")
    let fieldName = String(text[text.index(after: split)...]).trimmingCharacters(in: " ")
    guard !header.isEmpty, let field = RosterField(header: fieldName) else {
      return .failure(mappingDiagnostic(text))
    }
    return .success((header, field))
  }

  private static func mappingDiagnostic(_ text: String) -> Diagnostic {
    let names = RosterField.allCases.map(\.rawValue).joined(separator: "、")
    return Diagnostic(
      .error, "R108", at: SourceLocation(file: "--map", line: 1, column: 1),
      Localized("--map “\(text)” 看不懂。", en: "cannot read --map \"\(text)\"."),
      fix: Localized(
        "写成 表头=字段，如 --map 学生身份证=身份证件号；字段可以是：\(names)",
        en: "write HEADER=FIELD, e.g. --map 学生身份证=身份证件号; fields: \(names)"))
  }

  /// Header cells compare without spaces, required-field stars, line breaks and notes in
  /// brackets: `*出生日期（yyyy-mm-dd）` is `出生日期`.
  public static func normalize(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "（", "[", "【": depth += 1
      case ")", "）", "]", "】": depth = max(0, depth - 1)
      case " ", "\u{3000}", "\t", "\n", "\r", "\r\n", "*", "＊", "\u{FEFF}": continue
      default: if depth == 0 { result.append(character) }
      }
    }
    return result
  }

  /// Whether a normalized header that no list of names has still names the child's own ID
  /// number, as 卫健 and 民政 lists and hand-made lists word it (`儿童身份证号码`,
  /// `适龄儿童公民身份号码`); a parent's, guardian's or household head's number is not the child's.
  public static func namesChildIDNumber(_ key: String) -> Bool {
    let idWords = ["身份证号", "身份号码", "身份证件号"]
    let notTheChild = ["父", "母", "监护人", "家长", "户主", "联系人", "代理人", "类型", "类别", "有效期"]
    return idWords.contains { key.contains($0) } && !notTheChild.contains { key.contains($0) }
  }

  /// The field a header cell names, with the user's mappings first.
  public func field(for cell: String) -> RosterField? {
    let key = Self.normalize(cell)
    if let mapped = mappings[key] { return mapped }
    return RosterField.allCases.first { $0.variants.contains(key) }
  }

  /// Looks for the header in the first 20 rows; nil when none names 姓名 and another field.
  public func findHeader(in rows: [TableRow]) -> Header? {
    for index in rows.indices.prefix(20) {
      var columns = fields(of: rows[index])
      // 姓名 alone may still start the header: merged down two rows and saved from Excel as
      // CSV, it sits above the other fields' row, its cell there empty.
      guard columns[.name] != nil else { continue }
      var width = rows[index].cells.count
      var firstData = index + 1
      // A two-row header: the next row names fields in columns where this row names none
      // (empty, or a group's label such as 学籍信息 over its first sub-header).
      if firstData < rows.count {
        let below = rows[firstData]
        var added: [RosterField: Int] = [:]
        for (column, cell) in below.cells.enumerated()
        where column >= rows[index].cells.count || field(for: rows[index].cells[column]) == nil {
          if let field = field(for: cell), columns[field] == nil, added[field] == nil {
            added[field] = column
          }
        }
        // Sub-headers under a merged group (家庭成员 → 姓名、关系) name known fields too; a
        // data row does not hold a header name like 姓名 or 性别 as a value.
        if !added.isEmpty || below.cells.contains(where: { field(for: $0) != nil }) {
          columns.merge(added) { first, _ in first }
          width = max(width, below.cells.count)
          firstData += 1
        }
      }
      guard columns.count >= 2 else { continue }
      return Header(columns: columns, width: width, firstDataRow: firstData, line: rows[index].line)
    }
    return nil
  }

  private func fields(of row: TableRow) -> [RosterField: Int] {
    var columns: [RosterField: Int] = [:]
    for (column, cell) in row.cells.enumerated() {
      if let field = field(for: cell), columns[field] == nil { columns[field] = column }
    }
    return columns
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }
}
