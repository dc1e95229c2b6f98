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
  ///
  /// The place words are found on the text's UTF-8 bytes: Foundation's `range(of:options:)`,
  /// seven times a cell, was two thirds of laying out `ducha compare`'s main list (a tenth of
  /// its whole run at a million rows). A place word is whole scalars, so its last byte ends one.
  public static func address(_ text: String) -> String {
    guard !text.isEmpty else { return text }
    let bytes = Array(text.utf8)
    let kept = placeWords.compactMap { lastEnd(of: $0, in: bytes) }.max()
    guard let kept else {
      let start = text.index(text.startIndex, offsetBy: min(3, text.count))
      return start == text.endIndex ? text : String(text[..<start]) + "**"
    }
    return kept == bytes.count ? text : String(decoding: bytes[..<kept], as: UTF8.self) + "**"
  }

  private static let placeWords = ["居委会", "社区", "小区", "村", "街道", "镇", "乡"].map {
    Array($0.utf8)
  }

  /// The byte offset just past the last occurrence of `word` in `bytes`.
  private static func lastEnd(of word: [UInt8], in bytes: [UInt8]) -> Int? {
    guard word.count <= bytes.count else { return nil }
    var start = bytes.count - word.count
    while start >= 0 {
      if bytes[start] == word[0], bytes[start..<start + word.count].elementsEqual(word) {
        return start + word.count
      }
      start -= 1
    }
    return nil
  }
}
