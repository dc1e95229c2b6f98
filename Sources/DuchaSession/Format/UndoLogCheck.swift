import DuchaChecklist

/// Reading a session's undo log without keeping it, for leaders' outputs that never show it.
///
/// Decoding the undo log (`undoStep`) built a `String` for every text and a dictionary keyed by
/// Chinese input names for every step — Swift hashes such a key through its normalized form —
/// only for `summary` to drop the log at once: about 8% of a summary's instructions. These
/// functions walk the same grammar as `undoStep` and throw `Unusual` wherever it throws (an
/// unknown or repeated field, a wrong type, a bad escape, bytes that are not UTF-8, an unknown
/// status, a repeated map key), but build nothing. So a file is taken without its log only when
/// the full reader takes it too, and anything else still goes to the exact path with its
/// message (`UndoLogCheckTests` holds the two readers to the same answers).
extension JSONBytes {
  static let undoStepFields: [StaticString] = [
    "what", "time", "values", "statuses", "acceptedDefaults", "skipped", "notes", "problems",
    "rollCall",
  ]

  /// Checks the value of `undoLog` as `optional { array { undoStep() } }` reads it.
  mutating func checkUndoLog() throws(Unusual) {
    if try null() { return }
    try beginArray()
    var first = true
    while try nextElement(first: &first) { try checkUndoStep() }
  }

  private mutating func checkUndoStep() throws(Unusual) {
    try object(Self.undoStepFields, required: [0, 1]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0, 1: try r.checkString()
      case 2:
        if try r.null() { return }
        try r.checkDictionary { (s: inout JSONBytes) throws(Unusual) in
          if try s.null() { return }
          try s.checkAnswer()
        }
      case 3:
        if try r.null() { return }
        try r.checkDictionary { (s: inout JSONBytes) throws(Unusual) in
          if try s.null() { return }
          try s.checkStatus()
        }
      case 4, 5:
        if try r.null() { return }
        try r.checkStrings()
      // Notes, problems and roll calls before a step are rare in a log (a step that changed
      // them); they are read the full way and dropped.
      case 6:
        _ = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.dictionary { (t: inout JSONBytes) throws(Unusual) in try t.itemNotes() }
        }
      case 7:
        _ = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.array { (t: inout JSONBytes) throws(Unusual) in try t.problem() }
        }
      default:
        _ = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.array { (t: inout JSONBytes) throws(Unusual) in try t.rollCall() }
        }
      }
    }
  }

  /// As `answer()`: `{"value": {…}, "reason": "…" or null}`, the value required.
  private mutating func checkAnswer() throws(Unusual) {
    try object(["value", "reason"], required: [0]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      if index == 0 {
        try r.checkAnswerValue()
      } else if try !r.null() {
        try r.checkString()
      }
    }
  }

  /// As `answerValue()`: exactly one key naming the type.
  private mutating func checkAnswerValue() throws(Unusual) {
    var found = false
    try object(
      ["number", "bool", "choice", "multiple", "date", "text", "verification"], required: []
    ) { (r: inout JSONBytes, index: Int) throws(Unusual) in
      guard !found else { throw Unusual() }
      found = true
      switch index {
      case 0: _ = try r.decimal()
      case 1: _ = try r.bool()
      case 2, 4, 5: try r.checkString()
      case 3: try r.checkStrings()
      default:
        try r.checkDictionary { (s: inout JSONBytes) throws(Unusual) in try s.checkStatus() }
      }
    }
    guard found else { throw Unusual() }
  }

  /// As `rawValue(VerificationStatus.self)`: the bytes of a raw value, or a string equal to one.
  private mutating func checkStatus() throws(Unusual) {
    let range = try rawString()
    for status in VerificationStatus.allCases where sameBytes(range, status.rawValue) { return }
    // Other bytes may still be a canonically equal spelling: ask the enumeration, as
    // `rawValue` does.
    guard VerificationStatus(rawValue: try text(range)) != nil else { throw Unusual() }
  }

  private func sameBytes(_ range: Range<Int>, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { expected in
      guard expected.count == range.count else { return false }
      var index = 0
      for position in range {
        if bytes[position] != expected[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// As `string()`, without making the `String`.
  private mutating func checkString() throws(Unusual) {
    try checkText(try rawString())
  }

  /// As `strings()`, without making the `String`s.
  private mutating func checkStrings() throws(Unusual) {
    try beginArray()
    var first = true
    while try nextElement(first: &first) { try checkString() }
  }

  /// Throws where `text(range)` would: an escape other than the short ones, or contents that
  /// are not UTF-8. A short escape stands for one ASCII byte, so the unescaped bytes are UTF-8
  /// exactly when the written ones are.
  func checkText(_ range: Range<Int>) throws(Unusual) {
    var index = range.lowerBound
    var plain = true
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == 0x5C {
        plain = false
        guard index + 1 < range.upperBound else { throw Unusual() }
        switch bytes[index + 1] {
        case 0x6E, 0x22, 0x5C, 0x2F, 0x74, 0x72, 0x62, 0x66: index += 2
        default: throw Unusual()
        }
        continue
      }
      index += 1
    }
    if plain {
      guard UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[range])) else { throw Unusual() }
    } else {
      // Rare in a log (a quote or a line break typed in an answer): the full way.
      _ = try text(range)
    }
  }

  /// As `dictionary`, building nothing: each value is checked with `value`, and a key given
  /// twice (as `String` equality, which is canonical equivalence) is unusual.
  private mutating func checkDictionary(
    _ value: (inout JSONBytes) throws(Unusual) -> Void
  ) throws(Unusual) {
    try beginObject()
    var keys: [Range<Int>] = []
    var inert = true
    var first = true
    while let key = try nextKey(first: &first) {
      try checkText(key)
      if inert, !InertText.isInert(UnsafeBufferPointer(rebasing: bytes[key])) { inert = false }
      keys.append(key)
      try value(&self)
    }
    guard keys.count > 1 else { return }
    if inert {
      // Inert text is its own normalized form, so two keys are equal exactly when their bytes
      // are (see `InertText`); a log step names a handful of inputs.
      for (index, key) in keys.enumerated() {
        for other in keys[(index + 1)...] where sameRange(key, other) { throw Unusual() }
      }
    } else {
      var names = Set<String>()
      for key in keys {
        guard names.insert(try text(key)).inserted else { throw Unusual() }
      }
    }
  }

  private func sameRange(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    var other = b.lowerBound
    for position in a {
      if bytes[position] != bytes[other] { return false }
      other += 1
    }
    return true
  }
}

/// Whether bytes are UTF-8, without making a `String` of them: exactly what
/// `String(validating:)` takes (`UTF8Scan.firstInvalidByte`, the one check; `UndoLogCheckTests`
/// holds the two to the same answers).
enum UTF8Check {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    UTF8Scan.firstInvalidByte(bytes) == nil
  }
}
