import DuchaChecklist

/// Small text helpers shared by the plan parser and the lookups: full-width tolerance, list
/// splitting with columns, trailing comments.
enum PlanText {
  /// Separators between list entries: 、 and commas or semicolons of either width, and white
  /// space (unit names never contain spaces).
  static func isSeparator(_ character: Character) -> Bool {
    "、,，;；".contains(character) || character.isWhitespace
  }

  static func isOpening(_ character: Character) -> Bool { character == "(" || character == "（" }
  static func isClosing(_ character: Character) -> Bool { character == ")" || character == "）" }
  static func isColon(_ character: Character) -> Bool { character == ":" || character == "：" }

  /// The text without white space at either end.
  static func trimmed(_ text: Substring) -> String {
    String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }

  /// The form names are compared in: no white space, full-width letters and digits narrowed.
  static func key(_ text: String) -> String {
    String(text.filter { !$0.isWhitespace }.map(narrow))
  }

  /// A full-width ASCII character (`９`, `Ａ`, `－`) as its ASCII twin; others unchanged.
  static func narrow(_ character: Character) -> Character {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return character
    }
    return Character(FullWidth.narrowed(scalar))
  }

  /// `text` without a trailing ` # comment` (a `#` or `＃` after white space), right-trimmed.
  static func droppingComment(_ text: Substring) -> Substring {
    var previous: Character = " "
    var end = text.endIndex
    for index in text.indices {
      let character = text[index]
      if (character == "#" || character == "＃") && previous.isWhitespace {
        end = index
        break
      }
      previous = character
    }
    var result = text[..<end]
    while let last = result.last, last.isWhitespace { result = result.dropLast() }
    return result
  }

  /// One entry of a list with the offset (in characters) of its first character.
  struct Entry: Equatable {
    var text: String
    var offset: Int
  }

  /// Splits a list on separators that are not inside brackets. `offset` is the offset of
  /// `text`'s first character; entries carry their own. Returns the offset of an unclosed
  /// bracket, if any.
  static func entries(_ text: Substring, offset: Int) -> (entries: [Entry], unclosed: Int?) {
    var entries: [Entry] = []
    var current = ""
    var start = offset
    var depth = 0
    var opened = 0
    var position = offset
    // The separators since the last entry. White space alone before a bracket does not end
    // an entry: 王某 （一中） is one person.
    var gap = ""
    for character in text {
      if depth == 0, isSeparator(character) {
        if !current.isEmpty { entries.append(Entry(text: current, offset: start)) }
        current = ""
        gap.append(character)
        position += 1
        continue
      }
      if current.isEmpty {
        if isOpening(character), !gap.isEmpty, gap.allSatisfy(\.isWhitespace),
          let last = entries.popLast()
        {
          current = last.text + gap
          start = last.offset
        } else {
          start = position
        }
      }
      if isOpening(character) {
        if depth == 0 { opened = position }
        depth += 1
      } else if isClosing(character), depth > 0 {
        depth -= 1
      }
      current.append(character)
      gap = ""
      position += 1
    }
    if !current.isEmpty { entries.append(Entry(text: current, offset: start)) }
    return (entries, depth > 0 ? opened : nil)
  }

  /// A whole number written with ASCII or full-width digits, optionally followed by `人`/`所`.
  static func count(_ text: String, unit: Character? = nil) -> Int? {
    var digits = String(text.map(narrow))
    if let unit, digits.last == unit { digits.removeLast() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
  }

  /// Levenshtein distance, for "did you mean".
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// The closest of `candidates` to `word` when it is one edit away, for a “是不是…？” hint.
  static func suggestion(for word: String, among candidates: [String]) -> String? {
    // Only names within one character of the word's length can be one edit away; checking
    // that first keeps a very long word from costing a distance table per candidate.
    let length = word.count
    let close = candidates.filter { abs($0.count - length) <= 1 && editDistance($0, word) <= 1 }
    return close.min { editDistance($0, word) < editDistance($1, word) }
  }
}
