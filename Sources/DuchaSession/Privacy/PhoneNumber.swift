/// Phone numbers an inspector types into free text (`家长电话13912345678已联系`): a parent's
/// mobile is as personal as the child's ID number, so shared outputs show `139****5678`
/// unless `--reveal`. `PrivacyMask` (and `PrivacyMask.numbers`) call this after the ID-number
/// masker, so an ID number that happens to hold eleven digits like a mobile is masked as an ID
/// number first.
///
/// What counts, each spelled with ASCII or full-width digits:
/// - a mobile: 11 digits `1[3-9]…` on their own (no digit, and no decimal point with a digit,
///   next to them), or grouped `139-1234-5678`, `139 1234 5678`, `139 12345678`, or after
///   `86`/`+86` (`8613912345678`); the first 3 and last 4 digits stay;
/// - a landline with its area code set apart: `0557-7654321`, `010 62345678`,
///   `（0557）62345678` (a real area code, then 7–8 digits not starting with 0 or 1); the area
///   code and the last 4 digits stay.
///
/// Everything else is left alone: scores, counts, dates (`20211027`), years, money (`1.5万`),
/// a bare 7- or 8-digit local number (which cannot be told from a count), and longer runs of
/// digits (ID numbers, 学籍号: `IDNumber` masks those).
public enum PhoneNumber {
  /// `text` with every phone number in it masked.
  public static func maskAll(in text: String) -> String {
    PhoneNumberScanner.mask(text)
  }

  /// Whether `text` still shows a phone number that `maskAll(in:)` would hide; for tests.
  public static func containsUnmasked(_ text: String) -> Bool {
    PhoneNumberScanner.mayHoldNumber(text)
      && !PhoneNumberScanner.hiddenPositions(in: Array(text)).isEmpty
  }
}

/// Finds phone numbers in a text (see `PhoneNumber`).
enum PhoneNumberScanner {
  /// The fewest digits, with separators between them, of any number masked: a landline's
  /// 3-digit area code and 7-digit local number.
  static let shortestNumber = 10

  /// `text` with the hidden digits of every phone number replaced by `*`.
  static func mask(_ text: String) -> String {
    guard mayHoldNumber(text) else { return text }
    let characters = Array(text)
    let hidden = hiddenPositions(in: characters)
    guard !hidden.isEmpty else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (position, character) in characters.enumerated() {
      result.append(hidden.contains(position) ? "*" : character)
    }
    return result
  }

  /// Whether `text` has a stretch of at least `shortestNumber` digits with at most one
  /// separator (or bracket) between them: most texts have not, and are passed over on their
  /// scalars without splitting them into characters.
  static func mayHoldNumber(_ text: String) -> Bool {
    var digits = 0
    var gap = 0
    for scalar in text.unicodeScalars {
      let value = halfWidthValue(scalar)
      if (0x30...0x39).contains(value) {
        digits += 1
        gap = 0
        if digits >= shortestNumber { return true }
      } else if isSeparatorValue(value) || value == 0x29 || value == 0x28 || value == 0x2B {
        gap += 1
        if gap > 2 { digits = 0 }
      } else {
        digits = 0
        gap = 0
      }
    }
    return false
  }

  /// The positions of `characters` to hide.
  static func hiddenPositions(in characters: [Character]) -> Set<Int> {
    let groups = digitGroups(in: characters)
    var hidden = Set<Int>()
    var index = 0
    while index < groups.count {
      if let (positions, used) = number(at: index, of: groups, in: characters) {
        hidden.formUnion(positions)
        index += used
      } else {
        index += 1
      }
    }
    return hidden
  }

  /// The hidden positions of a phone number starting at `groups[index]`, and how many groups
  /// it takes; nil when none starts there.
  private static func number(at index: Int, of groups: [Range<Int>], in characters: [Character])
    -> (positions: [Int], groups: Int)?
  {
    let first = groups[index]
    // A digit group holding a point is a decimal (`1.5`), part of no phone number.
    let digits = { (range: Range<Int>) -> [Int] in
      let digits = characters[range].compactMap(\.asciiDigitValue)
      return digits.count == range.count ? digits : []
    }
    // A mobile in one piece (perhaps after 86) is eleven digits no other number has, wherever
    // it stands.
    if first.count == 11, isMobilePrefix(digits(first)) {
      return (Array(first.dropFirst(3).prefix(4)), 1)
    }
    if first.count == 13, digits(first).prefix(2) == [8, 6],
      isMobilePrefix(Array(digits(first).dropFirst(2)))
    {
      return (Array(first.dropFirst(5).prefix(4)), 1)
    }
    // Groups are read as one number only when nothing joins them to a longer one.
    guard !continuesNumber(before: first.lowerBound, in: characters, groups: groups, index: index)
    else { return nil }
    var joined = [first]
    while joined.count < 5, index + joined.count < groups.count, let last = joined.last,
      isSingleSeparator(
        characters, from: last.upperBound, to: groups[index + joined.count].lowerBound)
    {
      joined.append(groups[index + joined.count])
    }
    // `86 139 1234 5678`: the country code is a group of its own.
    let start = digits(first) == [8, 6] ? 1 : 0
    let rest = Array(joined.dropFirst(start))
    let lengths = rest.map { digits($0).count }
    if let head = rest.first, isMobilePrefix(digits(head)) {
      if lengths == [3, 4, 4] { return (Array(rest[1]), start + 3) }
      if lengths == [3, 8] { return (Array(rest[1].prefix(4)), start + 2) }
    }
    // A landline: the area code, then a local number set apart by a dash or a space, perhaps
    // with an extension (`0557-7654321-801`).
    if start == 0, lengths.count == 2 || (lengths.count == 3 && (1...4).contains(lengths[2])),
      isAreaCode(digits(rest[0])), isLocalNumber(digits(rest[1]))
    {
      return (Array(rest[1].dropLast(4)), lengths.count)
    }
    // `（0557）7654321`.
    if joined.count == 1, bracketedAreaCode(before: first, in: characters) != nil,
      isLocalNumber(digits(first))
    {
      return (Array(first.dropLast(4)), 1)
    }
    return nil
  }

