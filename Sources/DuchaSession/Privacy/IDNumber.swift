/// Chinese resident ID numbers (GB 11643-1999) and 全国学籍号: validation and masking. Students
/// are minors; their ID numbers are shown and exported masked unless the user asks otherwise.
///
/// This is the one masker of ducha: every screen, file and export passes its text through
/// `maskAll(in:)` (or `PrivacyMask` / a model's `maskingPersonalData()`, which add students'
/// names) before any layout — wrapping, tables, CSV/HTML/Markdown quoting — so a number is
/// never split across lines or cells before it is recognised.
public enum IDNumber {
  private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  private static let checkCharacters = Array("10X98765432")

  /// Whether `text` is an 18-character ID number with a correct check character.
  public static func isValid(_ text: String) -> Bool {
    let characters = Array(String(text.map(IDNumberScanner.halfWidth)).uppercased())
    guard characters.count == 18 else { return false }
    var sum = 0
    for (character, weight) in zip(characters[..<17], weights) {
      guard let digit = character.asciiDigitValue else { return false }
      sum += digit * weight
    }
    return characters[17] == checkCharacters[sum % 11]
  }

  /// Whether `text` looks like an ID number or a 全国学籍号 (G/J/L + 18), valid or not;
  /// full-width digits and letters count as their ASCII forms.
  public static func looksLikeIdentifier(_ text: String) -> Bool {
    var body = String(text.map(IDNumberScanner.halfWidth)).uppercased()
    if let first = body.first, "GJL".contains(first), body.count == 19 { body.removeFirst() }
    return body.count == 18 && body.dropLast().allSatisfy { $0.asciiDigitValue != nil }
  }

  /// `text` with every ID number in it masked; the same as `maskAll(in:)`, kept for callers
  /// that mask one value (a name or number typed in a list):
  /// `11010519491231002X` → `110105***********X`.
  public static func mask(_ text: String) -> String { maskAll(in: text) }

  /// Masks every ID number in free text, however it is written: 18 characters (the last may
  /// be `X`) or the old 15 digits, in groups split by spaces or hyphens
  /// (`341323 20100512 0011`, `341323-20130615-002X`), glued to letters or Chinese
  /// (`学生ID341323201203010059`), as a 全国学籍号 (`G341323…`), in full-width digits. The
  /// region code (first 6) and the last character stay, the birth date and sequence become
  /// `*`; separators and everything else (names are needed to act) stay as they are. Any run
  /// of 15 or more digits is treated as a number to hide: a false alarm costs a few stars,
  /// a miss exposes a child.
  public static func maskAll(in text: String) -> String {
    IDNumberScanner.mask(text)
  }

  /// `text`, masked unless `reveal` (the `--reveal` flag of the leader's exports).
  public static func maskAll(in text: String, reveal: Bool) -> String {
    reveal ? text : maskAll(in: text)
  }

  /// `text` with ID numbers typed in groups written as one word:
  /// `张三341323 20100512 0011` → `张三341323201005120011`. Lists of names split at spaces
  /// call this first, so a grouped number stays one entry (and is masked and checked whole).
  public static func joiningGroups(in text: String) -> String {
    IDNumberScanner.joinGroups(text)
  }

  /// Whether `text` still shows an ID number that `maskAll(in:)` would hide; for tests and
  /// `scripts/torture`, which check every output with it.
  public static func containsUnmasked(_ text: String) -> Bool {
    IDNumberScanner.runs(in: Array(text)).contains { $0.hides }
  }
}

extension Character {
  /// 0–9 for an ASCII or full-width digit, nil otherwise.
  var asciiDigitValue: Int? {
    let ascii = IDNumberScanner.halfWidth(self)
    guard ascii.isASCII, let value = ascii.wholeNumberValue else { return nil }
    return value
  }
}
