import Foundation
import Testing

@testable import DuchaChecklist

/// The last passes of a large form's validation run on two cores (`checkAndBuildSamples`):
/// the point sums, year targets and unused inputs on a copy of the validator while the
/// samples are built. The checklist and every message, in order, must be those of one pass.
@Suite struct ParallelValidationTests {
  /// A form of `sections` sections of three items (256 items or more from 86 sections), with
  /// mistakes for every pass of the tail: a section whose points do not add up, an input no
  /// rule reads, a year target without years, samples with bad values and unknown targets.
  static func text(sections: Int) -> String {
    var lines = ["清单 tail", "标题：尾部", "对象：学校", "总分：\(sections * 30)", "年度目标 巩固率：2020=99", ""]
    for s in 1...sections {
      lines.append("部分 \(s) 第\(s)部分 \(s % 17 == 0 ? 25 : 30)分")
      for k in 1...3 {
        lines.append("条目 \(s).\(k) 人籍一致情况\(s).\(k) 10分")
        lines.append("  录入 不一致\(s)_\(k) 计数")
        if s % 13 == 0, k == 2 {
          lines.append("  录入 没人读\(s) 计数")
        }
        lines.append("  规则 每例扣分(不一致\(s)_\(k), 每例=0.5)")
      }
      lines.append("")
    }
    lines += ["样例 甲", "  设 不一致1_1 = 是", "  设 没有这个 = 1", "  期望 1.1 = 10", "  期望 9999 = 1"]
    lines += ["样例 乙", "  设 不一致2_1 = 2", "  期望 2.1 = 9", "  期望 2 = 29"]
    return lines.joined(separator: "\n")
  }

  @Test func aLargeFormGivesTheMessagesOfOnePass() {
    let source = SourceText(file: "tail.ducha", text: Self.text(sections: 120))
    let (tree, parsing) = ChecklistParser.parse(source)
    #expect(parsing.isEmpty)
    let parallel = Validator.validate(tree, tailInParallel: true)
    let sequential = Validator.validate(tree, tailInParallel: false)
    #expect(tree.sections.count * 3 >= Validator.parallelRuleItems)
    let codes = Set(sequential.1.map(\.code))
    // Every pass of the tail has something to say, so the order is tested.
    #expect(codes.count >= 4)
    #expect(parallel.1 == sequential.1)
    #expect(parallel.1.map { $0.formatted() } == sequential.1.map { $0.formatted() })
    #expect(parallel.0 == nil && sequential.0 == nil)
  }

  @Test func theSamplesAreKeptWhenTheFormIsValid() {
    var lines = Self.text(sections: 100).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    lines.removeAll {
      $0.contains("没人读") || $0.contains("年度目标") || $0.contains("没有这个") || $0.contains("9999")
    }
    lines = lines.map { $0.replacingOccurrences(of: "= 是", with: "= 0") }
    lines = lines.map {
      $0.hasPrefix("部分 ") ? $0.replacingOccurrences(of: " 25分", with: " 30分") : $0
    }
    let source = SourceText(file: "tail.ducha", text: lines.joined(separator: "\n"))
    let (tree, _) = ChecklistParser.parse(source)
    let parallel = Validator.validate(tree, tailInParallel: true)
    let sequential = Validator.validate(tree, tailInParallel: false)
    #expect(sequential.1.isEmpty)
    #expect(parallel.1.isEmpty)
    var left = ""
    var right = ""
    dump(parallel.0?.samples.map(\.name), to: &left)
    dump(sequential.0?.samples.map(\.name), to: &right)
    #expect(left == right)
    #expect(parallel.0?.samples.count == 2)
    #expect(
      parallel.0?.samples.map { $0.expectations.count }
        == sequential.0?.samples.map {
          $0.expectations.count
        })
  }

  /// A large file's UTF-8 is checked in two halves cut after a line feed near the middle: the
  /// text, and the refusal of damaged bytes anywhere (first half, second half, either side of
  /// the cut, a sequence broken by the line feed), must be `String(validating:)`'s.
  @Test func aLargeFileIsCheckedInHalvesWithTheSameAnswer() {
    let valid = Array(Self.text(sections: 200).utf8)
    #expect(valid.count >= ChecklistParser.halvesMinimumBytes)
    let middle = valid.count / 2
    let lineFeed = valid[middle...].firstIndex(of: 0x0A) ?? middle
    var cases = [valid, Array(valid.dropFirst(3))]
    let offsets = [
      10, middle - 5, lineFeed - 1, lineFeed, lineFeed + 1, lineFeed + 2, valid.count - 4,
    ]
    for offset in offsets {
      for damage: [UInt8] in [[0xFF], [0xE5], [0xE5, 0x0A], [0xC0, 0x80], [0xED, 0xA0, 0x80]] {
        var replaced = valid
        replaced.replaceSubrange(offset..<offset + damage.count, with: damage)
        cases.append(replaced)
        var inserted = valid
        inserted.insert(contentsOf: damage, at: offset)
        cases.append(inserted)
      }
    }
    for bytes in cases {
      let data = Data(bytes)
      #expect(SourceDecoder.validated(data) == String(validating: bytes, as: UTF8.self))
      // A slice that does not start at index 0, as after a byte-order mark.
      let sliced = Data([0xEF, 0xBB, 0xBF] + bytes).dropFirst(3)
      #expect(SourceDecoder.validated(sliced) == String(validating: bytes, as: UTF8.self))
    }
    #expect(SourceDecoder.validated(Data(valid)) == String(decoding: valid, as: UTF8.self))
  }

  /// `SourceText.split` finds lines with `memchr` when the text has no carriage return; the
  /// lines must be the byte loop's, which also splits at `\r` and `\r\n`.
  @Test func linesAreSplitTheSameWithAndWithoutCarriageReturns() {
    let texts = [
      "", "\n", "\n\n", "a", "a\n", "a\nb", "a\n\nb\n", "清单 甲\n标题：乙\n", "x\r\ny", "x\ry\n",
      "\r", "a\r\n\r\nb", "末行没有换行\n最后",
    ]
    for text in texts {
      var reference: [String] = []
      var current = ""
      var scalars = Array(text.unicodeScalars)[...]
      while let scalar = scalars.popFirst() {
        if scalar == "\n" || scalar == "\r" {
          reference.append(current)
          current = ""
          if scalar == "\r", scalars.first == "\n" { scalars = scalars.dropFirst() }
        } else {
          current.unicodeScalars.append(scalar)
        }
      }
      if !current.isEmpty { reference.append(current) }
      #expect(SourceText.split(text).map(String.init) == reference, "\(text.debugDescription)")
    }
  }
}
