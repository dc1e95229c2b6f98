import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

/// 数据比对: the population lists against the rosters. The two sides are read at the same
/// time on two cores; then the numbers are joined (`KeyJoin`), and only the rows that are
/// output are read again and decoded.
public enum Comparison {
  /// The sources and the parts read by the scan's tasks; each part is stored once, under the
  /// lock, by the task that read it, and sources are only read once prepared.
  private final class Work: @unchecked Sendable {
    let lock = NSLock()
    var sources: [[CompareSource]] = []
    var prepared: [[[Diagnostic]]] = []
    var enrolled: [Int: EnrolledScan] = [:]
    var population: [Int: PopulationScan] = [:]
  }

  /// Reads both sides on every core: each file's start (header, encoding; a workbook whole),
  /// then its data rows in ranges (`ScanPlan`), then the parts joined back in file order.
  static func scan(_ options: CompareOptions) -> (EnrolledScan, PopulationScan) {
    let work = Work()
    work.sources = [options.enrolled, options.population].map { paths in
      paths.map { CompareSource(path: $0, encoding: options.encoding) }
    }
    work.prepared = work.sources.map { $0.map { _ in [] } }
    let files = work.sources.enumerated().flatMap { side, sources in
      sources.indices.map { (side, $0) }
    }
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let (side, file) = files[index]
      let found = work.sources[side][file].prepare()
      work.lock.withLock { work.prepared[side][file] = found }
    }
    let plan = ScanPlan(work.sources, partBytes: options.partBytes)
    DispatchQueue.concurrentPerform(iterations: plan.tasks.count) { index in
      let task = plan.tasks[index]
      let source = work.sources[task.side][task.file]
      var bytes = options.partBytes
      if case .range(let from, let end) = task.part { bytes = min(end, source.size) - from.offset }
      if task.side == 0 {
        var part = EnrolledScan()
        part.read(
          source, fileIndex: task.file, part: task.part, expectedRows: bytes / 96,
          reveal: options.reveal)
        work.lock.withLock { work.enrolled[index] = part }
      } else {
        var part = PopulationScan()
        part.read(source, fileIndex: task.file, part: task.part, options: options)
        work.lock.withLock { work.population[index] = part }
      }
    }

