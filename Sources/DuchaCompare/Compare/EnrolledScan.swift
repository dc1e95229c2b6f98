import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

/// Reads the rosters: one pass, bytes only, each row with a usable number kept as its packed
/// key and its place (the join with the population comes after, in `KeyJoin`); a school's name
/// is decoded once, however many rows name it.
struct EnrolledScan {
  /// One enrolment: the school and where its row is.
  struct Place: Sendable, Equatable {
    /// The index of the roster file.
    var file: Int
    /// The school's index in `schools`.
    var school: Int
    /// The row's line.
    var line: Int
    /// The row's reference in its file (byte offset or row index).
    var reference: Int
  }

  /// An enrolled row that could not be compared (its number wrong, cut by Excel or empty, and
  /// no usable 全国学籍号): its child, if on a population list, is listed as 疑似 — with a note
  /// naming this row when the name and birth date agree, so no one goes to look for a child
  /// who is at school.
  struct Uncompared: Sendable, Equatable {
    /// The name as `PersonName.comparable` has it (`李　红` is `李红`).
    var name: String
    var birth: CivilDate?
    var file: String
    var line: Int
  }

  /// The rows that could not be compared, in file order.
  var uncompared: [Uncompared] = []

  /// The packed number of each enrolled row with a usable number, in file order.
  var keys: [UInt64] = []
  /// Where each of those rows is.
  var places: [Place] = []
  var schools: [String] = []
  var schoolIndex: [String: Int] = [:]
  var diagnostics: [Diagnostic] = []
  var rows = 0
  var sources: [CompareSource] = []

  /// Where the part read stopped (a CSV range).
  var stop: StreamPosition?

  /// Reads one part of a prepared source: a CSV range, or a whole workbook. `expectedRows`
  /// sizes the arrays (a roster row is rarely under 96 bytes), so they seldom grow.
  mutating func read(
    _ source: CompareSource, fileIndex: Int, part: ScanPart, expectedRows: Int, reveal: Bool
  ) {
    keys.reserveCapacity(expectedRows)
    places.reserveCapacity(expectedRows)
    let path = source.path
    let fallback = Self.schoolName(fromPath: path)
    // Looked up once per part, not per row (a dictionary lookup per row shows in profiles).
    var columns: (id: Int?, school: Int?, registry: Int?)?
    var fallbackSchool = -1
    // A local function, not a closure value: it may change `self` while the scan runs.
    func visit(_ row: RowView) {
      rows += 1
      if columns == nil {
        columns = (
          source.layout?.columns[.idNumber], source.layout?.columns[.school],
          source.layout?.columns[.registryNumber]
        )
      }
      let reading = ResidentKeyReader.read(row, column: columns?.id)
      guard case .valid(let key, _, let wrongCheck) = reading else {
        // Excel turned the ID column into 3.41323E+17 but left 全国学籍号 (text, G + the
        // number) whole: the child is compared by that number instead of becoming one more
        // 疑似失学辍学 child, and a case in the ledger, for being on a roster Excel damaged.
        let total = reading.holdsNoNumber ? TotalRow.label(in: row.texts) : nil
        if total == nil, let registry = columns?.registry,
          let found = Self.key(inRegistryNumber: row.text(registry))
        {
          var invalid: (text: String, problems: [ResidentIDNumber.Problem])?
          if case .invalid(let text, let problems) = reading { invalid = (text, problems) }
          diagnostics.append(
            CompareDiagnostics.comparedByRegistryNumber(
              invalid, registryKey: found, file: path, line: row.line,
              column: row.column(of: columns?.id ?? 0), reveal: reveal))
          enrol(found, row)
          return
        }
        if let total {
          // A 合计 row below the roster is no student: not counted among the enrolled.
          rows -= 1
          diagnostics.append(CompareDiagnostics.totalRow(total, file: path, line: row.line))
          return
        }
        if case .invalid(let text, let problems) = reading {
          diagnostics.append(
            CompareDiagnostics.invalidID(
              text, problems: problems, file: path, line: row.line,
              column: row.column(of: columns?.id ?? 0), listed: nil, reveal: reveal))
        } else if columns?.id != nil {
          // An empty number was passed over without a word: the child, on a population
          // list, was one more 疑似 with nothing to say they are at school.
          diagnostics.append(
            CompareDiagnostics.enrolledWithoutNumber(
              file: path, line: row.line, column: row.column(of: columns?.id ?? 0)))
        }
        let name = source.layout?.columns[.name].map { row.text($0) } ?? ""
        let birth = source.layout?.columns[.birthDate].flatMap { CivilDate(parsing: row.text($0)) }
        let comparable = PersonName.comparable(name)
        if !comparable.isEmpty {
          uncompared.append(Uncompared(name: comparable, birth: birth, file: path, line: row.line))
        }
        return
      }
      if let wrongCheck {
        diagnostics.append(
          CompareDiagnostics.wrongCheck(
            key.text, expected: wrongCheck, file: path, line: row.line,
            column: row.column(of: columns?.id ?? 0), reveal: reveal))
      }
      enrol(key, row)
    }
    func enrol(_ key: ResidentKey, _ row: RowView) {
      var school = -1
      if let column = columns?.school {
        school = row.withCell(column) { index(ofSchoolBytes: $0, row: row, column: column) }
      }
      if school < 0 {
        // No 学校 column, or an empty cell: the file's name stands for the school.
        if fallbackSchool < 0 { fallbackSchool = index(ofSchool: fallback) }
        school = fallbackSchool
      }
      keys.append(key.value)
      places.append(
        Place(file: fileIndex, school: school, line: row.line, reference: row.reference))
    }
    let (found, stop) = source.scan(part, visit)
    diagnostics += found
    self.stop = stop
  }

