import DuchaSession

/// How a student appears in an output: masked (the default, students are minors) or revealed.
public struct RosterPrivacy: Sendable {
  /// Whether names are shown in full.
  public var revealNames: Bool
  /// Whether document and registry numbers are shown in full.
  public var revealNumbers: Bool

  /// Everything masked, or everything shown (`--reveal`).
  public init(reveal: Bool) {
    self.revealNames = reveal
    self.revealNumbers = reveal
  }

  /// Names and numbers separately: the REPL shows the inspector names (needed to act) and
  /// masks numbers, as it does for typed ones.
  public init(revealNames: Bool, revealNumbers: Bool) {
    self.revealNames = revealNames
    self.revealNumbers = revealNumbers
  }

  /// Whether nothing is masked.
  public var reveal: Bool { revealNames && revealNumbers }

  /// The student's name, masked unless revealed.
  public func name(_ student: Student) -> String {
    revealNames ? student.name : PersonName.mask(student.name)
  }

  /// A document or registry number, masked unless revealed; short or odd numbers, which the
  /// ID masker leaves alone, lose all but their first and last characters.
  public func number(_ text: String) -> String {
    if revealNumbers || text.isEmpty { return text }
    if IDNumber.looksLikeIdentifier(text) { return IDNumber.mask(text) }
    guard text.count > 2 else { return String(repeating: "*", count: text.count) }
    // A 15-digit old ID number keeps its region code, like an 18-digit one.
    if text.count >= 15 {
      return String(text.prefix(6)) + String(repeating: "*", count: text.count - 7)
        + String(text.suffix(1))
    }
    return String(text.prefix(1)) + String(repeating: "*", count: text.count - 2)
      + String(text.suffix(1))
  }

  /// `text` with every number-like word (six or more letters and digits, at least five of
  /// them digits: ID numbers old and new, 学籍号, passport numbers) masked unless revealed.
  public func numbers(in text: String) -> String {
    if revealNumbers { return text }
    var result = ""
    var word = ""
    func flush() {
      let digits = word.filter(\.isNumber).count
      result += word.count >= 6 && digits >= 5 ? number(word) : word
      word = ""
    }
    for character in text {
      if character.isASCII && (character.isNumber || character.isLetter) {
        word.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}
