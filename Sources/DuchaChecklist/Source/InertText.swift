/// Comparing and hashing names without Unicode normalization where it cannot change the
/// answer.
///
/// Swift compares and hashes a non-ASCII `String` through its NFC form, so every failed
/// comparison of Chinese words (`current == "或"`, a `switch` over rule names) and every
/// dictionary lookup keyed by one walked the normalization tables: about a tenth of parsing a
/// large checklist. Text made only of *inert* scalars — ASCII and the CJK Unified Ideographs
/// (with Extension A) — is its own NFC form and no other sequence of inert scalars is
/// canonically equivalent to it, so for two such strings `==` is byte equality. Anything else
/// falls back to `==`, so every answer is the one `String` gives.
public enum InertText {
  /// Whether normalization leaves `scalar` alone and never joins it with a neighbour: no
  /// decomposition, not a combining mark, not part of any composition but as a starter that
  /// needs a non-inert mark after it.
  @inline(__always)
  public static func isInert(_ value: UInt32) -> Bool {
    value < 0x80 || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
  }

  /// Whether every scalar of `text` is inert.
  public static func isInert(_ text: some StringProtocol) -> Bool {
    if let answer = text.utf8.withContiguousStorageIfAvailable(isInert) { return answer }
    return text.unicodeScalars.allSatisfy { isInert($0.value) }
  }

  /// Whether every scalar of valid UTF-8 `bytes` is inert, decoded by hand: only one-byte and
  /// three-byte sequences can be (the generic scalar iteration was a visible share).
  public static func isInert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // U+5000–U+9FFF (leads E5–E9), most of any Chinese text, are all inert: no decoding.
      if lead >= 0xE5, lead <= 0xE9, index + 2 < bytes.count {
        index += 3
        continue
      }
      guard lead & 0xF0 == 0xE0, index + 2 < bytes.count else { return false }
      let value =
        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
        | UInt32(bytes[index + 2] & 0x3F)
      guard isInert(value) else { return false }
      index += 3
    }
    return true
  }

  /// Whether `a` and `b` have the same bytes.
  static func sameBytes(_ a: some StringProtocol, _ b: String) -> Bool {
    // Compared in a plain loop over the two buffers: the generic `elementsEqual` iterated
    // both sequences and cost about as much as the dictionary lookups it served.
    let fast = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in
        guard left.count == right.count else { return false }
        for index in 0..<left.count where left[index] != right[index] { return false }
        return true
      }
    }
    if let fast, let answer = fast { return answer }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Exactly `text.hasPrefix(prefix)`, by bytes when both are inert (no inert scalar joins
  /// a neighbour into one character, so the prefix ends on a character boundary).
  static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
    if isInert(text), isInert(prefix) { return text.utf8.starts(with: prefix.utf8) }
    return text.hasPrefix(prefix)
  }

  /// Exactly `a == b`, by bytes when both are inert.
  static func equal(_ a: some StringProtocol, _ b: String) -> Bool {
    // Both buffers opened once for the comparison and both inertness scans: opening them
    // again for each (four times a call) cost more than the scans, on a function called
    // for every keyword, parameter and `是`/`否` test of a checklist.
    let fast = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right -> Bool? in
        if left.count == right.count {
          var index = 0
          while index < left.count, left[index] == right[index] { index += 1 }
          if index == left.count { return true }
        }
        if isInert(left), isInert(right) { return false }
        return nil
      }
    }
    if let fast, let fast, let answer = fast { return answer }
    if sameBytes(a, b) { return true }
    if isInert(a), isInert(b) { return false }
    return a == b
  }
}

/// A dictionary key for inert text (see `InertText`), hashed and compared by its bytes: for
/// inert strings that is exactly `String`'s equality, without its normalization.
struct InertKey: Hashable {
  var text: String

  /// The key for `text`, or nil when `text` is not inert (look it up the `String` way then).
  init?(_ text: String) {
    guard InertText.isInert(text) else { return nil }
    self.text = text
  }

  static func == (lhs: InertKey, rhs: InertKey) -> Bool {
    InertText.sameBytes(lhs.text, rhs.text)
  }

  func hash(into hasher: inout Hasher) {
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
      Self.hash($0, into: &hasher)
    }
    if hashed == nil { Array(text.utf8).withUnsafeBufferPointer { Self.hash($0, into: &hasher) } }
  }

  /// The length and the first and last eight bytes (all of a name of up to 16 bytes, five
  /// ideographs): equal keys have equal bytes, so they hash alike, and names that share both
  /// ends only share a bucket. Feeding every byte through `combine(bytes:)` cost about as
  /// much as the lookup it served.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher) {
    hasher.combine(bytes.count)
    guard let base = bytes.baseAddress, bytes.count >= 8 else {
      var word: UInt64 = 0
      for byte in bytes { word = word << 8 | UInt64(byte) }
      hasher.combine(word)
      return
    }
    let raw = UnsafeRawPointer(base)
    hasher.combine(raw.loadUnaligned(as: UInt64.self))
    hasher.combine(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
  }
}

/// A word to `switch` over with `InertText.equal` as its `==`: `switch InertWord(name) {
/// case "每例扣分": … }` gives the cases `String`'s `switch` gives, without normalizing.
struct InertWord: Equatable, ExpressibleByStringLiteral {
  var text: String

  init(_ text: String) { self.text = text }

  init(stringLiteral value: String) { self.text = value }

  static func == (lhs: InertWord, rhs: InertWord) -> Bool { InertText.equal(lhs.text, rhs.text) }
}

/// Names asked whether they hold a name: by bytes (`InertKey`) when every name is inert text,
/// which for inert text is exactly `String` equality, else as `String`s. Hashing a Chinese
/// name as a `String` goes through its normalized form, the larger part of a set's cost.
struct NameSet {
  private var inert: Set<InertKey> = []
  private var strings: Set<String> = []
  private var allInert = true

  /// The set of `names`.
  init(_ names: [String]) {
    var keys: [InertKey] = []
    keys.reserveCapacity(names.count)
    for name in names {
      guard let key = InertKey(name) else {
        strings = Set(names)
        allInert = false
        return
      }
      keys.append(key)
    }
    inert = Set(keys)
  }

  /// Whether a name `==` to `name` is in the set.
  func contains(_ name: String) -> Bool {
    guard allInert else { return strings.contains(name) }
    if let key = InertKey(name) { return inert.contains(key) }
    // A name that is not inert can still equal an inert one (a compatibility ideograph is
    // its unified twin): ask `String`, one by one (no real checklist gets here).
    return inert.contains { $0.text == name }
  }
}