  /// Appends the next part of the same side, its lines moved down by `lineShift` and its
  /// schools numbered as this side numbers them.
  mutating func append(_ part: EnrolledScan, lineShift: Int) {
    let schoolMap = part.schools.map { index(ofSchool: $0) }
    keys.append(contentsOf: part.keys)
    // In place, without a mapped copy: these arrays are the largest of the run.
    for place in part.places {
      var moved = place
      moved.school = schoolMap[place.school]
      moved.line += lineShift
      places.append(moved)
    }
    diagnostics += part.diagnostics.map { $0.movedDown(lineShift) }
    for var row in part.uncompared {
      row.line += lineShift
      uncompared.append(row)
    }
    rows += part.rows
  }

  /// Schools by the bytes of their 学校 cell.
  var schoolCells = SchoolCells()

  /// The school of a 学校 cell; -1 for an empty cell.
  private mutating func index(
    ofSchoolBytes bytes: UnsafeBufferPointer<UInt8>, row: RowView, column: Int
  )
    -> Int
  {
    if let known = schoolCells.value(of: bytes) { return known }
    let name = row.text(column).trimmingCharacters(in: .whitespaces)
    let index = name.isEmpty ? -1 : index(ofSchool: name)
    schoolCells.insert(bytes, value: index)
    return index
  }

  private mutating func index(ofSchool name: String) -> Int {
    if let index = schoolIndex[name] { return index }
    schools.append(name)
    schoolIndex[name] = schools.count - 1
    return schools.count - 1
  }

  /// The ID number inside a 全国学籍号 cell: `G` + 18 characters that are a whole, valid number
  /// (its check character right). A J or L number is made up, not the child's ID number: nil.
  static func key(inRegistryNumber cell: String) -> ResidentKey? {
    let text = ResidentIDNumber.normalized(cell: cell)
    guard text.utf8.count == 19, text.first == "G" || text.first == "g" else { return nil }
    let digits = Array(text.utf8.dropFirst())
    let reading = digits.withUnsafeBufferPointer { bytes in
      ResidentKeyReader.read(bytes) { String(decoding: $0, as: UTF8.self) }
    }
    guard case .valid(let key, _, nil) = reading else { return nil }
    return key
  }

  /// A roster file without a 学校 column is one school's export: its name is the file's.
  static func schoolName(fromPath path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}

extension ResidentKeyReader {
  /// Reads the ID cell of `row` (missing when the file has no such column).
  static func read(_ row: RowView, column: Int?) -> IDReading {
    guard let column else { return .missing }
    return row.withCell(column) { bytes in read(bytes, decode: row.decoding.text) }
  }
}
