/// Scalars whose terminal width and grapheme clustering are known without asking the Unicode
/// tables: printable ASCII and the punctuation of Chinese titles outside the CJK blocks — the
/// middle dot `·`, U+2010–U+2027 (dashes, curly quotes, `…`), the circled numbers of item
/// lists (`①`, U+2460–U+24FF) and box drawing (`─`, U+2500–U+257F), all one column — and the
/// common CJK blocks (two columns): the ideographs, extension A, the CJK punctuation
/// before U+302A (where combining tone marks begin) and the fullwidth forms. None of them
/// extends, prepends to or joins another scalar, so a text made only of them has one grapheme
/// cluster per scalar (`SimpleScalarTests` checks every one).
enum SimpleScalar {
  /// The column count `ScalarWidth` gives `scalar`, or nil when `scalar` is not simple.
  @inline(__always)
  static func width(_ scalar: Unicode.Scalar) -> Int? {
    width(value: scalar.value)
  }

  /// `width(_:)` of the scalar whose value is `value`.
  @inline(__always)
  static func width(value: UInt32) -> Int? {
    if value < 0x7F { return value >= 0x20 ? 1 : nil }
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x3029, 0xFF01...0xFF60: return 2
    case 0xB7, 0x2010...0x2027, 0x2460...0x257F: return 1
    default: return nil
    }
  }
}
