/// The students' names an inspection knows — from roll calls (籍在人不在, 人在籍不在) and the
/// registry check's student lists — so that the same names typed into free text (a 问题 such
/// as `三年级2班张三、李四籍在人不在`, a note, a reason) are masked in shared outputs as
/// `PersonName.mask` masks them: `张*`, `欧阳**`.
///
/// The rule, chosen so a mask never eats a word that is not a child's name:
/// - a name is the Chinese characters at the start of a list entry (`王小明 3413…：重复` →
///   `王小明`), two to eight of them (`·` allowed inside, for names such as `阿依·买买提`);
///   a one-character entry or one in Latin letters is no name to look for, it would hit
///   every `张` or `a` in the text;
/// - at each place in the text the longest known name is tried first (`欧阳小明` before
///   `欧阳`), and the masked form is never matched again;
/// - a name directly followed by a place or school word (`小学`, `中学`, `学校`, `幼儿园`,
///   `村`, `镇`, `乡`, `街道`, `社区`) is part of a place's name, not a child's:
///   `张庄小学` stays when a child is called 张庄. So does a name inside a protected word (the
///   units' own names).
public struct StudentNames: Sendable, Equatable {
  /// The names, longest first, each once.
  public private(set) var names: [String]
  /// The words never to mask inside, as given.
  private var words: Set<String>
  private var byFirst: [Character: [[Character]]]
  /// The words that hold a known name: only these can be cut by a mask, so only these are
  /// looked for (ten thousand unit names starting with 灵璧县 would slow every scan).
  private var protected: [Character: [[Character]]]
  /// The names' first characters (ideographs from U+3400 to U+9FFF), one bit each, so that
  /// `mask(in:)` passes over a text that holds none of them without its per-character lookups.
  private var firstScalars: [UInt64]

  /// The names found in `entries` (list entries: a name, maybe followed by a number or a
  /// reason), and the words never to mask inside (unit names).
  public init(
    _ entries: some Sequence<String>, protecting words: some Sequence<String> = [String]()
  ) {
    var seen = Set<String>()
    var names: [String] = []
    for entry in entries {
      guard let name = Self.name(in: entry), seen.insert(name).inserted else { continue }
      names.append(name)
    }
    names.sort { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    self.names = names
    let byFirst = Self.index(names)
    self.byFirst = byFirst
    self.words = Set(words.filter { $0.count > 1 })
    self.firstScalars = Self.bits(names)
    // Without names no word holds one (the masked sessions of a summary name nobody).
    let holding =
      names.isEmpty
      ? []
      : self.words.filter { word in
        let characters = Array(word)
        return characters.indices.contains {
          Self.match(byFirst[characters[$0]], characters, at: $0) != nil
        }
      }
    self.protected = Self.index(
      holding.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 })
  }

  /// Every name known to `sessions`, protecting their units' names.
  public init(sessions: some Sequence<Session>) {
    var entries: [String] = []
    var units: [String] = []
    for session in sessions {
      entries += session.studentNameEntries
      units.append(session.unit.name)
    }
    self.init(entries, protecting: units)
  }

  /// No names.
  public static let none = StudentNames([String]())

  /// Whether no name is known.
  public var isEmpty: Bool { names.isEmpty }

  /// These names and `other`'s, protecting both's words.
  public func union(_ other: StudentNames) -> StudentNames {
    // With nothing on one side the other is the union as it stands: its names are already
    // names (`name(in:)` gives each back), once each and sorted, and its words filtered, so
    // building it again gave the same value after hashing every unit's name twice more (a
    // summary takes the union of its batch's names with a problem list's, often none).
    if other.names.isEmpty, other.words.isEmpty { return self }
    if names.isEmpty, words.isEmpty { return other }
    return StudentNames(names + other.names, protecting: words.union(other.words))
  }

  /// The name at the start of a list entry, or nil when the entry starts with no name of at
  /// least two Chinese characters (an ID number, a one-character entry).
  public static func name(in entry: String) -> String? {
    if let plain = plainName(in: entry) { return plain }
    // The name is at the start of the entry's first word, so only that start is walked:
    // splitting the whole entry into words cost ten thousand instructions an entry.
    let first = entry.drop { $0.isWhitespace }
    let name = String(first.prefix { isHan($0) || $0 == "·" || $0 == "•" })
    let count = name.filter { $0 != "·" && $0 != "•" }.count
    guard count >= 2, name.count <= 8, let head = name.first, isHan(head) else { return nil }
    return name
  }