    var enrolled = EnrolledScan()
    var population = PopulationScan()
    enrolled.sources = work.sources[0]
    population.sources = work.sources[1]
    enrolled.diagnostics = work.prepared[0].flatMap { $0 }
    population.diagnostics = work.prepared[1].flatMap { $0 }
    // Sized once; each part is let go as soon as it is appended, so the run holds about one
    // copy of the rows' keys and places, not two.
    let enrolledRows = work.enrolled.values.reduce(0) { $0 + $1.keys.count }
    enrolled.keys.reserveCapacity(enrolledRows)
    enrolled.places.reserveCapacity(enrolledRows)
    population.keys.reserveCapacity(work.population.values.reduce(0) { $0 + $1.keys.count })
    population.inAge.reserveCapacity(population.keys.capacity)
    population.keyLines.reserveCapacity(population.keys.capacity)
    population.candidates.reserveCapacity(
      work.population.values.reduce(0) { $0 + $1.candidates.count })
    // Where the previous range of the same file ended (lines counted from the file's start).
    var previous: (file: Int, side: Int, stop: StreamPosition)?
    for (index, task) in plan.tasks.enumerated() {
      let source = work.sources[task.side][task.file]
      var shift = 0
      var again: ScanPart?
      if case .range(let from, let end) = task.part, let last = previous, last.side == task.side,
        last.file == task.file
      {
        if last.stop.offset == from.offset {
          shift = last.stop.line - 1
        } else {
          // The cut fell inside a record that spans lines: read this range again from where
          // the range before it really ended.
          again = .range(from: last.stop, to: end)
        }
      }
      var stop: StreamPosition?
      if task.side == 0 {
        var part = work.enrolled.removeValue(forKey: index) ?? EnrolledScan()
        if let again {
          part = EnrolledScan()
          part.read(
            source, fileIndex: task.file, part: again, expectedRows: 0, reveal: options.reveal)
        }
        enrolled.append(part, lineShift: shift)
        stop = part.stop
      } else {
        var part = work.population.removeValue(forKey: index) ?? PopulationScan()
        if let again {
          part = PopulationScan()
          part.read(source, fileIndex: task.file, part: again, options: options)
        }
        population.append(part, lineShift: shift)
        stop = part.stop
      }
      previous = stop.map {
        (task.file, task.side, StreamPosition(offset: $0.offset, line: $0.line + shift))
      }
    }
    return (enrolled, population)
  }

  /// Compares; never throws: unreadable files and rows are diagnostics in the result.
  public static func run(_ options: CompareOptions) -> CompareResult {
    run(options, beforeRereading: {})
  }

  /// Compares, calling `beforeRereading` between the scan and the second reading of the rows
  /// to output: the seam through which a test changes a file while it is being compared.
  static func run(_ options: CompareOptions, beforeRereading: () -> Void) -> CompareResult {
    let (enrolled, population) = scan(options)

    let join = KeyJoin(
      enrolled: enrolled.keys, population: population.keys, inAge: population.inAge)
    // Children enrolled on no population list (any age): their first enrolment, file order.
    var unlisted: [Int] = []
    // Later enrolments of a child already enrolled in another school: the first, the later.
    var repeats: [(entry: Int, place: EnrolledScan.Place)] = []
    // Different enrolled children (a child enrolled twice is one), and the rows repeating an
    // earlier row of the same school: listed nowhere else, so warned (B118).
    var enrolledChildren = 0
    var sameSchool: [Diagnostic] = []
    for row in 0..<enrolled.keys.count {
      let first = Int(join.firstRow[row])
      if first == row {
        enrolledChildren += 1
        if !join.enrolledOnList[row] { unlisted.append(row) }
      } else if enrolled.places[first].school != enrolled.places[row].school {
        repeats.append((first, enrolled.places[row]))
      } else {
        sameSchool.append(
          RepeatedRows.enrolledDiagnostic(
            row: row, first: first, in: enrolled, reveal: options.reveal))
      }
    }

    // The main list: in-age, on no roster, once per child, in population file order. The
    // child's rows on later lists are kept beside the first: a 民政 or 残联 list given after the
    // 公安 list says 建档立卡 or 残疾 of a child the 公安 row does not.
    var listed: [ResidentKey: Int] = [:]
    var chosen: [PopulationScan.Candidate] = []
    var later: [Int: [PopulationScan.Candidate]] = [:]
    for candidate in population.candidates where !join.populationEnrolled[candidate.keyIndex] {
      if let first = listed[candidate.key] {
        later[first, default: []].append(candidate)
      } else {
        listed[candidate.key] = chosen.count
        chosen.append(candidate)
      }
    }
    // Every enrolment row to output.
    var outputPlaces = unlisted.map { enrolled.places[$0] }
    outputPlaces += repeats.flatMap { [enrolled.places[$0.entry], $0.place] }
    // Read again and decoded, the two sides on two cores.
    // Each thread writes its own property and reads its own side's sources (files opened
    // anew per read), so the box is shared without a lock.
    final class Decoded: @unchecked Sendable {
      var population: [Int: [Int: [String]]] = [:]
      var enrolled: [Int: [Int: [String]]] = [:]
      var populationSources: [CompareSource] = []
      var enrolledSources: [CompareSource] = []
    }
    beforeRereading()
    let decoded = Decoded()
    decoded.populationSources = population.sources
    decoded.enrolledSources = enrolled.sources
    let populationRows = (chosen + later.values.joined()).map { ($0.file, $0.reference) }
    let enrolledRows = outputPlaces.map { ($0.file, $0.reference) }
    DispatchQueue.concurrentPerform(iterations: 2) { side in
      if side == 0 {
        decoded.population = cells(of: populationRows, in: decoded.populationSources)
      } else {
        decoded.enrolled = cells(of: enrolledRows, in: decoded.enrolledSources)
      }
    }
    let populationCells = decoded.population
    let enrolledCells = decoded.enrolled
    // A file changed between the readings may give other rows at the places read again, not
    // none: the rows listed would be other children's. Said per file, and refused.
    let changed = (population.sources + enrolled.sources).filter(\.changedSincePrepared).map {
      CompareDiagnostics.changedWhileCompared(file: $0.path)
    }
    // Rows read on the first pass that could not be read again (the file was changed, moved
    // or deleted meanwhile): each said once, at its line; the result is then refused.
    var notReread: [Diagnostic] = []
    func lost(_ file: String, line: Int) {
      let diagnostic = CompareDiagnostics.notReread(file: file, line: line)
      if !notReread.contains(where: { $0.location == diagnostic.location }) {
        notReread.append(diagnostic)
      }
    }
    func populationRow(_ candidate: PopulationScan.Candidate) -> ListedRow? {
      let source = population.sources[candidate.file]
      guard let layout = source.layout,
        let cells = populationCells[candidate.file]?[candidate.reference]
      else {
        lost(source.path, line: candidate.line)
        return nil
      }
      let stated = population.statedBirths[candidate.keyIndex]
      let birth = stated ?? ResidentKeyReader.read(candidate.key.text)
      return ListedRow(
        file: source.path, line: candidate.line, cells: cells, layout: layout,
        key: candidate.key, birth: birth,
        note: stated == nil ? "" : CompareDiagnostics.birthMismatchNote)
    }
    var rows: [(file: Int, row: ListedRow)] = []
    for (index, candidate) in chosen.enumerated() {
      guard var row = populationRow(candidate) else { continue }
      row.alsoOn = (later[index] ?? []).compactMap(populationRow)
      rows.append((candidate.file, row))
    }
    rows += population.uncomparable
    rows.sort { ($0.file, $0.row.line) < ($1.file, $1.row.line) }
    noteUncomparedEnrolments(enrolled.uncompared, in: &rows)
    noteNamesakesOnRosters(of: &rows, in: enrolled.sources)

    func enrolledRow(_ place: EnrolledScan.Place, key: ResidentKey) -> ListedRow? {
      let source = enrolled.sources[place.file]
      guard let layout = source.layout, let cells = enrolledCells[place.file]?[place.reference]
      else {
        lost(source.path, line: place.line)
        return nil
      }
      return ListedRow(
        file: source.path, line: place.line, cells: cells, layout: layout, key: key,
        birth: ResidentKeyReader.read(key.text), note: "")
    }

    var unregistered: [(school: String, row: ListedRow)] = []
    for entry in unlisted {
      let place = enrolled.places[entry]
      let key = ResidentKey(value: enrolled.keys[entry])
      if let row = enrolledRow(place, key: key) {
        unregistered.append((enrolled.schools[place.school], row))
      }
    }

    MiscopiedNumbers.note(suspects: &rows, unregistered: &unregistered)

    var groups: [Int: [EnrolledScan.Place]] = [:]
    var order: [Int] = []
    for (entry, place) in repeats {
      if groups[entry] == nil {
        order.append(entry)
        groups[entry] = [enrolled.places[entry]]
      }
      if !(groups[entry] ?? []).contains(where: { $0.school == place.school }) {
        groups[entry, default: []].append(place)
      }
    }
    let duplicates = order.map { entry in
      let key = ResidentKey(value: enrolled.keys[entry])
      return DuplicateEnrolment(
        key: key,
        rows: (groups[entry] ?? []).compactMap { place in
          enrolledRow(place, key: key).map { (enrolled.schools[place.school], $0) }
        })
    }

    // Distinct in-age children (one may be on two lists), and the uncomparable in-age rows;
    // not the rows of unknown age (no number, no 出生日期), listed but not known to be of age.
    let repeated = RepeatedRows.diagnostics(
      join.repeatedPopulation, in: population, reveal: options.reveal)
    let inAge = join.distinctInAge + population.uncomparable.filter { $0.row.birth != nil }.count
    return CompareResult(
      suspects: rows.map(\.row), unregistered: unregistered, duplicates: duplicates,
      diagnostics: enrolled.diagnostics + sameSchool + population.diagnostics + repeated
        + changed + notReread,
      populationRows: population.rows,
      populationChildren: join.distinctPopulation + population.rows - population.keys.count,
      enrolledRows: enrolled.rows,
      enrolledChildren: enrolledChildren + enrolled.rows - enrolled.keys.count, inAge: inAge,
      cutoff: options.cutoff)
  }

  /// Notes on each 疑似 child whom a roster row that could not be compared may be: the same
  /// name, and the same birth date when both rows give one. A child whose own number could not
  /// be compared is left to `noteNamesakesOnRosters`, which reads every roster row again (these
  /// rows too): noted here as well, the child's 备注 said the same thing twice.
  private static func noteUncomparedEnrolments(
    _ uncompared: [EnrolledScan.Uncompared], in rows: inout [(file: Int, row: ListedRow)]
  ) {
    guard !uncompared.isEmpty else { return }
    let byName = Dictionary(grouping: uncompared, by: \.name)
    for index in rows.indices where rows[index].row.key != nil {
      let row = rows[index].row
      guard let named = byName[PersonName.comparable(row.value(.name))] else { continue }
      let sameBirth = named.filter { $0.birth != nil && $0.birth == row.birth }
      let matches =
        sameBirth.isEmpty ? named.filter { $0.birth == nil || row.birth == nil } : sameBirth
      guard !matches.isEmpty else { continue }
      let note = CompareDiagnostics.maybeEnrolledNote(
        matches.map { "\($0.file):\($0.line)" }, sameBirth: !sameBirth.isEmpty)
      rows[index].row.note = row.note.isEmpty ? note : row.note + "；" + note
    }
  }

  /// Notes on each 疑似 child whose own number could not be compared (a population list Excel
  /// re-saved: `9.90101E+17`) and whom a roster row with the same name and birth date may be:
  /// such a child was listed as out of school with nothing to say a roster has them. The
  /// rosters are read again only when there are such rows (they are few), for names and
  /// birth dates.
  private static func noteNamesakesOnRosters(
    of rows: inout [(file: Int, row: ListedRow)], in sources: [CompareSource]
  ) {
    var wanted: [String: [Int]] = [:]
    for (index, entry) in rows.enumerated() where entry.row.key == nil {
      let name = PersonName.comparable(entry.row.value(.name))
      if !name.isEmpty { wanted[name, default: []].append(index) }
    }
    guard !wanted.isEmpty else { return }
    var found: [Int: (places: [String], sameBirth: Bool)] = [:]
    for source in sources {
      _ = source.scan { row in
        guard let layout = source.layout, let nameColumn = layout.columns[.name] else { return }
        guard let indices = wanted[PersonName.comparable(row.text(nameColumn))] else { return }
        var birth = layout.columns[.birthDate].flatMap { CivilDate(parsing: row.text($0)) }
        if case .valid(_, let fromNumber, _) = ResidentKeyReader.read(
          row, column: layout.columns[.idNumber])
        {
          birth = fromNumber
        }
        for index in indices {
          let listed = rows[index].row.birth
          let same = birth != nil && birth == listed
          guard same || birth == nil || listed == nil else { continue }
          var entry = found[index] ?? ([], true)
          entry.places.append("\(source.path):\(row.line)")
          entry.sameBirth = entry.sameBirth && same
          found[index] = entry
        }
      }
    }
    for (index, entry) in found {
      let note = CompareDiagnostics.maybeEnrolledNote(entry.places, sameBirth: entry.sameBirth)
      let row = rows[index].row
      rows[index].row.note = row.note.isEmpty ? note : row.note + "；" + note
    }
  }

  /// The decoded cells of rows given as (file index, reference), by file and reference.
  private static func cells(of rows: [(Int, Int)], in sources: [CompareSource]) -> [Int: [Int:
    [String]]]
  {
    var byFile: [Int: [Int]] = [:]
    for (file, reference) in rows { byFile[file, default: []].append(reference) }
    var result: [Int: [Int: [String]]] = [:]
    for (file, references) in byFile { result[file] = sources[file].cells(at: references) }
    return result
  }
}

extension ResidentKeyReader {
  /// The birth date in an 18-character number already known to be valid.
  static func read(_ text: String) -> CivilDate? {
    var bytes = Array(text.utf8)
    let reading = bytes.withUnsafeMutableBufferPointer {
      read(UnsafeBufferPointer($0), decode: { _ in "" })
    }
    if case .valid(_, let birth, _) = reading { return birth }
    return nil
  }
}
