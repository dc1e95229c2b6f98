import Foundation

/// The texts of the numbers written back so far (`Decimal.description`), kept by the number's
/// stored bytes.
///
/// Writing a rule back into its source text (`Expression.written(_:)`, once per rule when a
/// checklist is loaded) spent most of its time in `Decimal.description`, about 5,600
/// instructions a number, while a checklist uses a handful of distinct numbers. Two decimals
/// with the same stored bytes are the same value in the same form, so they have the same
/// description; a number is written by Foundation the first time only. Keyed by the bytes,
/// not by the value: `1.5` and `1.50` are equal but need not print alike.
struct NumberTexts {
  private var texts: [Key: String] = [:]

  /// `value.description`.
  mutating func text(of value: Decimal) -> String {
    guard let key = Key(value) else { return value.description }
    if let known = texts[key] { return known }
    let text = value.description
    texts[key] = text
    return text
  }

  /// The 20 stored bytes of a `Decimal`, as three words.
  private struct Key: Hashable {
    let low: UInt64
    let middle: UInt64
    let high: UInt32

    /// Nil if `Decimal` is not stored in 20 bytes on this platform (the key would not hold
    /// all of it).
    init?(_ value: Decimal) {
      guard MemoryLayout<Decimal>.size == 20 else { return nil }
      (low, middle, high) = withUnsafeBytes(of: value) { bytes in
        (
          bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
          bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
          bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        )
      }
    }
  }
}