  /// `name(in:)` read on the scalars, where each scalar it reads is a `Character` of its own:
  /// spaces and tabs, then ideographs and dots up to a scalar that cannot join the character
  /// before it (ASCII, an ideograph, CJK or fullwidth punctuation) or the end. `.some(nil)`:
  /// no name; nil: another scalar is met (a combining mark, U+3000, U+0387, which is
  /// canonically `·`), and `Character`s decide. Walking `Character`s cost about 6,000
  /// instructions an entry, most of the names' lists of a summary.
  private static func plainName(in entry: String) -> String?? {
    let scalars = entry.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t" {
      index = scalars.index(after: index)
    }
    let start = index
    var ideographs = 0
    var length = 0
    while index < scalars.endIndex {
      let value = scalars[index].value
      if isHanValue(value) {
        ideographs += 1
      } else if !(value == 0xB7 || value == 0x2022) || length == 0 {
        break
      }
      length += 1
      index = scalars.index(after: index)
    }
    if index < scalars.endIndex {
      let value = scalars[index].value
      // Before any ideograph the entry's first word starts here: a visible ASCII character is
      // no name; anything else may be a space (U+3000, CR LF) that `Character`s skip.
      if length == 0 { return (0x21...0x7E).contains(value) ? .some(nil) : nil }
      guard
        value < 0x80 || isHanValue(value) || (0x3000...0x3029).contains(value)
          || (0xFF01...0xFF60).contains(value)
      else { return nil }
    }
    guard ideographs >= 2, length <= 8 else { return .some(nil) }
    return String(scalars[start..<index])
  }

  /// `isHan` of a one-scalar character, by its value.
  private static func isHanValue(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
  }

  /// `text` with every known name masked (`张三` → `张*`), by the rule above.
  public func mask(in text: String) -> String {
    guard !names.isEmpty, mayHoldName(text) else { return text }
    let characters = Array(text)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let word = Self.match(protected[character], characters, at: index) {
        result.append(contentsOf: word)
        index += word.count
        continue
      }
      if let name = Self.match(byFirst[character], characters, at: index),
        !Self.placeWordFollows(characters, at: index + name.count)
      {
        result += PersonName.mask(String(name))
        index += name.count
        continue
      }
      result.append(character)
      index += 1
    }
    return result
  }

  /// The known names that appear in `text` where `mask(in:)` would mask them.
  public func found(in text: String) -> [String] {
    let masked = mask(in: text)
    guard masked != text else { return [] }
    return names.filter { name in
      text.contains(name) && !masked.contains(name)
    }
  }

  static let placeWords = ["小学", "中学", "学校", "幼儿园", "村", "镇", "乡", "街道", "社区"]
    .map(Array.init)

  private static func placeWordFollows(_ characters: [Character], at index: Int) -> Bool {
    placeWords.contains { word in
      index + word.count <= characters.count
        && characters[index..<(index + word.count)].elementsEqual(word)
    }
  }

  private static func match(_ candidates: [[Character]]?, _ characters: [Character], at index: Int)
    -> [Character]?
  {
    guard let candidates else { return nil }
    return candidates.first { word in
      index + word.count <= characters.count
        && characters[index..<(index + word.count)].elementsEqual(word)
    }
  }

  /// Whether a name can start anywhere in `text`: it holds a name's first character or a CJK
  /// compatibility ideograph (U+F900…, U+2F800…), which is canonically an ideograph and so
  /// equal to one as a `Character`. Every protected word holds a name, so a text for which
  /// this is false has nothing `mask(in:)` would change.
  private func mayHoldName(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard value >= 0x3400 else { continue }
      if value <= 0x9FFF {
        let offset = Int(value - 0x3400)
        if firstScalars[offset >> 6] & (1 << UInt64(offset & 63)) != 0 { return true }
      } else if (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value) {
        return true
      }
    }
    return false
  }

  /// `mayHoldName`'s bits: the first scalar of each name (an ideograph, `name(in:)`).
  private static func bits(_ names: [String]) -> [UInt64] {
    var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x3400) / 64 + 1)
    for name in names {
      guard let value = name.unicodeScalars.first?.value, (0x3400...0x9FFF).contains(value)
      else { continue }
      let offset = Int(value - 0x3400)
      bits[offset >> 6] |= 1 << UInt64(offset & 63)
    }
    return bits
  }

  private static func index(_ words: [String]) -> [Character: [[Character]]] {
    var index: [Character: [[Character]]] = [:]
    for word in words {
      guard let first = word.first else { continue }
      index[first, default: []].append(Array(word))
    }
    return index
  }

  /// CJK unified ideographs (basic block and extension A): the characters of Chinese names.
  static func isHan(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return false
    }
    return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

}

extension Session {
  /// The list entries that name students: roll-call names (籍在人不在, 人在籍不在) and the
  /// registry check's students (names, numbers, evidence lines).
  public var studentNameEntries: [String] {
    rollCall.flatMap { $0.absentNames + $0.unregisteredNames }
      + registry.students.keys.sorted().flatMap { registry.students[$0] ?? [] }
  }
}
