/// What the lexer needs to know of one column of a line. The lexer runs over Unicode scalars
/// when every scalar of the line is a character of its own (all of ducha's checklists: ASCII,
/// CJK, full-width punctuation), which skips grapheme breaking, by far the dearest part of
/// walking a `String`; a line with combining marks, emoji sequences or the like runs over
/// `Character`s instead, so columns and spellings stay exactly those an editor shows.
protocol LexUnit: Equatable {
  /// The scalar value when the unit is one scalar (every symbol, quote and digit is), else nil.
  var scalarValue: UInt32? { get }
  /// White space (`Character.isWhitespace`).
  var isSpace: Bool { get }
  /// A letter (`Character.isLetter`).
  var isLetterUnit: Bool { get }
  /// A number in any script (`Character.isNumber`).
  var isNumberUnit: Bool { get }
  /// Appends the unit's text.
  static func append(_ unit: Self, to text: inout String)
  /// The text of `units`, in one piece.
  static func text(of units: Slice<UnsafeBufferPointer<Self>>) -> String
}

extension Unicode.Scalar: LexUnit {
  var scalarValue: UInt32? { value }
  // `Character.isWhitespace`, `isLetter` and `isNumber` are these properties of the first
  // scalar, so a one-scalar character answers the same here.
  var isSpace: Bool { LexUnits.isSpace(value) }
  var isLetterUnit: Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    // Every scalar of the CJK Unified Ideographs block is assigned (since Unicode 14) and a
    // letter (Lo); the property lookup is kept for the rest.
    if value >= 0x4E00, value <= 0x9FFF { return true }
    return properties.isAlphabetic
  }
  var isNumberUnit: Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return properties.numericType != nil
  }
  static func append(_ unit: Unicode.Scalar, to text: inout String) {
    text.unicodeScalars.append(unit)
  }
  // Encoded into the string's buffer at once: appending scalar by scalar grew the string
  // (and checked its form) once per scalar of every name.
  // Sized exactly: a capacity of four bytes a scalar made every name of more than three
  // scalars a heap-allocated string checked again, where its 15 bytes or fewer fit inline.
  static func text(of units: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
    var byteCount = 0
    for unit in units { byteCount += UTF8.width(unit) }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
      var count = 0
      for unit in units {
        UTF8.encode(unit) { byte in
          buffer[count] = byte
          count += 1
        }
      }
      return count
    }
  }
}

extension Character: LexUnit {
  var scalarValue: UInt32? {
    unicodeScalars.count == 1 ? unicodeScalars.first?.value : nil
  }
  var isSpace: Bool { isWhitespace }
  var isLetterUnit: Bool { isLetter }
  var isNumberUnit: Bool { isNumber }
  static func append(_ unit: Character, to text: inout String) { text.append(unit) }
  static func text(of units: Slice<UnsafeBufferPointer<Character>>) -> String { String(units) }
}

enum LexUnits {
  /// Whether every scalar of `text` is a character of its own — no combining mark, joiner,
  /// variation selector, Hangul jamo, regional indicator or control other than a tab can join
  /// it to its neighbour. Ranges are listed, not computed: only the blocks whose every scalar
  /// has Grapheme_Cluster_Break = Other (Unicode 15) are accepted; anything else takes the
  /// `Character` path.
  static func scalarsAreCharacters(_ text: Substring) -> Bool {
    scalarUnits(text) != nil
  }

  /// The scalars of `text` when every one is a character of its own (see
  /// `scalarsAreCharacters`), decoded from the UTF-8 bytes in one pass; nil otherwise.
  static func scalarUnits(_ text: Substring) -> [Unicode.Scalar]? {
    let fast = UTF8Scan.withBytes(text) { bytes -> [Unicode.Scalar]? in
      var units: [Unicode.Scalar] = []
      units.reserveCapacity(bytes.count)
      var offset = 0
      while offset < bytes.count {
        let (value, length) = UTF8Scan.scalar(bytes, at: offset)
        guard isStandalone(value), let scalar = Unicode.Scalar(value) else { return nil }
        units.append(scalar)
        offset += length
      }
      return units
    }
    if let fast { return fast }
    guard text.unicodeScalars.allSatisfy(isStandalone) else { return nil }
    return Array(text.unicodeScalars)
  }

  /// `body` over `scalarUnits(text)` in a temporary buffer (on the stack for a line of usual
  /// length) instead of an array; nil when `scalarUnits` is nil.
  static func withScalarUnits<Result>(
    _ text: Substring, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Result
  ) -> Result? {
    let fast = UTF8Scan.withBytes(text) { bytes -> Result? in
      // A scalar takes at least one byte: the byte count bounds the scalar count.
      withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(bytes.count, 1)) {
        buffer -> Result? in
        var count = 0
        var offset = 0
        while offset < bytes.count {
          let (value, length) = UTF8Scan.scalar(bytes, at: offset)
          guard isStandalone(value), let scalar = Unicode.Scalar(value) else { return nil }
          buffer[count] = scalar  // a trivial type: assigning initializes
          count += 1
          offset += length
        }
        return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
      }
    }
    if let fast { return fast }
    guard let units = scalarUnits(text) else { return nil }
    return units.withUnsafeBufferPointer(body)
  }

  /// Whether `scalar` is always a character of its own, whatever stands beside it.
  @inline(__always)
  static func isStandalone(_ scalar: Unicode.Scalar) -> Bool { isStandalone(scalar.value) }

  /// `Character.isWhitespace` of a one-scalar character, by its scalar value.
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || value == 0x09 }
    // The White_Space property's scalars above ASCII (PropList.txt, unchanged since Unicode
    // 6.3), listed: looking the property up was a visible share of parsing Chinese lines.
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `isStandalone` by scalar value.
  @inline(__always)
  static func isStandalone(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x20 && value != 0x7F || value == 0x09 }
    // Most of a checklist's text: the CJK Unified Ideographs, answered before the range list.
    if value >= 0x4E00, value <= 0x9FFF { return true }
    switch value {
    case 0xA0...0xAC, 0xAE...0x2FF,  // Latin-1 and Latin Extended letters and signs (not 0xAD)
      0x2010...0x2027, 0x2030...0x205F,  // dashes, quotes, ‰, ※ (not ZWJ, ZWNJ or LS/PS)
      0x2070...0x20CF, 0x2100...0x2BFF,  // super/subscripts, currency, letterlike, arrows, ≤ ≥ ≠
      0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,  // CJK punctuation, kana
      0x3100...0x312F, 0x31A0...0x4DBF, 0x4E00...0x9FFF,  // bopomofo, CJK ideographs
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,  // compatibility ideographs, forms
      0xFF01...0xFF9D, 0xFFE0...0xFFEE, 0xFFFD,  // full-width forms, replacement character
      0x20000...0x3134F:  // CJK extensions B–G
      return true
    default:
      return false
    }
  }
}
