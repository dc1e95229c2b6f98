/// A student's cells by field, one slot a field: reading a cell neither hashes nor searches,
/// and every check reads a student's cells again (a county's export has a million students).
public struct RosterValues: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  private var cells: [String?] = Array(repeating: nil, count: RosterField.allCases.count)

  /// No cells.
  public init() {}

  /// The cells given, e.g. `[.name: "张三", .sex: "男"]`.
  public init(dictionaryLiteral elements: (RosterField, String)...) {
    for (field, value) in elements { self[field] = value }
  }

  /// The cell of `field`; nil when the file has no such column.
  public subscript(field: RosterField) -> String? {
    get { cells[field.caseIndex] }
    set { cells[field.caseIndex] = newValue }
  }
}
