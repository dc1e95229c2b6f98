import DuchaChecklist
import DuchaRoster
import Foundation

/// 数据比对: the population lists against the rosters. The two sides are read at the same
/// time on two cores; then the enrolled set is probed with the population's numbers, and only
/// the rows that are output are read again and decoded.
public enum Comparison {
  /// Holds the two scans while two threads fill them, each its own.
  private final class Work: @unchecked Sendable {
    var enrolled = EnrolledScan()
    var population = PopulationScan()
  }

  /// Compares; never throws: unreadable files and rows are diagnostics in the result.
  public static func run(_ options: CompareOptions) -> CompareResult {
    let work = Work()
    DispatchQueue.concurrentPerform(iterations: 2) { side in
      if side == 0 {
        work.enrolled.run(options.enrolled, encoding: options.encoding)
      } else {
        work.population.run(options.population, options: options)
      }
    }
    let enrolled = work.enrolled
    let population = work.population

    // Who of the enrolled is on a population list (any age).
    var onList = [Bool](repeating: false, count: enrolled.set.count)
    for key in population.keys {
      if let entry = enrolled.set.entry(of: ResidentKey(value: key)) { onList[entry] = true }
    }

    // The main list: in-age, on no roster, once per child, in population file order.
    var listed: Set<ResidentKey> = []
    var chosen: [PopulationScan.Candidate] = []
    for candidate in population.candidates where enrolled.set.entry(of: candidate.key) == nil {
      if listed.insert(candidate.key).inserted { chosen.append(candidate) }
    }
    // Every enrolment row to output.
    var outputPlaces = onList.indices.filter { !onList[$0] }.map { enrolled.set.places[$0] }
    outputPlaces += enrolled.repeats.flatMap { [enrolled.set.places[$0.entry], $0.place] }
    // Read again and decoded, the two sides on two cores.
    // Each thread writes its own property and reads its own side's sources (files opened
    // anew per read), so the box is shared without a lock.
    final class Decoded: @unchecked Sendable {
      var population: [Int: [Int: [String]]] = [:]
      var enrolled: [Int: [Int: [String]]] = [:]
      var populationSources: [CompareSource] = []
      var enrolledSources: [CompareSource] = []
    }
    let decoded = Decoded()
    decoded.populationSources = population.sources
    decoded.enrolledSources = enrolled.sources
    let populationRows = chosen.map { ($0.file, $0.reference) }
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
    var rows: [(file: Int, row: ListedRow)] = []
    for candidate in chosen {
      let source = population.sources[candidate.file]
      guard let layout = source.layout,
        let cells = populationCells[candidate.file]?[candidate.reference]
      else { continue }
      let birth = ResidentKeyReader.read(candidate.key.text)
      rows.append(
        (
          candidate.file,
          ListedRow(
            file: source.path, line: candidate.line, cells: cells, layout: layout,
            key: candidate.key, birth: birth, note: "")
        ))
    }
    rows += population.uncomparable
    rows.sort { ($0.file, $0.row.line) < ($1.file, $1.row.line) }

    func enrolledRow(_ place: EnrolledSet.Place, key: ResidentKey) -> ListedRow? {
      let source = enrolled.sources[place.file]
      guard let layout = source.layout, let cells = enrolledCells[place.file]?[place.reference]
      else { return nil }
      return ListedRow(
        file: source.path, line: place.line, cells: cells, layout: layout, key: key,
        birth: ResidentKeyReader.read(key.text), note: "")
    }

    var unregistered: [(school: String, row: ListedRow)] = []
    for (entry, isListed) in onList.enumerated() where !isListed {
      let place = enrolled.set.places[entry]
      let key = ResidentKey(value: enrolled.set.keys[entry])
      if let row = enrolledRow(place, key: key) {
        unregistered.append((enrolled.schools[place.school], row))
      }
    }

    var groups: [Int: [EnrolledSet.Place]] = [:]
    var order: [Int] = []
    for (entry, place) in enrolled.repeats {
      if groups[entry] == nil {
        order.append(entry)
        groups[entry] = [enrolled.set.places[entry]]
      }
      if !(groups[entry] ?? []).contains(where: { $0.school == place.school }) {
        groups[entry, default: []].append(place)
      }
    }
    let duplicates = order.map { entry in
      let key = ResidentKey(value: enrolled.set.keys[entry])
      return DuplicateEnrolment(
        key: key,
        rows: (groups[entry] ?? []).compactMap { place in
          enrolledRow(place, key: key).map { (enrolled.schools[place.school], $0) }
        })
    }

    // Distinct in-age children (one may be on two lists), counted on sorted packed keys.
    var inAgeKeys = population.candidates.map(\.key.value)
    inAgeKeys.sort()
    var inAge = population.uncomparable.count
    for (index, key) in inAgeKeys.enumerated() where index == 0 || inAgeKeys[index - 1] != key {
      inAge += 1
    }
    return CompareResult(
      suspects: rows.map(\.row), unregistered: unregistered, duplicates: duplicates,
      diagnostics: enrolled.diagnostics + population.diagnostics,
      populationRows: population.rows, enrolledRows: enrolled.rows, inAge: inAge,
      cutoff: options.cutoff)
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
