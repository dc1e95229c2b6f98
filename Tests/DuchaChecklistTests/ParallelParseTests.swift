import Foundation
import Testing

@testable import DuchaChecklist

/// A large file is parsed in two halves on two cores (`ChecklistParser.parseInHalves`); the
/// tree and the diagnostics must be exactly those of the line-by-line parse, whatever stands
/// on either side of the cut, including the lines whose meaning depends on earlier ones.
@Suite struct ParallelParseTests {
  /// A checklist of `sections` sections shaped like `scripts/gen-checklist`'s (over 64 KB from
  /// about 60 sections), with `extra(section)` lines added at the end of each section and
  /// `samples` at the end of the file.
  static func text(
    sections: Int,
    samples: [String] = ["样例 全部合格", "  设 不一致1_1 = 0", "  期望 1.1 = 10"],
    extra: (Int) -> [String] = { _ in [] }
  ) -> String {
    var lines = ["# 测试", "清单 halves", "标题：两半", "对象：学校", "总分：\(sections * 20)", ""]
    for s in 1...sections {
      lines.append("部分 \(s) 第\(s)部分 20分")
      for k in 1...2 {
        lines.append("条目 \(s).\(k) 人籍一致情况\(s).\(k) 10分")
        lines.append("  要求：学籍管理员每学期开学后两周内核对在校学生与学籍系统信息，做到人籍一致。")
        lines.append("  | 发现问题及时整改并留存记录。")
        lines.append("  录入 不一致\(s)_\(k) 计数")
        lines.append("  规则 每例扣分(不一致\(s)_\(k), 每例=0.5)")
      }
      lines += extra(s)
      lines.append("")
    }
    return (lines + samples).joined(separator: "\n")
  }

  /// Everything the parser gives, as text: the whole tree and every diagnostic.
  static func dumped(_ result: (ChecklistSyntax, [Diagnostic])) -> String {
    var text = ""
    dump(result.0, to: &text)
    for diagnostic in result.1 { text += diagnostic.formatted() + "\n" }
    return text
  }

  /// Parses `text` both ways and compares.
  static func compare(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let source = SourceText(file: "big.ducha", text: text)
    let sequential = ChecklistParser.parseSequentially(source)
    let parsed = ChecklistParser.parse(source)
    #expect(dumped(parsed) == dumped(sequential), sourceLocation: sourceLocation)
    #expect(parsed.1 == sequential.1, sourceLocation: sourceLocation)
  }

  @Test func aValidFileIsCutAndGivesTheSameTree() {
    let text = Self.text(sections: 200)
    #expect(text.utf8.count >= ChecklistParser.halvesMinimumBytes)
    #expect(ChecklistParser.parseInHalves(SourceText(file: "big.ducha", text: text)) != nil)
    Self.compare(text)
  }

  @Test func aSmallFileIsNotCut() {
    let text = Self.text(sections: 5)
    #expect(ChecklistParser.parseInHalves(SourceText(file: "t.ducha", text: text)) == nil)
  }

  @Test func errorsOnBothSidesComeInLineOrder() {
    Self.compare(
      Self.text(sections: 200) { s in
        s % 37 == 0
          ? ["  规矩 x", "| 悬空的续行", "  规则 每例扣分(没有这个, 每例=)", "部分 \(s)", "  录入 甲 计数"]
          : []
      })
  }

  @Test func aSecondChecklistLineAfterTheCutIsStillReportedOnce() {
    Self.compare(Self.text(sections: 200) { s in s == 150 ? ["清单 又一个"] : [] })
    Self.compare(Self.text(sections: 200) { s in s == 150 ? ["清单 又 一个"] : [] })
  }

  @Test func aSampleBeforeTheCutKeepsNamesAndPlacement() {
    // Unnamed samples are numbered across the file; a section after a sample is misplaced.
    Self.compare(Self.text(sections: 200) { s in s == 20 ? ["样例", "  设 不一致1_1 = 1"] : [] })
    Self.compare(
      Self.text(sections: 200, samples: ["样例", "  设 不一致1_1 = 0"]) { s in
        s == 20 ? ["样例", "  设 不一致1_1 = 1"] : []
      })
  }

  @Test func headerFieldsAndDeclarationsAfterTheCut() {
    Self.compare(
      Self.text(sections: 200) { s in
        s == 120
          ? ["标题：又一个", "名单 科目：语文、数学", "指标 比率 = 1 / 2", "结果 一票否决(是, 理由=\"x\")", "年度目标 巩固率：2020=99"]
          : []
      })
  }

  @Test func aBrokenSectionLineAtTheCut() {
    // The line at the cut does not open a section: its lines belong to the section before.
    let base = Self.text(sections: 200)
    let lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let cut = ChecklistParser.cutLine(lines.map { $0[...] })
    #expect(cut != nil)
    for replacement in ["部分 孤零零", "部分 ", "部分 1 重复的编号 20分", "部分 \u{301}x y 1分"] {
      var broken = lines
      if let cut { broken[cut] = replacement }
      Self.compare(broken.joined(separator: "\n"))
    }
  }
}
