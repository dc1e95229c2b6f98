import DuchaChecklist
import DuchaRoster
import Foundation

/// Reads the population lists: every usable number (to find the enrolled who are on a list)
/// and the in-age rows (the candidates for the main list), 8 and 24 bytes each. Rows whose
/// number cannot be compared but whose 出生日期 is in range are decoded at once (they are few)
/// so that no in-age child drops out.
struct PopulationScan {
  struct Candidate {
    var key: ResidentKey
    var file: Int
    var line: Int
    var reference: Int
  }

  var keys: [UInt64] = []
  var candidates: [Candidate] = []
  var uncomparable: [(file: Int, row: ListedRow)] = []
  var diagnostics: [Diagnostic] = []
  var rows = 0
  var sources: [CompareSource] = []

  mutating func run(_ paths: [String], options: CompareOptions) {
    for (fileIndex, path) in paths.enumerated() {
      let source = CompareSource(path: path, encoding: options.encoding)
      sources.append(source)
      var idColumn: Int??
      diagnostics += source.scan { layout, row in
        rows += 1
        if idColumn == nil { idColumn = .some(layout.columns[.idNumber]) }
        let reading = ResidentKeyReader.read(row, column: idColumn ?? nil)
        switch reading {
        case .valid(let key, let birth, let wrongCheck):
          keys.append(key.value)
          if let wrongCheck {
            diagnostics.append(
              CompareDiagnostics.wrongCheck(
                key.text, expected: wrongCheck, file: path, line: row.line))
          }
          if options.ages.contains(birth.age(at: options.cutoff)) {
            candidates.append(
              Candidate(key: key, file: fileIndex, line: row.line, reference: row.reference))
          }
        case .missing, .invalid:
          let birth = layout.columns[.birthDate].flatMap { CivilDate(parsing: row.text($0)) }
          let inAge = birth.map { options.ages.contains($0.age(at: options.cutoff)) } ?? false
          if case .invalid(let text, let problems) = reading {
            diagnostics.append(
              CompareDiagnostics.invalidID(
                text, problems: problems, file: path, line: row.line, listed: inAge))
          } else if birth == nil {
            diagnostics.append(CompareDiagnostics.noAge(file: path, line: row.line))
          }
          if inAge {
            let note =
              reading == .missing ? "没有身份证号，无法比对" : "身份证号有误，无法比对"
            uncomparable.append(
              (
                fileIndex,
                ListedRow(
                  file: path, line: row.line, cells: row.texts, layout: layout, key: nil,
                  birth: birth, note: note)
              ))
          }
        }
      }
    }
  }
}
