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
    for (fileIndex, path) in paths.enumerated() {
      let source = CompareSource(path: path, encoding: encoding)
      sources.append(source)
      let fallback = Self.schoolName(fromPath: path)
      var lastSchoolBytes: [UInt8] = []
      var lastSchool = -1
      diagnostics += source.scan { layout, row in
        rows += 1
        let reading = ResidentKeyReader.read(row, column: layout.columns[.idNumber])
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
        var school = lastSchool
        if let column = layout.columns[.school] {
          let same = row.withCell(column) { $0.elementsEqual(lastSchoolBytes) }
          if !same || lastSchool < 0 {
            lastSchoolBytes = row.withCell(column) { Array($0) }
            let name = row.text(column).trimmingCharacters(in: .whitespaces)
            school = index(ofSchool: name.isEmpty ? fallback : name)
          }
        } else if lastSchool < 0 {
          school = index(ofSchool: fallback)
        }
        lastSchool = school
        let place = EnrolledSet.Place(
          file: fileIndex, school: school, line: row.line, reference: row.reference)
        if let existing = set.insert(key, at: place), set.places[existing].school != school {
          repeats.append((existing, place))
        }
      }
    }
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
