import Testing

@testable import DuchaTerminal

/// `DisplayWidth.wrap` wraps a text without line breaks whole instead of splitting it into
/// paragraphs by `isNewline`; the byte scan that decides this finds exactly the texts that
/// have a newline Character.
@Suite struct NewlineScanTests {
  static let newlines = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

  @Test func everyNewlineCharacterIsFoundAndNothingElse() {
    for newline in Self.newlines {
      for text in [newline, "甲" + newline, newline + "乙", "甲“乙”—" + newline + "丙\u{0301}"] {
        #expect(DisplayWidth.containsNewline(text), "\(Array(text.unicodeScalars))")
        let hasNewline = text.contains { $0.isNewline }
        #expect(hasNewline)
      }
    }
    // Neighbours of the newline bytes: “ ” — … (E2 80 9C/9D/94/A6), À (C3 80), U+0084, tab.
    let others = ["", "甲乙丙", "“引号”——省略……", "À\u{84}\u{2027}\u{202A}\t e\u{0301}", "\u{C2}"]
    for text in others {
      #expect(!DisplayWidth.containsNewline(text), "\(Array(text.unicodeScalars))")
      let hasNewline = text.contains { $0.isNewline }
      #expect(!hasNewline)
    }
  }

  @Test func paragraphsAreKeptForEveryKindOfBreak() {
    for newline in Self.newlines {
      #expect(
        DisplayWidth.wrap("灵璧县教育局" + newline + "督导组", width: 8) == ["灵璧县教", "育局", "督导组"])
    }
    #expect(DisplayWidth.wrap("灵璧县教育局督导组", width: 8) == ["灵璧县教", "育局督导", "组"])
  }
}
