import DuchaChecklist

/// Picks the Chinese or the English wording of a fixed phrase in a leader's output; the data
/// in it (unit names, titles, findings) stays as the records have it.
struct Wording: Sendable {
  /// The output's language.
  let language: Language

  init(_ language: Language) {
    self.language = language
  }

  /// `zh` in Chinese, `en` in English.
  func callAsFunction(_ zh: String, _ en: String) -> String {
    language == .english ? en : zh
  }

  /// Whether the output is English.
  var english: Bool { language == .english }
}
