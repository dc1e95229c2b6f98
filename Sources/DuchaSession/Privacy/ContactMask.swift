/// A family's phone number and home address in a masked output: the phone keeps its last four
/// digits and the address stops at the village or community (`渔沟镇张庄村**`), enough to know
/// which family and which village a row is about, not how to ring or find the house. Shared by
/// the case ledger's outputs (`CasePrivacy`) and the compare lists, as `BirthDateMask` is.
public enum ContactMask {
  /// `13912345678` → `*******5678`.
  public static func phone(_ text: String) -> String {
    guard !text.isEmpty else { return "" }
    return String(repeating: "*", count: max(0, text.count - 4)) + text.suffix(4)
  }

  /// Down to the last place word (村, 社区, 镇 …), the rest `**`; an address without one keeps
  /// its first three characters.
  public static func address(_ text: String) -> String {
    guard !text.isEmpty else { return text }
    let places = ["居委会", "社区", "小区", "村", "街道", "镇", "乡"]
    let kept =
      places.lazy.compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max()
      ?? text.index(text.startIndex, offsetBy: min(3, text.count))
    return kept == text.endIndex ? text : String(text[..<kept]) + "**"
  }
}
