import Foundation

/// A strict, forward-only reader of JSON bytes, for `SessionReader`. It reads only the plain
/// JSON that ducha itself writes; anything else (a `\u` escape, a number with an exponent where
/// a whole number is expected, a `null` where a value is required, deep nesting, trailing
/// bytes …) stops it with `Unusual`, and the caller reads the file with `JSONDecoder` instead,
/// which says exactly what is wrong and where. So this reader never has to produce a message,
/// only to be sure that what it accepts `JSONDecoder` reads the same way.
struct JSONBytes {
  /// Something this reader does not take; the caller falls back to the exact path.
  struct Unusual: Error {}

  /// The deepest nesting taken (ducha's files nest six levels).
  static let maximumDepth = 32

  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  var depth = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  // MARK: Structure

  /// Skips JSON whitespace (space, tab, line feed, carriage return).
  mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// The next byte after whitespace, not consumed.
  mutating func peek() throws(Unusual) -> UInt8 {
    skipSpace()
    guard position < bytes.count else { throw Unusual() }
    return bytes[position]
  }

  /// Consumes `byte` after whitespace.
  mutating func expect(_ byte: UInt8) throws(Unusual) {
    guard try peek() == byte else { throw Unusual() }
    position += 1
  }

  /// Only whitespace is left.
  mutating func expectEnd() throws(Unusual) {
    skipSpace()
    guard position == bytes.count else { throw Unusual() }
  }

  /// Opens an object: `{`.
  mutating func beginObject() throws(Unusual) {
    try expect(0x7B)
    try enter()
  }

  /// The next key of the open object as the byte range of its text (no escapes taken), or nil
  /// at its `}`. `first` is true for the first call on an object.
  mutating func nextKey(first: inout Bool) throws(Unusual) -> Range<Int>? {
    var byte = try peek()
    if byte == 0x7D {
      position += 1
      depth -= 1
      return nil
    }
    if !first {
      guard byte == 0x2C else { throw Unusual() }
      position += 1
      byte = try peek()
    }
    first = false
    guard byte == 0x22 else { throw Unusual() }
    let range = try rawString()
    // A key with an escape is unusual in ducha's files: the exact path reads it.
    for index in range where bytes[index] == 0x5C { throw Unusual() }
    try expect(0x3A)
    return range
  }

  /// Opens an array: `[`.
  mutating func beginArray() throws(Unusual) {
    try expect(0x5B)
    try enter()
  }

  /// Whether another element follows in the open array (consuming the `,`); false at its `]`.
  mutating func nextElement(first: inout Bool) throws(Unusual) -> Bool {
    let byte = try peek()
    if byte == 0x5D {
      position += 1
      depth -= 1
      return false
    }
    if !first {
      guard byte == 0x2C else { throw Unusual() }
      position += 1
    }
    first = false
    return true
  }

  private mutating func enter() throws(Unusual) {
    depth += 1
    guard depth <= Self.maximumDepth else { throw Unusual() }
  }

  /// Whether the bytes of `range` are exactly `name`'s.
  func matches(_ range: Range<Int>, _ name: StaticString) -> Bool {
    guard range.count == name.utf8CodeUnitCount else { return false }
    let expected = name.utf8Start
    var index = 0
    for position in range {
      if bytes[position] != expected[index] { return false }
      index += 1
    }
    return true
  }

  /// The index in `names` of the key at `range`; nil for a name not among them.
  func field(_ range: Range<Int>, _ names: [StaticString]) -> Int? {
    for (index, name) in names.enumerated() where matches(range, name) { return index }
    return nil
  }

  // MARK: Values

  /// Whether the next value is `null`; consumes it if so.
  mutating func null() throws(Unusual) -> Bool {
    guard try peek() == 0x6E else { return false }
    try literal("null")
    return true
  }

  /// `true` or `false`.
  mutating func bool() throws(Unusual) -> Bool {
    switch try peek() {
    case 0x74:
      try literal("true")
      return true
    case 0x66:
      try literal("false")
      return false
    default: throw Unusual()
    }
  }

  private mutating func literal(_ word: StaticString) throws(Unusual) {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count, matches(position..<(position + count), word) else {
      throw Unusual()
    }
    position += count
    try delimiter()
  }

