import Foundation

/// A form's text written for each 学段 in turn, and the parts of it that are one unit's own.
/// 贵州's 要求 reads `…服务半径适宜（小学）；…具有可持续发展空间（初中）`: a 小学 told to rectify
/// “against” both columns was also held to the 初中 standard it is not under.
public enum StageText {
  /// The parts of `text` that are for `stages`, joined as written. `text` is read as parts when
  /// it is two or more parts joined by `；`, each ending in its stages in brackets (`（小学）`,
  /// `（初中）`, `（小学、初中）`); otherwise, or when no part (or every part) is the unit's, the
  /// whole text is returned: a text not so written is never cut.
  public static func own(_ text: String, stages: [Stage]) -> String {
    let parts = text.split(separator: "；", omittingEmptySubsequences: false).map(String.init)
    guard parts.count > 1, !stages.isEmpty else { return text }
    var mine: [String] = []
    for part in parts {
      guard let named = self.stages(endingPart: part) else { return text }
      if named.contains(where: stages.contains) { mine.append(part) }
    }
    return mine.isEmpty || mine.count == parts.count ? text : mine.joined(separator: "；")
  }

  /// The stages a part ends with in brackets (`（初中）` → 初中), or nil when it does not end so.
  static func stages(endingPart part: String) -> [Stage]? {
    let trimmed = part.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasSuffix("）"), let open = trimmed.lastIndex(of: "（") else { return nil }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let words = inside.split(separator: "、").map { Stage(rawValue: String($0)) }
    guard !words.isEmpty, words.allSatisfy({ $0 != nil }) else { return nil }
    return words.compactMap { $0 }
  }
}
