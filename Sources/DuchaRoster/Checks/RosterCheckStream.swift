import DuchaChecklist

/// Checks exports file by file without keeping their rows, for a county's million-row export:
/// each file is streamed into a `RosterTally` (`RosterReader.stream`), and the figures, their
/// students and every message are those `RosterChecker.check` gives for the same files.
public final class RosterCheckStream {
  private let tally: RosterTally
  private let options: RosterReadOptions
  private var files: [RosterFile] = []

  /// Starts a check; `today` bounds birth dates, `options` reads every file.
  public init(today: CivilDate, options: RosterReadOptions = RosterReadOptions()) {
    tally = RosterTally(today: today)
    self.options = options
  }

  /// Reads the file at `path` into the check and returns it (its diagnostics to show now; no
  /// students kept).
  @discardableResult
  public func read(path: String) -> RosterFile {
    tally.beginFile(path)
    let file = RosterReader.stream(
      path: path, options: options, student: { tally.add($0) }, reset: { tally.discardFile() })
    tally.endFile()
    files.append(file)
    return file
  }

  /// The figures of every file read.
  public func finish() -> RosterCheck {
    RosterChecker.check(files, tally: tally, fetch: readAgain)
  }

  /// The students at `indices`, read again from their files: duplicates linked only through a
  /// later row were not kept when read.
  private func readAgain(_ indices: [Int]) -> [Int: Student] {
    var found: [Int: Student] = [:]
    var quiet = options
    quiet.progress = nil
    let byFile = Dictionary(grouping: indices) { tally.file(of: $0).start }
    for (start, wanted) in byFile {
      let path = tally.file(of: wanted[0]).path
      let ordinals = Set(wanted.map { $0 - start })
      var ordinal = 0
      var picked: [Int: Student] = [:]
      _ = RosterReader.stream(
        path: path, options: quiet,
        student: { student in
          if ordinals.contains(ordinal) { picked[start + ordinal] = student }
          ordinal += 1
        },
        reset: {
          ordinal = 0
          picked = [:]
        })
      found.merge(picked) { first, _ in first }
    }
    return found
  }
}
