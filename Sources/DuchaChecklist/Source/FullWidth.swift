/// The full-width forms of ASCII (U+FF01 `！` … U+FF5E `～`) that a Chinese input method types:
/// `２０２１－１０－１２`, `Ｇ３４１３２３…`. One place for narrowing them to their ASCII twins,
/// which typed dates, deadlines, plan names and registry cells all need.
public enum FullWidth {
  /// `scalar`'s ASCII twin when it is a full-width form; otherwise `scalar` itself.
  public static func narrowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard (0xFF01...0xFF5E).contains(scalar.value),
      let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
    else { return scalar }
    return ascii
  }

  /// `text` with every full-width form narrowed; every other scalar as it was.
  public static func narrowed(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars { result.unicodeScalars.append(narrowed(scalar)) }
    return result
  }
}
