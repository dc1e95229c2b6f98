import DuchaRoster

/// A resident ID number packed into one integer, so a million enrolled children fit in a few
/// megabytes and compare in one instruction: the first 17 digits as a number times 11, plus the
/// check character (0–9, X = 10). A 15-digit number of the first generation is widened to its
/// 18-digit form (19 inserted before the year, the check character computed), so both spellings
/// of one child's number give the same key.
public struct ResidentKey: Hashable, Sendable, Comparable {
  /// The packed value.
  public let value: UInt64

  /// Wraps a packed value.
  public init(value: UInt64) { self.value = value }

  /// Orders keys by number.
  public static func < (lhs: ResidentKey, rhs: ResidentKey) -> Bool { lhs.value < rhs.value }

  /// The 18-character number.
  public var text: String {
    var digits = value / 11
    var bytes = [UInt8](repeating: 0x30, count: 18)
    for index in stride(from: 16, through: 0, by: -1) {
      bytes[index] = UInt8(0x30 + digits % 10)
      digits /= 10
    }
    let check = value % 11
    bytes[17] = check == 10 ? UInt8(ascii: "X") : UInt8(0x30 + check)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// 男 when character 17 is odd, 女 when even.
  public var sex: String { (value / 11 % 10) % 2 == 1 ? "男" : "女" }
}

/// What an ID-number cell holds.
public enum IDReading: Sendable, Equatable {
  /// A usable number. `wrongCheck` holds the right check character when the written one is
  /// wrong: the number is still compared as written (the same typo in both lists matches).
  case valid(ResidentKey, birth: CivilDate, wrongCheck: Character?)
  /// An empty cell.
  case missing
  /// A number that cannot be compared (cleaned text and what is wrong with it).
  case invalid(String, [ResidentIDNumber.Problem])
}

extension IDReading {
  /// No ID number in the cell, so the row may be a 合计 row: empty, or a count typed under the
  /// number (`8人`, `TotalRow.holdsNoNumber`).
  public var holdsNoNumber: Bool {
    switch self {
    case .missing: true
    case .invalid(let text, _): TotalRow.holdsNoNumber(text)
    case .valid: false
    }
  }
}

/// Reads ID-number cells from bytes, without building Strings for the usual 18 ASCII digits.
public enum ResidentKeyReader {
  private static let weights: [UInt64] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  private static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

  /// Reads a cell's bytes. `decode` turns non-ASCII bytes (full-width digits, Chinese) into
  /// text in the file's encoding; it is only called for such cells.
  public static func read(
    _ raw: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String
  ) -> IDReading {
    var start = 0
    var end = raw.count
    while start < end, isSpace(raw[start]) || raw[start] == UInt8(ascii: "'") { start += 1 }
    while end > start, isSpace(raw[end - 1]) { end -= 1 }
    // ="110105…" keeps a long number as text in Excel.
    if end - start >= 3, raw[start] == UInt8(ascii: "="), raw[start + 1] == UInt8(ascii: "\""),
      raw[end - 1] == UInt8(ascii: "\"")
    {
      start += 2
      end -= 1
    }
    if start == end { return .missing }
    let cell = UnsafeBufferPointer(rebasing: raw[start..<end])
    let nonASCII = cell.contains(where: { $0 >= 0x80 })
    // Full-width digits, or spaces inside (`341323 2012 0315 0012`): read as the roster check
    // reads the cell (`ResidentIDNumber.normalized(cell:)`), so both commands agree on it.
    if nonASCII || cell.contains(where: { $0 == 0x20 || $0 == 0x09 }) {
      let text = nonASCII ? decode(cell) : String(decoding: cell, as: UTF8.self)
      let ascii = Array(ResidentIDNumber.normalized(cell: text).utf8)
      if ascii.contains(where: { $0 >= 0x80 }) || ascii.isEmpty {
        let text = String(decoding: ascii, as: UTF8.self)
        return ascii.isEmpty ? .missing : invalid(text)
      }
      return ascii.withUnsafeBufferPointer { readASCII($0) }
    }
    return readASCII(cell)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func readASCII(_ cell: UnsafeBufferPointer<UInt8>) -> IDReading {
    if cell.count == 18 {
      var first17: UInt64 = 0
      var sum: UInt64 = 0
      for index in 0..<17 {
        let byte = cell[index]
        guard isDigit(byte) else { return invalid(cell) }
        let digit = UInt64(byte - 0x30)
        first17 = first17 * 10 + digit
        sum += digit * weights[index]
      }
      let last = cell[17]
      let found: UInt64
      if isDigit(last) {
        found = UInt64(last - 0x30)
      } else if last == UInt8(ascii: "X") || last == UInt8(ascii: "x") {
        found = 10
      } else {
        return invalid(cell)
      }
      guard let birth = date(cell, from: 6, century: nil) else { return invalid(cell) }
      let expected = checkCharacters[Int(sum % 11)]
      let foundCharacter = found == 10 ? UInt8(ascii: "X") : UInt8(0x30 + found)
      let wrong = expected == foundCharacter ? nil : Character(Unicode.Scalar(expected))
      return .valid(ResidentKey(value: first17 * 11 + found), birth: birth, wrongCheck: wrong)
    }
    if cell.count == 15, cell.allSatisfy(isDigit) {
      guard let birth = date(cell, from: 6, century: 19) else { return invalid(cell) }
      // Region, 19, YYMMDD, sequence: the 18-digit form's first 17 digits.
      var digits: [UInt64] = cell[0..<6].map { UInt64($0 - 0x30) } + [1, 9]
      digits += cell[6..<15].map { UInt64($0 - 0x30) }
      var first17: UInt64 = 0
      var sum: UInt64 = 0
      for (digit, weight) in zip(digits, weights) {
        first17 = first17 * 10 + digit
        sum += digit * weight
      }
      let check = checkCharacters[Int(sum % 11)]
      let found: UInt64 = check == UInt8(ascii: "X") ? 10 : UInt64(check - 0x30)
      return .valid(ResidentKey(value: first17 * 11 + found), birth: birth, wrongCheck: nil)
    }
    return invalid(cell)
  }

  /// The date at `offset`: YYYYMMDD, or YYMMDD after `century`.
  private static func date(_ cell: UnsafeBufferPointer<UInt8>, from offset: Int, century: Int?)
    -> CivilDate?
  {
    var value = 0
    let length = century == nil ? 8 : 6
    for index in offset..<(offset + length) { value = value * 10 + Int(cell[index] - 0x30) }
    let year = (century.map { $0 * 100 } ?? 0) + value / 10000
    return CivilDate(year: year, month: value / 100 % 100, day: value % 100)
  }

  private static func invalid(_ cell: UnsafeBufferPointer<UInt8>) -> IDReading {
    invalid(String(decoding: cell, as: UTF8.self))
  }

  private static func invalid(_ text: String) -> IDReading {
    let upper = text.uppercased()
    var problems = ResidentIDNumber.problems(of: upper, today: CivilDate(daysSinceEpoch: 100_000))
    if problems.isEmpty { problems = [.length(upper.count)] }
    return .invalid(upper, problems)
  }
}

extension CivilDate {
  /// Completed years at `date`: a birthday on `date` counts, the day after does not.
  public func age(at date: CivilDate) -> Int {
    var years = date.year - year
    if (date.month, date.day) < (month, day) { years -= 1 }
    return years
  }
}
