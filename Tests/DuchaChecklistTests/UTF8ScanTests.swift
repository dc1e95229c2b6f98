import Foundation
import Testing

@testable import DuchaChecklist

/// The line scans read scalars from UTF-8 bytes (`UTF8Scan`); each must answer what the
/// `Character` operation it replaces answers, on every bundled line and on lines built to differ
/// (marks after a sign, emoji sequences, Hangul jamo, variation selectors, full-width forms).
@Suite struct UTF8ScanTests {
  @Test("well-formed UTF-8 is what String(validating:) accepts, on every short byte sequence")
  func wellFormed() {
    // Every sequence of up to three bytes drawn from the bytes where the rules change, and
    // four-byte ones from the lead bytes of four-byte forms.
    let edges: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var sequences: [[UInt8]] = [[]]
    for a in edges {
      sequences.append([a])
      for b in edges {
        sequences.append([a, b])
        for c in edges { sequences.append([a, b, c]) }
      }
    }
    for lead: UInt8 in [0xF0, 0xF3, 0xF4, 0xF5] {
      for b: UInt8 in [0x80, 0x8F, 0x90, 0xBF, 0xC0] {
        for d: UInt8 in [0x41, 0x80, 0xBF] { sequences.append([lead, b, 0x80, d]) }
      }
    }
    sequences += [Array("清单 灵璧 👨‍👩‍👧".utf8), Array("清单".utf8).dropLast().map { $0 }]
    for bytes in sequences {
      let expected = String(validating: bytes, as: UTF8.self) != nil
      #expect(bytes.withUnsafeBytes { UTF8Scan.isWellFormed($0) } == expected, "\(bytes)")
    }
  }

  static func lines() throws -> [Substring] {
    var lines: [Substring] = []
    for file in BundledChecklists.files {
      let text = try #require(String(data: file.data, encoding: .utf8))
      lines += SourceText(file: file.path, text: text).lines
    }
    let built: [String] = [
      "设 甲 = 1", "设 甲 ＝ 1", "设 甲=\u{301}1", "设 e\u{301} = 1", "设 👨‍👩‍👧 = 1", "设 🇨🇳＝1", "设 가\u{11A8} = 1",
      "期望 1.1 = 9.5 # 注释", "名单 学段：小学，初中", "名单 学段:\u{FE0F}小学", "名单 甲\u{200D}乙：a", "名单 无冒号",
      "=", "＝", "", "   ", "\u{3000}\u{3000}要求：x", " \u{301}要求", "\t要求", "a b\u{3000}c\u{A0}d",
      "条目 1 甲 10分", "  ｜ 续行", "| 续行", "#注释", "＃注释", "#\u{301}x", "|\u{301}x", "ｶﾞ ｷﾞ",
      "x\u{0007}y z", "𠀀 𠀁", "e\u{301} f", "  \u{AD}x",
      // Ideographs counted by their lead byte, then a mark or selector that joins them.
      "要求：甲\u{301}乙", "部分\u{FE0F} 一", "人\u{E0100}口", "说明：鿿\u{200D}丂 ", "\u{4DC0}易",
    ]
    return lines + built.map { Substring($0) }
  }

  @Test func characterCountsMatchString() throws {
    for line in try Self.lines() {
      #expect(TextScan.characterCount(line) == line.count, "\(line)")
    }
  }

  @Test func leadingWhiteSpaceIsDroppedAsByCharacters() throws {
    for line in try Self.lines() {
      let (rest, dropped) = TextScan.droppingLeadingWhitespace(line)
      let expected = line.drop { $0.isWhitespace }
      #expect(rest == expected, "\(line)")
      #expect(rest.startIndex == expected.startIndex, "\(line)")
      #expect(dropped == line.count - expected.count, "\(line)")
    }
  }

  @Test func wordsMatchSplitOnWhiteSpace() throws {
    for line in try Self.lines() {
      #expect(TextScan.words(line) == line.split(whereSeparator: \.isWhitespace), "\(line)")
    }
  }

  @Test func firstSignIsFoundAsByCharacters() throws {
    for line in try Self.lines() {
      for (first, second) in [("=", "＝"), (":", "：")] as [(Unicode.Scalar, Unicode.Scalar)] {
        let (a, b) = (Character(first), Character(second))
        let expected = line.firstIndex { $0 == a || $0 == b }
        let found = TextScan.firstIndex(of: first, or: second, in: line)
        #expect(found?.index == expected, "\(line)")
        if let expected {
          #expect(found?.distance == line.distance(from: line.startIndex, to: expected), "\(line)")
        }
      }
    }
  }

  @Test func lineStartsAsItsFirstCharacter() throws {
    for line in try Self.lines() {
      let (trimmed, _) = TextScan.droppingLeadingWhitespace(line)
      let expected: ChecklistParser.LineStart? =
        trimmed.first.map { first in
          if first == "#" || first == "＃" { return .comment }
          return first == "|" || first == "｜" ? .continuation : .other
        }
      #expect(ChecklistParser.lineStart(trimmed) == expected, "\(line)")
    }
  }

  @Test func scalarUnitsAreTheScalarsOfStandaloneLines() throws {
    for line in try Self.lines() {
      let units = LexUnits.scalarUnits(line)
      if line.unicodeScalars.allSatisfy({ LexUnits.isStandalone($0) }) {
        #expect(units == Array(line.unicodeScalars), "\(line)")
      } else {
        #expect(units == nil, "\(line)")
      }
    }
  }

  @Test func splitLinesKeepTheirOffsets() {
    let text = "甲\n乙\r\n丙\r丁\n\n戊"
    let lines = SourceText.split(text)
    #expect(lines == ["甲", "乙", "丙", "丁", "", "戊"])
    #expect(
      lines.map { text.utf8.distance(from: text.startIndex, to: $0.startIndex) } == [
        0, 4, 9, 13, 17, 18,
      ])
  }
}
