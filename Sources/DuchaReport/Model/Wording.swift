import DuchaChecklist

/// Picks the Chinese or the English wording of a fixed phrase in a leader's output; the data
/// in it (unit names, titles, findings) stays as the records have it.
struct Wording: Sendable {
  /// The output's language.
  let language: Language

  init(_ language: Language) {
    self.language = language
  }

  /// `zh` in Chinese, `en` in English. Only the text of the output's language is built: a
  /// summary's draft formats every losing unit's score in both otherwise (callgrind: the
  /// draft's 8,000 number-to-text conversions over 1,000 sessions, half of them thrown away).
  func callAsFunction(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
    language == .english ? en() : zh()
  }

  /// Whether the output is English.
  var english: Bool { language == .english }
}
