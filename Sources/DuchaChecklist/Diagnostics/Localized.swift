/// The interface languages: 简体中文 by default, English on request.
public enum Language: String, Sendable, CaseIterable {
  /// 简体中文.
  case chinese = "zh"
  /// English.
  case english = "en"

  /// The variables `detect` reads, first set and non-empty first.
  public static let environmentNames = ["DUCHA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]

  /// Picks English when a locale variable asks for it, Chinese otherwise.
  public static func detect(environment: [String: String]) -> Language {
    for key in environmentNames {
      guard let value = environment[key], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("en") ? .english : .chinese
    }
    return .chinese
  }
}

/// A user-facing text in both interface languages.
public struct Localized: Hashable, Sendable {
  /// The Chinese text.
  public var zh: String
  /// The English text.
  public var en: String

  /// Creates a text; the English falls back to the Chinese when omitted.
  public init(_ zh: String, en: String? = nil) {
    self.zh = zh
    self.en = en ?? zh
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    language == .english ? en : zh
  }
}
