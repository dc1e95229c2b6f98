/// `DisplayWidth.wrap` of one paragraph made only of `SimpleScalar`s (names, titles, the
/// summary's draft of thousands of school names), read on its UTF-8 bytes.
///
/// Such a paragraph is one unit per scalar, each one or two columns wide, no escapes, and its
/// only break space is U+0020 (a tab is not simple). The general path (`WrapToken`,
/// `LineWrapper`) built a `String` and an array per character; here tokens and lines are byte
/// ranges of the paragraph (the spaces a break drops are never inside a line, so a line is one
/// range), and only the lines are made into `String`s. The rules are the same, decision
/// for decision (`SimpleWrapTests` holds the two paths together).
struct SimpleWrap {
  /// A token of `WrapToken`: a run of spaces, or units that must stay on one line.
  private struct Token {
    var start: Int
    var end: Int
    var width: Int
    var isSpace: Bool
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let width: Int
  private var lines: [String] = []
  private var lineStart = 0
  private var lineEnd = 0
  /// Every simple scalar is at least one column wide, so a line is empty when this is 0.
  private var lineWidth = 0
  private var pendingSpace: Token?
  /// Spaces before the first word of a paragraph are indentation worth keeping.
  private var isParagraphStart = true

  private init(bytes: UnsafeBufferPointer<UInt8>, width: Int) {
    self.bytes = bytes
    self.width = width
  }

  /// The lines of `paragraph` (no line breaks) at most `width` columns wide, or nil when it holds
  /// a scalar that is not simple.
  static func lines(of paragraph: String, width: Int) -> [String]? {
    var paragraph = paragraph
    return paragraph.withUTF8 { bytes in
      var wrapper = SimpleWrap(bytes: bytes, width: width)
      return wrapper.wrap()
    }
  }

  private mutating func wrap() -> [String]? {
    var token: Token?
    var previous: (value: UInt32, width: Int) = (0, 0)
    var index = 0
    while index < bytes.count {
      guard let (value, length, scalarWidth) = scalar(at: index) else { return nil }
      let end = index + length
      if value == 0x20 {
        if token?.isSpace == true {
          token?.end = end
          token?.width += scalarWidth
        } else {
          if let token { place(token) }
          token = Token(start: index, end: end, width: scalarWidth, isSpace: true)
        }
      } else if let current = token, !current.isSpace,
        !Self.canBreak(between: previous, and: (value, scalarWidth))
      {
        token?.end = end
        token?.width += scalarWidth
      } else {
        if let token { place(token) }
        token = Token(start: index, end: end, width: scalarWidth, isSpace: false)
      }
      previous = (value, scalarWidth)
      index = end
    }
    if let token { place(token) }
    if lineWidth > 0 || lines.isEmpty { flush() }
    return lines
  }

  /// The scalar starting at byte `index`: its value, byte count and width, or nil when it is not
  /// simple. The bytes are valid UTF-8 (a `String`'s), and every simple scalar is below U+10000.
  private func scalar(at index: Int) -> (UInt32, Int, Int)? {
    let lead = UInt32(bytes[index])
    let value: UInt32
    let length: Int
    if lead < 0x80 {
      (value, length) = (lead, 1)
    } else if lead < 0xE0 {
      (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    } else if lead < 0xF0 {
      let middle = UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      (value, length) = ((lead & 0x0F) << 12 | middle, 3)
    } else {
      return nil
    }
    guard let width = SimpleScalar.width(value: value) else { return nil }
    return (value, length, width)
  }

  /// `WrapToken`'s rule: a break between two wide characters or a wide and a narrow one, unless
  /// punctuation forbids it; never between two narrow ones (a Latin word).
  private static func canBreak(
    between left: (value: UInt32, width: Int), and right: (value: UInt32, width: Int)
  ) -> Bool {
    guard left.width == 2 || right.width == 2 else { return false }
    return
      !(isListed(right.value, in: LineBreakRules.noBreakBeforeValues)
      || isListed(left.value, in: LineBreakRules.noBreakAfterValues))
  }

  /// Whether `value` is in `list`; the ideographs, most of a Chinese text, are in neither list.
  @inline(__always)
  private static func isListed(_ value: UInt32, in list: Set<UInt32>) -> Bool {
    if (0x3400...0x9FFF).contains(value) { return false }
    return list.contains(value)
  }

  /// `LineWrapper.place`, with the line as one byte range.
  private mutating func place(_ token: Token) {
    if token.isSpace {
      if lineWidth > 0 || isParagraphStart { pendingSpace = token }
      return
    }
    let spaceWidth = pendingSpace?.width ?? 0
    if lineWidth + spaceWidth + token.width <= width {
      if lineWidth == 0 { lineStart = pendingSpace?.start ?? token.start }
      lineEnd = token.end
      lineWidth += spaceWidth + token.width
      pendingSpace = nil
      isParagraphStart = false
      return
    }
    pendingSpace = nil
    isParagraphStart = false
    if lineWidth > 0 { flush() }
    if token.width <= width {
      (lineStart, lineEnd, lineWidth) = (token.start, token.end, token.width)
    } else {
      cut(token)
    }
  }

  /// A token wider than a whole line, cut at its scalars.
  private mutating func cut(_ token: Token) {
    var index = token.start
    while index < token.end, let (_, length, scalarWidth) = scalar(at: index) {
      if lineWidth > 0, lineWidth + scalarWidth > width { flush() }
      if lineWidth == 0 { lineStart = index }
      lineEnd = index + length
      lineWidth += scalarWidth
      index += length
    }
  }

  /// Ends the line; trailing spaces are dropped.
  private mutating func flush() {
    var end = lineEnd
    while end > lineStart, bytes[end - 1] == 0x20 { end -= 1 }
    lines.append(
      String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self))
    (lineStart, lineEnd, lineWidth) = (0, 0, 0)
  }
}