  /// After a number or a literal: a byte that may follow a value, or the end.
  private func delimiter() throws(Unusual) {
    guard position < bytes.count else { return }
    switch bytes[position] {
    case 0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09: return
    default: throw Unusual()
    }
  }

  /// A whole number written plainly (`-12`, `0`; no fraction, exponent or leading zero) that
  /// fits `Int`; anything else is unusual.
  mutating func int() throws(Unusual) -> Int {
    let token = try numberToken()
    guard !token.fraction, !token.exponent else { throw Unusual() }
    var index = token.range.lowerBound
    let negative = bytes[index] == 0x2D
    if negative { index += 1 }
    // 18 digits always fit; longer numbers go the exact way.
    guard token.range.upperBound - index <= 18 else { throw Unusual() }
    var value = 0
    while index < token.range.upperBound {
      value = value * 10 + Int(bytes[index] &- 0x30)
      index += 1
    }
    return negative ? -value : value
  }

  /// A JSON number as `Decimal`, parsed from its text the way `Decimal(string:)` does (which
  /// the tests hold to `JSONDecoder`'s reading of the same bytes).
  mutating func decimal() throws(Unusual) -> Decimal {
    let token = try numberToken()
    // Short plain whole numbers (nearly every count) are built directly.
    if !token.fraction, !token.exponent, token.range.count <= 18 {
      var index = token.range.lowerBound
      let negative = bytes[index] == 0x2D
      if negative { index += 1 }
      var value: UInt64 = 0
      while index < token.range.upperBound {
        value = value * 10 + UInt64(bytes[index] &- 0x30)
        index += 1
      }
      let magnitude = Decimal(value)
      return negative && value != 0 ? -magnitude : magnitude
    }
    // Exponents never appear in what ducha writes; the exact path reads them.
    guard !token.exponent, token.range.count <= 40,
      let value = Decimal(
        string: String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self),
        locale: nil)
    else { throw Unusual() }
    return value
  }

  /// The bytes of a number in strict JSON grammar.
  private mutating func numberToken() throws(Unusual) -> (
    range: Range<Int>, fraction: Bool, exponent: Bool
  ) {
    skipSpace()
    let start = position
    if position < bytes.count, bytes[position] == 0x2D { position += 1 }
    let integerStart = position
    try digits()
    // No leading zeros (`01`), as JSON says.
    if position - integerStart > 1, bytes[integerStart] == 0x30 { throw Unusual() }
    var fraction = false
    var exponent = false
    if position < bytes.count, bytes[position] == 0x2E {
      position += 1
      try digits()
      fraction = true
    }
    if position < bytes.count, bytes[position] | 0x20 == 0x65 {
      position += 1
      if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D {
        position += 1
      }
      try digits()
      exponent = true
    }
    try delimiter()
    return (start..<position, fraction, exponent)
  }

  private mutating func digits() throws(Unusual) {
    let start = position
    while position < bytes.count, bytes[position] &- 0x30 < 10 { position += 1 }
    guard position > start else { throw Unusual() }
  }

  /// The position of the next string's opening quote (after whitespace), not consumed.
  mutating func openString() throws(Unusual) -> Int {
    guard try peek() == 0x22 else { throw Unusual() }
    return position
  }

  /// The byte range of the next string's contents (between the quotes, escapes left as they
  /// are); the closing quote is consumed. Raw control characters are unusual.
  mutating func rawString() throws(Unusual) -> Range<Int> {
    try expect(0x22)
    let start = position
    while position < bytes.count {
      // Eight bytes at a time while none of them is a quote, a backslash or a control
      // character: the embedded checklist text, 20–45 KB of every file, was a tenth of a
      // summary's CPU when walked byte by byte. A word that may hold one goes byte by byte.
      if let base = bytes.baseAddress {
        while position + 8 <= bytes.count,
          !Self.mayEndPlainRun(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        {
          position += 8
        }
        guard position < bytes.count else { break }
      }
      let byte = bytes[position]
      if byte == 0x22 {
        position += 1
        return start..<(position - 1)
      }
      if byte == 0x5C {
        position += 2
        continue
      }
      if byte < 0x20 { throw Unusual() }
      position += 1
    }
    throw Unusual()
  }

  /// Whether any of the eight bytes of `word` is `"`, `\` or below 0x20 (never false when one
  /// is; the classic tests for a zero byte and for a byte below a bound).
  static func mayEndPlainRun(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let quote = hasZeroByte(word ^ (ones &* 0x22))
    let backslash = hasZeroByte(word ^ (ones &* 0x5C))
    let control = (word &- ones &* 0x20) & ~word & highs
    return quote | backslash | control != 0
  }

  /// The next string. The short escapes (`\n`, `\"`, `\\`, `\/`, `\t`, `\r`, `\b`, `\f`) are
  /// undone; a `\u` escape or bytes that are not UTF-8 are unusual.
  mutating func string() throws(Unusual) -> String {
    let range = try rawString()
    return try text(range)
  }

  /// The text the string contents at `range` stand for (see `string()`).
  func text(_ range: Range<Int>) throws(Unusual) -> String {
    var plain = true
    for index in range where bytes[index] == 0x5C {
      plain = false
      break
    }
    if plain {
      // Checked by `UTF8Check` (exactly what `String(validating:)` takes), then made by
      // `String(decoding:)`, which repairs nothing in valid bytes: `String(validating:)` was
      // not specialised here and looked up generic metadata for every string of every file.
      let contents = UnsafeBufferPointer(rebasing: bytes[range])
      guard UTF8Check.isValid(contents) else { throw Unusual() }
      return String(decoding: contents, as: UTF8.self)
    }
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == 0x5C else {
        output.append(byte)
        index += 1
        continue
      }
      guard index + 1 < range.upperBound else { throw Unusual() }
      switch bytes[index + 1] {
      case 0x6E: output.append(0x0A)  // n
      case 0x22: output.append(0x22)  // "
      case 0x5C: output.append(0x5C)  // \
      case 0x2F: output.append(0x2F)  // /
      case 0x74: output.append(0x09)  // t
      case 0x72: output.append(0x0D)  // r
      case 0x62: output.append(0x08)  // b
      case 0x66: output.append(0x0C)  // f
      default: throw Unusual()
      }
      index += 2
    }
    guard let text = String(validating: output, as: UTF8.self) else { throw Unusual() }
    return text
  }

  /// A string whose text is one of an enumeration's raw values.
  mutating func rawValue<Value: RawRepresentable>(_ type: Value.Type) throws(Unusual) -> Value
  where Value.RawValue == String {
    guard let value = Value(rawValue: try string()) else { throw Unusual() }
    return value
  }

  /// `[ "…", … ]`.
  mutating func strings() throws(Unusual) -> [String] {
    try beginArray()
    var result: [String] = []
    var first = true
    while try nextElement(first: &first) { result.append(try string()) }
    return result
  }

  /// `{ "key": value, … }` read with `value`; a key twice is unusual (the exact path names it).
  mutating func dictionary<Value>(
    _ value: (inout JSONBytes) throws(Unusual) -> Value
  ) throws(Unusual) -> [String: Value] {
    try beginObject()
    var names: [String] = []
    var elements: [Value] = []
    var first = true
    while let key = try nextKey(first: &first) {
      names.append(try text(key))
      elements.append(try value(&self))
    }
    // Sized once for all its keys: grown one insertion at a time, the dictionary hashed every
    // key again (through its normalized form, for Chinese names) at each doubling.
    var result = [String: Value](minimumCapacity: names.count)
    for index in names.indices {
      guard result.updateValue(elements[index], forKey: names[index]) == nil else {
        throw Unusual()
      }
    }
    return result
  }

  /// `[ value, … ]` read with `value`.
  mutating func array<Value>(
    _ value: (inout JSONBytes) throws(Unusual) -> Value
  ) throws(Unusual) -> [Value] {
    try beginArray()
    var result: [Value] = []
    var first = true
    while try nextElement(first: &first) { result.append(try value(&self)) }
    return result
  }
}

/// The fields of one JSON object seen so far, so a key given twice is caught.
struct SeenFields {
  private var bits: UInt64 = 0

  /// Marks field `index`; throws when it was seen already.
  mutating func insert(_ index: Int) throws(JSONBytes.Unusual) {
    let bit: UInt64 = 1 << UInt64(index)
    guard bits & bit == 0 else { throw JSONBytes.Unusual() }
    bits |= bit
  }

  /// Whether every field in `required` (indices) was seen.
  func contains(all required: UInt64) -> Bool { bits & required == required }

  /// Whether field `index` was seen.
  func contains(_ index: Int) -> Bool { bits & (1 << UInt64(index)) != 0 }
}
