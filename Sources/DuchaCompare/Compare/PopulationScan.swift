import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

/// Reads the population lists: every usable number (to find the enrolled who are on a list)
/// and the in-age rows (the candidates for the main list), 9 and 40 bytes each. Rows whose
/// number cannot be compared but whose 出生日期 is in range, or who have no 出生日期 at all, are
/// decoded at once (they are few) so that no child who may be of age drops out.
struct PopulationScan {
  struct Candidate {
    var key: ResidentKey
    /// The index of its number in `keys`.
    var keyIndex: Int
    var file: Int
    var line: Int
    var reference: Int
  }

  /// Every usable number, in file order, and whether its row's child is within the ages.
  var keys: [UInt64] = []
  /// The line of each number in `keys` (4 bytes a row): a number written twice in one file is
  /// reported at both lines.
  var keyLines: [Int32] = []
  /// Where each file's numbers start in `keys`: (file index, first index), in file order.
  var keyFiles: [(file: Int, start: Int)] = []
  var inAge: [Bool] = []
  var candidates: [Candidate] = []
  /// The 出生日期 cell's date of a row whose number puts the child outside the ages while that
  /// cell puts them inside, by the index of the number in `keys`: a typo in the number's year
  /// (or an old 15-digit number, read as 19YY) would otherwise drop the child silently.
  var statedBirths: [Int: CivilDate] = [:]
  var uncomparable: [(file: Int, row: ListedRow)] = []
  var diagnostics: [Diagnostic] = []
  var rows = 0
  var sources: [CompareSource] = []
  /// Where the part read stopped (a CSV range).
  var stop: StreamPosition?

  /// Reads one part of a prepared source: a CSV range, or a whole workbook.
  mutating func read(
    _ source: CompareSource, fileIndex: Int, part: ScanPart, options: CompareOptions
  ) {
    let path = source.path
    var idColumn: Int??
    // A local function, not a closure value: it may change `self` while the scan runs.
    func visit(_ row: RowView) {
      rows += 1
      if idColumn == nil { idColumn = .some(source.layout?.columns[.idNumber]) }
      let reading = ResidentKeyReader.read(row, column: idColumn ?? nil)
      switch reading {
      case .valid(let key, let birth, let wrongCheck):
        if keyFiles.last?.file != fileIndex { keyFiles.append((fileIndex, keys.count)) }
        keys.append(key.value)
        keyLines.append(Int32(clamping: row.line))
        var within = options.ages.contains(birth.age(at: options.cutoff))
        // Only rows outside the ages read their 出生日期 cell: few on a list of children.
        if !within,
          let stated = source.layout?.columns[.birthDate].flatMap({
            CivilDate(parsing: row.text($0))
          }), options.ages.contains(stated.age(at: options.cutoff))
        {
          within = true
          statedBirths[keys.count - 1] = stated
          diagnostics.append(
            CompareDiagnostics.birthMismatch(
              key.text, number: birth, stated: stated, options: options, file: path,
              line: row.line, column: row.column(of: (idColumn ?? nil) ?? 0)))
        }
        inAge.append(within)
        if let wrongCheck {
          diagnostics.append(
            CompareDiagnostics.wrongCheck(
              key.text, expected: wrongCheck, file: path, line: row.line,
              column: row.column(of: (idColumn ?? nil) ?? 0), reveal: options.reveal))
        }
        if within {
          candidates.append(
            Candidate(
              key: key, keyIndex: keys.count - 1, file: fileIndex, line: row.line,
              reference: row.reference))
        }
      case .missing, .invalid:
        guard let layout = source.layout else { return }
        // A 合计 row below the list is no child: not counted among the people.
        if reading.holdsNoNumber, let label = TotalRow.label(in: row.texts) {
          rows -= 1
          diagnostics.append(CompareDiagnostics.totalRow(label, file: path, line: row.line))
          return
        }
        let birthColumn = layout.columns[.birthDate]
        let birthCell =
          birthColumn.map { row.text($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let birth = CivilDate(parsing: birthCell)
        let inAge = birth.map { options.ages.contains($0.age(at: options.cutoff)) } ?? false
        // Neither the number nor a 出生日期 tells the age: the child may well be of school age,
        // so the row is listed (and counted as 无法比对) for the clerk to look up, never dropped.
        // A 出生日期 written but not a real day (2014-02-30) is said as such, where it is: "no
        // birth date" sent the clerk to a cell that has one.
        let unreadable = birth == nil && !birthCell.isEmpty
        let listing: CompareDiagnostics.Listing? =
          inAge
          ? .byBirthDate
          : birth != nil ? nil : unreadable ? .birthDateUnreadable : .ageUnknown
        if case .invalid(let text, let problems) = reading {
          diagnostics.append(
            CompareDiagnostics.invalidID(
              text, problems: problems, file: path, line: row.line,
              column: row.column(of: (idColumn ?? nil) ?? 0), listed: listing,
              reveal: options.reveal))
        } else if birth != nil {
          // An empty number with a real 出生日期: the age is known, the child is not compared.
          diagnostics.append(
            CompareDiagnostics.missingID(
              file: path, line: row.line, column: row.column(of: (idColumn ?? nil) ?? 0),
              listed: inAge, ages: options.ages))
        } else {
          diagnostics.append(
            CompareDiagnostics.noAge(
              file: path, line: row.line,
              unreadable: unreadable
                ? (
                  options.reveal ? birthCell : BirthDateMask.year(birthCell),
                  row.column(of: birthColumn ?? 0)
                ) : nil))
        }
        if let listing {
          let number = reading == .missing ? "没有身份证号" : "身份证号有误"
          let note =
            switch listing {
            case .ageUnknown: number + "，也没有出生日期，无法比对，年龄不明"
            case .birthDateUnreadable: number + "，出生日期有误，无法比对，年龄不明"
            case .byBirthDate: number + "，无法比对"
            }
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
    let (found, stop) = source.scan(part, visit)
    diagnostics += found
    self.stop = stop
  }

  /// Appends the next part of the same side, its lines moved down by `lineShift` (a range
  /// read before the lines above it were counted starts at line 1).
  mutating func append(_ part: PopulationScan, lineShift: Int) {
    let keyOffset = keys.count
    keys.append(contentsOf: part.keys)
    for line in part.keyLines { keyLines.append(line &+ Int32(clamping: lineShift)) }
    for run in part.keyFiles where keyFiles.last?.file != run.file {
      keyFiles.append((run.file, run.start + keyOffset))
    }
    inAge.append(contentsOf: part.inAge)
    for (index, stated) in part.statedBirths { statedBirths[index + keyOffset] = stated }
    // In place, without a mapped copy: these arrays are the largest of the run.
    for candidate in part.candidates {
      var moved = candidate
      moved.keyIndex += keyOffset
      moved.line += lineShift
      candidates.append(moved)
    }
    uncomparable += part.uncomparable.map { entry in
      var moved = entry
      moved.row.line += lineShift
      return moved
    }
    diagnostics += part.diagnostics.map { $0.movedDown(lineShift) }
    rows += part.rows
  }
}
