/// Finds the runs of characters in a text that spell an ID number, in one pass.
///
/// A *group* is a run of digits, optionally ending in `X`. Groups of three or more characters
/// separated by one or two spaces or hyphens join into one *run* until the run holds 18
/// characters (so `341323 20100512 0011` is one run but `班级 45 42` is not); a run of 15 or
/// more characters is an ID number to mask.
enum IDNumberScanner {
  /// A run of ID characters: positions of its characters in the text.
  struct Run {
    var positions: [Int]
    /// Whether the run is long enough to be an ID number.
    var hides: Bool { positions.count >= minimumLength }
    /// The positions `mask` replaces: all but the first 6 and the last.
    var hiddenPositions: ArraySlice<Int> {
      positions.count >= minimumLength ? positions[6..<(positions.count - 1)] : []
    }
  }

  /// Old-format numbers have 15 digits; anything shorter (phone numbers, dates) is left alone.
  static let minimumLength = 15
  /// A full ID number; a run stops growing at this length.
  static let fullLength = 18
  /// The shortest group that joins a run across a separator.
  static let minimumGroup = 3
  /// The most separator characters between two groups of one run.
  static let maximumGap = 2

  /// `text` with the hidden part of every run replaced by `*`.
  static func mask(_ text: String) -> String {
    guard mayHoldRun(text) else { return text }
    let characters = Array(text)
    var hidden = [Bool](repeating: false, count: characters.count)
    var any = false
    for run in runs(in: characters) {
      for position in run.hiddenPositions {
        hidden[position] = true
        any = true
      }
    }
    guard any else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (position, character) in characters.enumerated() {
      result.append(hidden[position] ? "*" : character)
    }
    return result
  }

  /// Whether `text` has a stretch of digits and check letters, joined by at most
  /// `maximumGap` separators in a row, long enough for a run of `minimumLength`: most texts
  /// masked (names, notes, titles, a table of checklists with many years in it — every string
  /// of every session in a summary) have not, and are passed over on their scalars without
  /// splitting them into characters.
  ///
  /// Every character of a run is a single scalar (a digit, `X`/`x`, a separator, or its
  /// full-width form), and a run is groups of them with one or two separators between groups;
  /// so the scalars of a run are one stretch here, and its characters are counted in it. Any
  /// other scalar, or three separators in a row, ends a stretch.
  static func mayHoldRun(_ text: String) -> Bool {
    var candidates = 0
    var separators = 0
    for scalar in text.unicodeScalars {
      // Full-width ASCII as `halfWidth` reads it.
      let value =
        (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
      if (0x30...0x39).contains(value) || value == 0x58 || value == 0x78 {
        candidates += 1
        separators = 0
        if candidates >= minimumLength { return true }
      } else if isSeparatorValue(value) {
        separators += 1
        if separators > maximumGap { candidates = 0 }
      } else {
        candidates = 0
        separators = 0
      }
    }
    return false
  }

  /// The scalar values of `isSeparator`.
  private static func isSeparatorValue(_ value: UInt32) -> Bool {
    switch value {
    case 0x20, 0x2D, 0xA0, 0x3000, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
    default: return false
    }
  }

  /// `text` with the separators inside every ID-number run removed.
  static func joinGroups(_ text: String) -> String {
    let characters = Array(text)
    var kept = [Bool](repeating: true, count: characters.count)
    var any = false
    for run in runs(in: characters) where run.hides {
      guard let first = run.positions.first, let last = run.positions.last else { continue }
      let inside = Set(run.positions)
      for position in first...last where !inside.contains(position) {
        kept[position] = false
        any = true
      }
    }
    guard any else { return text }
    return String(characters.enumerated().filter { kept[$0.offset] }.map(\.element))
  }

  /// Every run in `characters`, left to right.
  static func runs(in characters: [Character]) -> [Run] {
    let groups = self.groups(in: characters)
    var runs: [Run] = []
    var index = 0
    while index < groups.count {
      var run = Run(positions: Array(groups[index]))
      var last = groups[index]
      index += 1
      while index < groups.count, run.positions.count < fullLength,
        last.count >= minimumGroup, groups[index].count >= minimumGroup,
        !isCheck(characters[last.upperBound - 1]),
        isGap(characters, from: last.upperBound, to: groups[index].lowerBound)
      {
        run.positions += Array(groups[index])
        last = groups[index]
        index += 1
      }
      runs.append(run)
    }
    return runs
  }

  /// Runs of digits, each with an `X` that follows it.
  private static func groups(in characters: [Character]) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    var position = 0
    while position < characters.count {
      guard characters[position].asciiDigitValue != nil else {
        position += 1
        continue
      }
      let start = position
      while position < characters.count, characters[position].asciiDigitValue != nil {
        position += 1
      }
      if position < characters.count, isCheck(characters[position]) { position += 1 }
      groups.append(start..<position)
    }
    return groups
  }

  /// Whether the characters between two groups are one or two separators.
  private static func isGap(_ characters: [Character], from start: Int, to end: Int) -> Bool {
    let count = end - start
    guard count >= 1, count <= maximumGap else { return false }
    return characters[start..<end].allSatisfy(isSeparator)
  }

  private static func isCheck(_ character: Character) -> Bool {
    let ascii = halfWidth(character)
    return ascii == "X" || ascii == "x"
  }

  /// Spaces (ASCII, no-break, ideographic) and hyphens or dashes people type between groups.
  private static func isSeparator(_ character: Character) -> Bool {
    switch halfWidth(character) {
    case " ", "-", "\u{00A0}", "\u{3000}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
      "\u{2014}", "\u{2212}":
      return true
    default: return false
    }
  }

  /// Full-width ASCII (`１`, `Ｘ`), as a Chinese input method in full-width mode types it, as
  /// the ASCII character; other characters unchanged.
  static func halfWidth(_ character: Character) -> Character {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
    else { return character }
    return Character(ascii)
  }
}
