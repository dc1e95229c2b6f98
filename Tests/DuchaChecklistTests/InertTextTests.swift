import Foundation
import Testing

@testable import DuchaChecklist

/// The parser compares and looks up Chinese words by their bytes (`InertText`, `InertKey`,
/// `InertWord`), splits header words and cuts ` #` comments over scalars (`TextScan.words`,
/// `TextScan.beforeComment`). Each must answer exactly as the `String` operation it replaces,
/// including for text that normalization or grapheme breaking treats specially.
@Suite struct InertTextTests {
  /// Words and lines built to tell the byte paths from the `String` ones: compatibility
  /// ideographs (豈 U+F900 is canonically 豈 U+8C48), precomposed and decomposed accents,
  /// combining marks after `#` or a space, full-width and ideographic spaces, emoji.
  static let samples: [String] = [
    "", "或", "且", "非", "是", "否", "规则", "部分", "加分项", "条目", "说明", "总分", "分值",
    "小学", "初中", "计数", "每例扣分", "\u{F900}", "\u{8C48}", "\u{FA10}", "\u{585A}",
    "é", "e\u{301}", "Å", "A\u{30A}", "\u{212B}", "abc", "ab", "名单1", "a_b", "甲\u{301}",
    "人数 # 注释", "人数 #", "人数  # 两个空格", " # 开头", "#无空格", "a #\u{301} 组合",
    "a\u{301} # 组合前", "9.5 # 注释 # 两个", "值\u{3000}# 全角空格", "值 \u{200B}# 零宽",
    "1 部分  第一\t部分 10分", "\u{3000}前\u{3000}后\u{3000}", "e\u{301} 词 👍🏽 x", "x\u{0600} y",
    "a\u{85}b", "Ａ\u{FF03}", "中 # ", " ", "  ", "#", " #", "a#b",
  ]

  @Test func equalIsStringEquality() {
    for a in Self.samples {
      for b in Self.samples {
        #expect(InertText.equal(a, b) == (a == b), "\(a) vs \(b)")
        #expect((InertWord(a) == InertWord(b)) == (a == b), "\(a) vs \(b)")
        if let keyA = InertKey(a), let keyB = InertKey(b) {
          #expect((keyA == keyB) == (a == b), "\(a) vs \(b)")
          if a == b { #expect(keyA.hashValue == keyB.hashValue) }
        }
      }
    }
  }

  @Test func keywordReadingsAreTheDictionarysAnswers() {
    for word in Self.samples + Keywords.all + Array(Keywords.aliases.keys) {
      let fast = Keywords.reading(of: word)
      let slow = Keywords.readings[word]
      #expect(fast?.keyword == slow?.keyword, "\(word)")
      #expect(fast?.reading == slow?.reading, "\(word)")
    }
  }

  @Test func wordsAreTheWhitespaceSplit() {
    for text in Self.samples {
      let line = Substring(text)
      #expect(
        TextScan.words(line).map(String.init)
          == line.split(whereSeparator: \.isWhitespace).map(String.init), "\(text)")
    }
  }

  @Test func beforeCommentIsTheSplitsFirstPiece() {
    for text in Self.samples {
      let line = Substring(text)
      #expect(
        TextScan.beforeComment(line).map(String.init)
          == line.split(separator: " #").first.map(String.init), "\(text)")
    }
  }
}
