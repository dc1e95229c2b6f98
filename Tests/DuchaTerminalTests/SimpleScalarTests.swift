import Testing

@testable import DuchaTerminal

/// The short cut of `TerminalText.simpleUnits` against the Unicode tables of the general path.
@Suite struct SimpleScalarTests {
  /// Every scalar the short cut takes, and a few it must not.
  static let simple: [Unicode.Scalar] = [
    0x20...0x7E, 0xB7...0xB7, 0x2010...0x2027, 0x2460...0x257F, 0x3000...0x3029, 0x3400...0x4DBF,
    0x4E00...0x9FFF,
    0xFF01...0xFF60,
  ]
  .flatMap { $0 }.compactMap(Unicode.Scalar.init)

  @Test func eachSimpleScalarHasTheWidthOfTheGeneralPath() {
    for scalar in Self.simple {
      #expect(
        SimpleScalar.width(scalar) == ScalarWidth.of(Character(scalar)),
        "U+\(String(scalar.value, radix: 16))")
    }
    for value: UInt32 in [
      0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x301, 0x302A, 0x302F, 0x3099, 0xFE0F, 0x200D, 0xFF9E, 0x1F600,
      0x200B, 0x200F, 0x2028, 0x2029, 0x202A, 0x203C, 0x245F, 0x2580,
    ] {
      #expect(SimpleScalar.width(Unicode.Scalar(value)!) == nil)
    }
  }

  /// No simple scalar joins the scalar before or after it into one grapheme cluster, so a text
  /// of them has one unit per scalar.
  @Test func eachSimpleScalarIsAClusterOfItsOwnBesideAnyOther() {
    let partners: [Unicode.Scalar] = ["a", " ", "一", "，", "\u{3000}", "（", "~", "\u{4DBF}"]
    for scalar in Self.simple {
      for partner in partners {
        var pair = String.UnicodeScalarView()
        pair.append(scalar)
        pair.append(partner)
        pair.append(scalar)
        #expect(String(pair).count == 3, "U+\(String(scalar.value, radix: 16))")
      }
    }
  }

  @Test func simpleTextGivesTheUnitsOfTheGeneralPath() {
    for text in [
      "灵璧县学籍管理（2021）", "lingbi-xueji-2021  第一，第二。", "ＡＢＣ１２３　〇", "",
      "酒店乡控辍保学工作实施方案·健全“18 项”档案", "c20—c29…‘甲’", "①学籍②控辍", "────",
    ] {
      let units = TerminalText.simpleUnits(of: text)
      #expect(units?.map(\.text) == text.map { String($0) })
      #expect(units?.map(\.width) == text.map { ScalarWidth.of($0) })
    }
    // Anything else goes the general way: combining marks, escapes, line breaks, emoji, ambiguous.
    for text in [
      "e\u{301}", "a\u{1B}[1mb", "a\nb", "👨‍👩‍👧", "“\u{301}引号”", "한국어", "─\u{301}", "▀", "a\u{200D}b",
    ] {
      #expect(TerminalText.simpleUnits(of: text) == nil)
    }
  }

  /// `DisplayWidth.of` sums the simple scalars' widths without building units: the same as the
  /// units' widths, for simple text and for text that takes the general path.
  @Test func displayWidthOfSimpleTextIsTheSumOfItsUnits() {
    for text in [
      "灵璧县学籍管理（2021）", "会理县·核查“8 项”— …", "", "e\u{301}x", "a\u{1B}[1mb", "👨‍👩‍👧 一",
      "❤\u{FE0F}·", "甲\u{200D}乙", "──", "한국어·",
    ] {
      #expect(
        DisplayWidth.of(text) == TerminalText.units(of: text).reduce(0) { $0 + $1.width },
        "\(text.debugDescription)")
    }
  }
}
