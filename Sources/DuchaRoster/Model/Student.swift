import DuchaChecklist

/// One row of the registry export: a student, with the file and line it came from.
public struct Student: Sendable, Equatable {
  /// The cells ducha reads, by field, cleaned of spreadsheet artefacts.
  public var values: RosterValues
  /// Where the row is (`file:line:1`).
  public var location: SourceLocation

  /// Creates a student.
  public init(values: RosterValues, location: SourceLocation) {
    self.values = values
    self.location = location
    self.idNumber = ResidentIDNumber.normalized(cell: values[.idNumber] ?? "")
    self.registryNumber = ResidentIDNumber.normalized(cell: values[.registryNumber] ?? "")
    let type = values[.idType] ?? ""
    // The export's own spelling is compared as bytes first: `==` and `contains` on Chinese text
    // normalise both sides, for every student of a county's export.
    self.hasResidentIDType =
      type.isEmpty || type.utf8.elementsEqual("居民身份证".utf8) || type == "居民身份证"
      || type.contains("居民身份证") || type == "1" || type == "身份证"
    self.birthDate = CivilDate(parsing: values[.birthDate] ?? "")
  }

  /// Whether the document is a resident ID card: 居民身份证, or no type given.
  public let hasResidentIDType: Bool
  /// The 出生日期 cell as a date, when it is one.
  public let birthDate: CivilDate?

  /// The value of `field`, empty when the column is missing.
  public subscript(field: RosterField) -> String { values[field] ?? "" }

  /// 姓名.
  public var name: String { self[.name] }
  /// 身份证件号 as `ResidentIDNumber.normalized(cell:)` reads it (once: every check uses it).
  public let idNumber: String
  /// 全国学籍号, normalized like the ID number.
  public let registryNumber: String
  /// 年级 and 班级 as inspectors name a class: `三年级2班`. Full-width digits a clerk typed
  /// (`１班`) are read as ASCII, so `1班` and `１班` are one class in 系统班级数.
  public var classLabel: String {
    let grade = FullWidth.narrowed(self[.grade])
    let name = FullWidth.narrowed(self[.className])
    return name.hasPrefix(grade) ? name : grade + name
  }

  /// `file:line`, how findings point back at the row.
  public var place: String { "\(location.file):\(location.line)" }

  /// `name.csv:line` without the folders, for reasons and evidence kept in a session.
  public var shortPlace: String {
    let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
    return "\(file):\(location.line)"
  }
}
