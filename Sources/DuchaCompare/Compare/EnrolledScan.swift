import DuchaChecklist
import DuchaRoster
import Foundation

/// Reads the rosters into the enrolled set: one pass, bytes only, the school's name decoded
/// once per run of rows from the same school.
struct EnrolledScan {
  var set = EnrolledSet()
  var schools: [String] = []
  var schoolIndex: [String: Int] = [:]
  /// Later enrolments of a child already enrolled in another school: entry and place.
  var repeats: [(entry: Int, place: EnrolledSet.Place)] = []
  var diagnostics: [Diagnostic] = []
  var rows = 0
  var sources: [CompareSource] = []

  mutating func run(_ paths: [String], encoding: RosterEncoding) {
    // Sized from the files (a roster row is rarely under 96 bytes), so the table seldom grows.
    let bytes = paths.compactMap {
      (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? nil
    }.reduce(0, +)
    set = EnrolledSet(capacity: min(bytes / 96, 50_000_000))
    for (fileIndex, path) in paths.enumerated() {
      let source = CompareSource(path: path, encoding: encoding)
      sources.append(source)
      let fallback = Self.schoolName(fromPath: path)
      // Looked up once per file, not per row (a dictionary lookup per row shows in profiles).
      var columns: (id: Int?, school: Int?)?
      var fallbackSchool = -1
      diagnostics += source.scan { layout, row in
        rows += 1
        if columns == nil { columns = (layout.columns[.idNumber], layout.columns[.school]) }
        let reading = ResidentKeyReader.read(row, column: columns?.id)
        guard case .valid(let key, _, let wrongCheck) = reading else {
          if case .invalid(let text, let problems) = reading {
            diagnostics.append(
              CompareDiagnostics.invalidID(
                text, problems: problems, file: path, line: row.line, listed: false))
          }
          return
        }
        if let wrongCheck {
          diagnostics.append(
            CompareDiagnostics.wrongCheck(
              key.text, expected: wrongCheck, file: path, line: row.line))
        }
        var school = -1
        if let column = columns?.school {
          school = row.withCell(column) { index(ofSchoolBytes: $0, row: row, column: column) }
        }
        if school < 0 {
          // No 学校 column, or an empty cell: the file's name stands for the school.
          if fallbackSchool < 0 { fallbackSchool = index(ofSchool: fallback) }
          school = fallbackSchool
        }
        let place = EnrolledSet.Place(
          file: fileIndex, school: school, line: row.line, reference: row.reference)
        if let existing = set.insert(key, at: place), set.places[existing].school != school {
          repeats.append((existing, place))
        }
      }
    }
  }

  /// Schools by a hash of their cell's bytes, so a row's school is found without decoding its
  /// name (rosters merged county-wide are not sorted by school). Each hash keeps the bytes it
  /// stands for, so two names with one hash are still told apart.
  var schoolsByHash: [UInt64: [(bytes: [UInt8], index: Int)]] = [:]

  /// The school of a 学校 cell; -1 for an empty cell.
  private mutating func index(
    ofSchoolBytes bytes: UnsafeBufferPointer<UInt8>, row: RowView, column: Int
  )
    -> Int
  {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    if let known = schoolsByHash[hash]?.first(where: { $0.bytes.elementsEqual(bytes) }) {
      return known.index
    }
    let name = row.text(column).trimmingCharacters(in: .whitespaces)
    let index = name.isEmpty ? -1 : index(ofSchool: name)
    schoolsByHash[hash, default: []].append((Array(bytes), index))
    return index
  }

  private mutating func index(ofSchool name: String) -> Int {
    if let index = schoolIndex[name] { return index }
    schools.append(name)
    schoolIndex[name] = schools.count - 1
    return schools.count - 1
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
