import DuchaSession

/// How a student appears in an output: masked (the default, students are minors) or revealed.
public struct RosterPrivacy: Sendable {
  /// Whether names and numbers are shown in full (`--reveal`).
  public var reveal: Bool

  /// Creates a policy.
  public init(reveal: Bool) { self.reveal = reveal }

  /// The student's name, masked unless revealed.
  public func name(_ student: Student) -> String {
    reveal ? student.name : PersonName.mask(student.name)
  }

  /// A document or registry number, masked unless revealed; short or odd numbers, which the
  /// ID masker leaves alone, lose all but their first and last characters.
  public func number(_ text: String) -> String {
    if reveal || text.isEmpty { return text }
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
}
