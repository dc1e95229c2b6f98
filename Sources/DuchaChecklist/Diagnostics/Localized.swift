/// The interface languages: 简体中文 by default, English on request.
public enum Language: String, Sendable, CaseIterable {
  /// 简体中文.
  case chinese = "zh"
  /// English.
  case english = "en"

  /// The variables `detect` reads, first set and non-empty first.
  public static let environmentNames = ["DUCHA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]

  /// The language a `--lang` value names: `zh` or `en`, a locale name starting with one of
  /// them (`zh_CN.UTF-8`, `en-US`, `english`), or `中文` / `英文`; nil for any other (`fr`,
  /// a typo), which the command refuses rather than quietly answering in Chinese.
  public init?(option value: String) {
    let lower = value.lowercased()
    if lower.hasPrefix("en") || value == "英文" || value == "英语" {
      self = .english
    } else if lower.hasPrefix("zh") || value == "中文" || value == "汉语" {
      self = .chinese
    } else {
      return nil
    }
  }

  /// Why `--lang value` is refused, and what to write instead.
  public static func refusal(_ value: String) -> String {
    "--lang “\(value)” 不是 ducha 能用的语言：写 zh（中文）或 en（英文） / --lang '\(value)' is not a language ducha speaks: write zh or en."
  }

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
