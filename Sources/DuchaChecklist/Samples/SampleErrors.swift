import Foundation

/// The sample runner's message (T001): an expectation the form's own rules do not meet.
enum SampleErrors {
  static func expectationFailed(
    sample: String, target: String, wanted: String, actual: String, detail: Localized?,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "T001", at: location,
      Localized(
        "样例“\(sample)”：期望 \(target) = \(wanted)，实际 = \(actual)。",
        en: "sample '\(sample)': expected \(target) = \(wanted), got \(actual)."),
      fix: detail
        ?? Localized(
          "核对这条“期望”和它所依据的“设”与评分规则，改正写错的一方。",
          en: "check this expectation against its 设 lines and the rules; correct the wrong one."))
  }
}
