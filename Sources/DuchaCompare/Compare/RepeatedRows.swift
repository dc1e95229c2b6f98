import DuchaChecklist
import DuchaRoster

/// Rows of one population list that repeat a number written above them in the same list: the
/// same child twice, as a list merged by hand from the 户籍 and 公安 lists has them. The child
/// counts once; each later row is reported at its line (B117) beside the first, so the clerk
/// can delete it. The same number on two lists (公安 and 民政) is what several lists are for
/// and is not reported.
enum RepeatedRows {
  /// B117 for each repeated row within one file, in file and line order.
  static func diagnostics(
    _ repeated: [(row: Int, first: Int)], in population: PopulationScan, reveal: Bool
  ) -> [Diagnostic] {
    guard !repeated.isEmpty else { return [] }
    var rowsByFirst: [Int: [Int]] = [:]
    for (row, first) in repeated { rowsByFirst[first, default: [first]].append(row) }
    var found: [Diagnostic] = []
    for (first, rows) in rowsByFirst {
      // The first row of the number in each file, and the rows after it in that file.
      var firstInFile: [Int: Int] = [:]
      for row in rows.sorted() {
        let file = fileIndex(ofKey: row, in: population.keyFiles)
        guard let kept = firstInFile[file] else {
          firstInFile[file] = row
          continue
        }
        guard file < population.sources.count, row < population.keyLines.count,
          kept < population.keyLines.count
        else { continue }
        let text = ResidentKey(value: population.keys[first]).text
        found.append(
          CompareDiagnostics.repeatedRow(
            reveal ? text : IDMask.number(text), file: population.sources[file].path,
            line: Int(population.keyLines[row]), firstLine: Int(population.keyLines[kept])))
      }
    }
    return found.sortedByLocation
  }

  /// B118 for enrolled row `row`, which repeats the number of the earlier row `first` of the
  /// same school (in the same export, or in a second export of that school): one child,
  /// counted once in 在籍人数. Rows of two schools are the 重复在籍 list instead.
  static func enrolledDiagnostic(
    row: Int, first: Int, in enrolled: EnrolledScan, reveal: Bool
  ) -> Diagnostic {
    let text = ResidentKey(value: enrolled.keys[row]).text
    let (place, kept) = (enrolled.places[row], enrolled.places[first])
    let path = { (file: Int) in file < enrolled.sources.count ? enrolled.sources[file].path : "" }
    return CompareDiagnostics.repeatedEnrolment(
      reveal ? text : IDMask.number(text), file: path(place.file), line: place.line,
      firstFile: kept.file == place.file ? nil : path(kept.file), firstLine: kept.line)
  }

  /// The file whose numbers include index `key`: the last run starting at or before it.
  static func fileIndex(ofKey key: Int, in runs: [(file: Int, start: Int)]) -> Int {
    var low = 0
    var high = runs.count
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].start <= key { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? 0 : runs[low - 1].file
  }
}
