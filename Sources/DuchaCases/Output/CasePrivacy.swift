import DuchaSession

/// How a case's personal fields appear in an output: masked (the family name, the region code
/// and last character of the ID number) unless the user asked for `--reveal`.
public struct CasePrivacy: Sendable {
  /// Whether names and full numbers are shown.
  public var reveal: Bool
  /// Whether names are shown even when numbers are masked (the inspector's screen at the
  /// school, where the child must be found by name).
  public var showsNames: Bool

  /// Creates a policy.
  public init(reveal: Bool, showsNames: Bool? = nil) {
    self.reveal = reveal
    self.showsNames = showsNames ?? reveal
  }

  /// The child's (or guardian's) name.
  public func name(_ text: String?) -> String {
    guard let text else { return "" }
    if reveal { return text }
    let masked = IDNumber.maskAll(in: text)
    return showsNames ? masked : PersonName.mask(masked)
  }

  /// An ID number.
  public func number(_ text: String) -> String { IDNumber.maskAll(in: text, reveal: reveal) }

  /// Free text (a school, a proof, an outcome): ID numbers in it are masked.
  public func text(_ text: String?) -> String { IDNumber.maskAll(in: text ?? "", reveal: reveal) }

  /// A phone number: only the last four digits unless revealed.
  public func phone(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "" }
    return reveal ? text : String(repeating: "*", count: max(0, text.count - 4)) + text.suffix(4)
  }
}
