import Testing

@testable import DuchaTerminal

/// The short cut of `SimpleWrap` against the general way of wrapping (`WrapToken` and
/// `LineWrapper` over grapheme clusters), line for line.
@Suite struct SimpleWrapTests {
  /// One of each kind the rules tell apart: Latin letters and digits, the break space, an
  /// ideograph, punctuation that may not begin or end a line (Chinese and ASCII), the
  /// ideographic space (wide, no break), the middle dot and the ellipsis (narrow, non-ASCII).
  static let alphabet: [Character] = ["a", "1", " ", "中", "，", "（", "“", "%", "(", "　", "·", "…"]

  @Test func everyShortTextWrapsAsTheGeneralPathWrapsIt() {
    var texts: [String] = [""]
    var previous: [String] = [""]
    for _ in 1...4 {
      previous = previous.flatMap { text in Self.alphabet.map { text + String($0) } }
      texts += previous
    }
    for text in texts {
      for width in 1...7 {
        #expect(
          SimpleWrap.lines(of: text, width: width) == DisplayWidth.wrapUnits(text, width: width),
          "\(text.debugDescription) at \(width)")
      }
    }
  }

  @Test func longMixedTextsWrapAsTheGeneralPathWrapsThem() {
    let pieces =
      Self.alphabet.map { String($0) } + [
        "灵璧县", "第一中学", "Swift", "2024年", "  ", "。", "、", "）", "》", "【", "’", "—", "‘", "?", "！",
        "ＡＢＣ", "；", "G34132220100101001X", "〔2024〕", "①", "②", "───",
      ]
    // A fixed sequence (a linear congruential generator), so a failure is repeated by the next
    // run.
    var state: UInt64 = 2024
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<400 {
      let text = (0..<(5 + next(40))).map { _ in pieces[next(pieces.count)] }.joined()
      for width in [1, 2, 3, 5, 8, 13, 20, 40, 80] {
        #expect(
          SimpleWrap.lines(of: text, width: width) == DisplayWidth.wrapUnits(text, width: width),
          "\(text.debugDescription) at \(width)")
      }
    }
  }

  @Test func textWithAnyOtherScalarIsLeftToTheGeneralPath() {
    for text in ["e\u{301}", "a\u{1B}[1mb", "督\u{200B}导", "a\tb", "👨‍👩‍👧", "한국어", "▀", "a\u{37E}"] {
      #expect(SimpleWrap.lines(of: text, width: 10) == nil, "\(text.debugDescription)")
    }
  }
}
