import Foundation
import Testing

@testable import DuchaChecklist

/// `KeywordMatch` reads a line's keyword from its bytes; wherever it answers, the answer must be
/// the general path's (leading white space dropped by characters, `KeywordSplit`, the keyword
/// table, the word's character count), on every bundled line and on lines built to sit at the
/// edges of the fast path: keywords that prefix longer words, colons and white space of every
/// kind after them, marks and joiners that could join the keyword's last character.
@Suite struct KeywordMatchTests {
  static func lines() throws -> [Substring] {
    var built: [String] = []
    let separators = [
      "", " ", "  ", "\t", "：", ":", " ：", "\t:", "：：", ": ", "： ", "\u{3000}", "\u{3000}：",
      "\u{301}", "\u{301}：", "书：", "书 ", "\u{0B}", "\u{7F}", " \u{301}", "：\u{301}", "：\u{3000}",
      " #", "\u{200D} ", "\u{A0}", "：\u{FE0F}", " \u{FE0F}", "\u{E0100}", "：\t", " : x",
    ]
    for word in Keywords.readings.keys.sorted() + ["总分上限", "说明书", "部", "要"] {
      for indent in ["", "  ", "\t", " \t", "\u{3000}", "\u{A0}"] {
        for separator in separators {
          built.append(indent + word + separator + "甲 乙 1分")
          built.append(indent + word + separator)
        }
      }
    }
    return try UTF8ScanTests.lines() + built.map { Substring($0) }
  }

  @Test func everyMatchIsTheGeneralPathsReading() throws {
    var matched = 0
    for line in try Self.lines() {
      guard let match = KeywordMatch.match(line) else { continue }
      matched += 1
      let (text, indent) = TextScan.droppingLeadingWhitespace(line)
      #expect(ChecklistParser.lineStart(text) == .other, "\(line)")
      let (word, rest, restOffset, hasColon) = KeywordSplit.split(text)
      let known = try #require(Keywords.reading(of: word), "\(line)")
      #expect(match.indent == indent, "\(line)")
      #expect(match.keyword == known.keyword, "\(line)")
      #expect(match.reading == known.reading, "\(line)")
      #expect(match.wordLength == TextScan.characterCount(word[...]), "\(line)")
      #expect(match.restOffset == restOffset, "\(line)")
      #expect(match.hasColon == hasColon, "\(line)")
      let restStart = line.utf8.index(line.utf8.startIndex, offsetBy: match.restByte)
      #expect(restStart == rest.startIndex, "\(line)")
    }
    // The fast path must actually be taken: most bundled lines start with a keyword.
    #expect(matched > 5000)
  }

  /// A line the fast path leaves alone and the general path reads as a keyword is allowed
  /// (it only costs time); the reverse is not, and the parse of every built line must not
  /// change: the parser with the fast path against the general path alone.
  @Test func unmatchedLinesAreLeftToTheGeneralPath() throws {
    for line in try Self.lines() where KeywordMatch.match(line) == nil {
      let (text, _) = TextScan.droppingLeadingWhitespace(line)
      guard ChecklistParser.lineStart(text) == .other else { continue }
      let (word, _, _, _) = KeywordSplit.split(text)
      // Either no keyword, or one the fast path declines for a scalar it does not read.
      if Keywords.reading(of: word) != nil {
        let ascii = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
        let bytes = Array(line.utf8.dropFirst(ascii))
        let nonASCIIIndent = ascii != line.utf8.count - text.utf8.count
        let unread = line.unicodeScalars.contains { scalar in
          let value = scalar.value
          return !LexUnits.isStandalone(value) || (value > 0x7F && LexUnits.isSpace(value))
            || (value < 0x20 && value != 0x09) || value == 0x7F
        }
        #expect(bytes.isEmpty || nonASCIIIndent || unread, "\(line)")
      }
    }
  }
}
