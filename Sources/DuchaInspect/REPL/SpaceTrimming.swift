import Foundation

/// `trimmingCharacters(in: .whitespaces)` without Foundation's work when there is nothing to
/// trim, which is nearly every line an inspector types.
///
/// `perf record` of a 1,000-answer walk: Foundation's trimming was 3.4% of all samples (each
/// command and answer line is trimmed two or three times on its way in). A line whose first and
/// last scalars are not spaces is returned as it is — exactly what trimming returns — and any
/// other line is still trimmed by Foundation, so the result never differs.
extension StringProtocol {
  /// The text without leading and trailing spaces and tabs (Unicode `Zs` and U+0009), as
  /// `trimmingCharacters(in: .whitespaces)` gives it.
  var trimmingSpaces: String {
    guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
    if !SpaceTrimming.isSpace(first), !SpaceTrimming.isSpace(last) { return String(self) }
    return trimmingCharacters(in: .whitespaces)
  }

  /// Whether the text is empty or only spaces and tabs.
  var isBlank: Bool { unicodeScalars.allSatisfy(SpaceTrimming.isSpace) }
}

/// The scalars `CharacterSet.whitespaces` holds.
enum SpaceTrimming {
  private static let spaces = CharacterSet.whitespaces

  /// Whether `scalar` is in `CharacterSet.whitespaces`: asked of the set for non-ASCII only.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar == " " || scalar == "\t" : spaces.contains(scalar)
  }
}
