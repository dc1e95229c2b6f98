extension DisplayWidth {
  /// Breaks `text` into lines of at most `width` columns.
  ///
  /// Chinese text may break between any two characters, Latin text breaks at spaces, and a word
  /// longer than a whole line is cut at character boundaries. A wide character is never split;
  /// with `width` below 2 it gets a line of its own even though that line is too wide. Closing
  /// punctuation such as "，" "。" "）" is kept off the start of a line and opening punctuation
  /// such as "（" "【" off its end, as Chinese typesetting expects. Line breaks in `text` are
  /// kept, spaces at the wrap points are dropped, and no line ends with a space.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    // Most texts are one paragraph, and finding the line breaks by `isNewline` walks every
    // Character of the text (grapheme breaking; 2% of a summary's instructions, whose draft
    // has lines of thousands of school names). A newline Character always contains one of the
    // newline scalars (a grapheme cluster breaks around them), so a text without their bytes
    // is one paragraph and is wrapped whole.
    if !containsNewline(text) { return wrapParagraph(text, width: width) }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .flatMap { wrapParagraph(String($0), width: width) }
  }

  /// The lines of one paragraph (a text without line breaks).
  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    SimpleWrap.lines(of: paragraph, width: width) ?? wrapUnits(paragraph, width: width)
  }

  /// `wrapParagraph` over the paragraph's units (grapheme clusters and escapes): the way for any
  /// text, which `SimpleWrap` takes a short cut of.
  static func wrapUnits(_ paragraph: String, width: Int) -> [String] {
    var wrapper = LineWrapper(width: width)
    for token in WrapToken.tokens(of: paragraph) {
      wrapper.place(token)
    }
    return wrapper.finish()
  }

  /// Whether `text` holds a scalar that `Character.isNewline` accepts: LF, VT, FF, CR (bytes
  /// 0A–0D), NEL (C2 85), LINE SEPARATOR or PARAGRAPH SEPARATOR (E2 80 A8, E2 80 A9).
  static func containsNewline(_ text: String) -> Bool {
    // Over the contiguous bytes (every native string): the iterator cost about 25
    // instructions a byte, which made this scan most of a short cell's layout.
    if let found = text.utf8.withContiguousStorageIfAvailable(containsNewline) { return found }
    var bytes = text.utf8.makeIterator()
    var previous: (UInt8, UInt8) = (0, 0)
    while let byte = bytes.next() {
      switch byte {
      case 0x0A...0x0D: return true
      case 0x85 where previous.1 == 0xC2: return true
      case 0xA8...0xA9 where previous == (0xE2, 0x80): return true
      default: break
      }
      previous = (previous.1, byte)
    }
    return false
  }

  /// `containsNewline` over the bytes of a text.
  private static func containsNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for (offset, byte) in bytes.enumerated() {
      switch byte {
      case 0x0A...0x0D: return true
      case 0x85 where offset >= 1 && bytes[offset - 1] == 0xC2: return true
      case 0xA8...0xA9 where offset >= 2 && bytes[offset - 2] == 0xE2 && bytes[offset - 1] == 0x80:
        return true
      default: continue
      }
    }
    return false
  }
}
