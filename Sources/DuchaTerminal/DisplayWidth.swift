/// Terminal column arithmetic for mixed Chinese and Latin text.
///
/// `String.count` counts grapheme clusters, but a terminal gives CJK characters and fullwidth
/// punctuation two columns and gives combining marks and escape codes none, so columns of
/// Chinese text only line up when measured here.
public enum DisplayWidth {
  /// The number of terminal columns `text` occupies.
  ///
  /// East Asian Wide and Fullwidth characters and emoji count 2; combining marks, zero-width
  /// joiners, variation selectors, control characters and ANSI escape sequences count 0;
  /// everything else counts 1. A grapheme cluster takes the width of its first scalar that has
  /// one. Ambiguous-width characters (“”、─) count 1, as most terminals draw them in a Chinese
  /// locale that is not set to CJK-ambiguous-wide.
  public static func of(_ text: String) -> Int {
    // Text of simple scalars only (names, ids, most titles) is one unit per scalar with the
    // scalar's width (`TerminalText.simpleUnits`): summed here without building the units.
    var total = 0
    for scalar in text.unicodeScalars {
      guard let width = SimpleScalar.width(scalar) else {
        return TerminalText.units(of: text).reduce(0) { $0 + $1.width }
      }
      total += width
    }
    return total
  }
}