  /// `010`, `02x` or `0` and three digits `3`–`9` first: a mainland area code.
  private static func isAreaCode(_ digits: [Int]) -> Bool {
    guard digits.first == 0, digits.count >= 3 else { return false }
    if digits.count == 3 { return digits[1] == 2 || (digits[1] == 1 && digits[2] == 0) }
    return digits.count == 4 && digits[1] >= 3
  }

  /// Seven or eight digits, not starting with 0 or 1: a local number after an area code.
  private static func isLocalNumber(_ digits: [Int]) -> Bool {
    (7...8).contains(digits.count) && (digits.first ?? 0) >= 2
  }

  /// `1` then 3–9: the start of every mainland mobile number.
  private static func isMobilePrefix(_ digits: [Int]) -> Bool {
    digits.count >= 2 && digits[0] == 1 && digits[1] >= 3
  }

  /// Whether the group at `index`, starting at `position`, continues a longer number written
  /// before it: a group one separator before (`341323 139…`; a country code 86 is not one), or
  /// a masked digit (`*`).
  private static func continuesNumber(
    before position: Int, in characters: [Character], groups: [Range<Int>], index: Int
  ) -> Bool {
    guard position > 0 else { return false }
    if IDNumberScanner.halfWidth(characters[position - 1]) == "*" { return true }
    guard index > 0 else { return false }
    let before = groups[index - 1]
    guard isSingleSeparator(characters, from: before.upperBound, to: position) else {
      return false
    }
    return characters[before].compactMap(\.asciiDigitValue) != [8, 6]
  }

  /// The area code in brackets right before `group`: `（0557）`, `(010)`.
  private static func bracketedAreaCode(before group: Range<Int>, in characters: [Character])
    -> Range<Int>?
  {
    var position = group.lowerBound - 1
    if position >= 0, IDNumberScanner.halfWidth(characters[position]) == " " { position -= 1 }
    guard position >= 0, IDNumberScanner.halfWidth(characters[position]) == ")" else {
      return nil
    }
    let end = position
    var start = end
    while start > 0, characters[start - 1].asciiDigitValue != nil { start -= 1 }
    guard (3...4).contains(end - start), characters[start].asciiDigitValue == 0, start > 0,
      IDNumberScanner.halfWidth(characters[start - 1]) == "("
    else { return nil }
    return (start - 1)..<(end + 1)
  }

  /// Maximal runs of digits (ASCII or full-width); a decimal (`13912345678.5`) is one group.
  private static func digitGroups(in characters: [Character]) -> [Range<Int>] {
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
      // `1.5万`, `13912345678.5`: a decimal is one number, never a phone.
      if position + 1 < characters.count,
        IDNumberScanner.halfWidth(characters[position]) == ".",
        characters[position + 1].asciiDigitValue != nil
      {
        while position < characters.count,
          characters[position].asciiDigitValue != nil
            || IDNumberScanner.halfWidth(characters[position]) == "."
        {
          position += 1
        }
      }
      groups.append(start..<position)
    }
    return groups
  }

  /// Whether the characters between two groups are exactly one separator.
  private static func isSingleSeparator(_ characters: [Character], from start: Int, to end: Int)
    -> Bool
  {
    guard end - start == 1 else { return false }
    let value = characters[start].unicodeScalars.first.map(halfWidthValue) ?? 0
    return characters[start].unicodeScalars.count == 1 && isSeparatorValue(value)
  }

  /// Full-width ASCII (`１`, `－`, `（`) as its ASCII scalar value.
  private static func halfWidthValue(_ scalar: Unicode.Scalar) -> UInt32 {
    (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
  }

  /// Spaces and hyphens or dashes people type between the groups of a number.
  private static func isSeparatorValue(_ value: UInt32) -> Bool {
    switch value {
    case 0x20, 0x2D, 0xA0, 0x3000, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
    default: return false
    }
  }
}
