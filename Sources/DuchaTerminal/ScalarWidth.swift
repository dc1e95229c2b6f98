/// Column counts for single scalars and grapheme clusters; the public entry point is
/// `DisplayWidth`.
enum ScalarWidth {
  /// Hangul medial vowels and final consonants only ever follow a leading consonant that already
  /// took two columns, so on their own they add nothing.
  private static let conjoiningJamo: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]

  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) {
      // Control characters move the cursor or do nothing visible; counting them would
      // misalign every column after them.
      return 0
    }
    if value < 0x7F {
      return 1
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
      return 0
    default:
      break
    }
    if conjoiningJamo.contains(where: { $0.contains(value) }) {
      return 0
    }
    if isWide(value) || scalar.properties.isEmojiPresentation {
      return 2
    }
    return 1
  }

  static func of(_ cluster: Character) -> Int {
    let scalars = cluster.unicodeScalars
    guard let base = scalars.first(where: { of($0) != 0 }) else {
      return 0
    }
    if base.properties.isEmoji {
      // A variation selector overrides an emoji's default presentation: U+FE0F asks for the
      // two-column picture (❤️), U+FE0E for the one-column text glyph.
      if scalars.contains("\u{FE0F}") {
        return 2
      }
      if scalars.contains("\u{FE0E}") {
        return 1
      }
    }
    return of(base)
  }
}
