import Foundation

/// A server address or token as a clerk types it with a Chinese input method: in full-width
/// mode the colon, slashes, dots and digits come out as `：／．１` (U+FF01…U+FF5E), a 。 stands
/// for a dot, and a pasted token keeps the space or line end around it. None of these can be
/// meant: a URL's scheme, port and punctuation are ASCII (IDNA maps full-width forms and 。 to
/// ASCII for host names too) and a token is `dch_` and hex digits. So they are read as the
/// ASCII the clerk meant, instead of refusing an address that looks exactly right on screen.
enum TypedAddress {
  /// `text` with full-width ASCII forms and 。 in ASCII, the ideographic space as a space, and
  /// the spaces and line ends around it removed.
  static func halfWidth(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3002, 0xFF61: scalars.append(".")
      case 0x3000: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
