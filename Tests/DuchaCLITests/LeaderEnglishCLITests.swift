import Foundation
import Testing

/// `--lang en` on the leader's outputs: the same data, with every heading, label and sentence
/// of ducha's own in English; unit names, item titles and findings stay as recorded.
@Suite struct LeaderEnglishCLITests {
  /// ducha's own Chinese wording in the leader's outputs; none may remain in English output.
  static let chineseWording = [
    "检查情况总结", "基本情况", "存在问题", "下一步", "建议：", "检查发现", "做得较好", "名次", "平均总分", "未签字", "序号",
    "整改要求", "责任人", "各单位得分", "失分较多", "修改记录", "未整改", "已删除", "已合并", "召集人", "（满分", "失分最多",
    "待定条目", "未检查单位",
  ]

  @Test func summaryProblemListAndReportSpeakEnglish() throws {
    let folder = try LeaderFolder("english")
    defer { folder.remove() }
    try folder.buildProblemList()
    _ = try folder.succeed(["problems", "merge", "第三组", "7", "8", "--by", "李辉"])
    _ = try folder.succeed(["problems", "drop", "第三组", "3", "--reason", "另行核实", "--by", "李辉"])
    let english = ["--lang", "en", "--checklists", CLI.checklists]

    let summary = try folder.succeed(["summary", "第三组"] + english)
    for phrase in [
      "Rank  Unit", "Average total: 84.5", "Items that lost most",
      "灵璧县学籍管理工作专项核查记录表: inspection summary (draft)", "1. Overview",
      "This inspection on 2021-10-27 covered 1 unit: 渔沟小学.", "2. Problems found", "3. Next steps",
      "Found: 渔沟小学: 三年级2班张*、李*籍在人不在，未办理转学手续.",
    ] {
      #expect(summary.replacingOccurrences(of: "\n", with: " ").contains(phrase), "\(phrase)")
    }

    let list = try folder.succeed(["problems", "show", "第三组", "--lang", "en"])
    #expect(list.contains("No.  Unit      Item  Finding"))
    #expect(list.contains("entry 3 dropped: 经费达标率 75"))
    #expect(list.contains("entry 8 merged (into 7): 无照片数"))
    #expect(list.contains("not signed"))

    let html = try folder.succeed(["report", "第三组", "--format", "html"] + english)
    for phrase in [
      "<html lang=\"en\">", "<h2>Scores by unit</h2>", "<h2>Inspection summary (draft)</h2>",
      "<h3>1. Overview</h3>", "<th>Requirement</th>", "<h2>Dropped and merged entries</h2>",
      "merged (into 7)", "Convener (signature): ",
    ] {
      #expect(html.contains(phrase), "\(phrase)")
    }
    let markdown = try folder.succeed(["report", "第三组", "--format", "md"] + english)
    #expect(markdown.contains("## Scores by unit"))
    #expect(markdown.contains("### 2. Problems found"))
    let csv = try folder.succeed(["problems", "show", "第三组", "--format", "csv", "--lang", "en"])
    #expect(csv.contains("No.,Unit,Checklist,Item id,Item,Finding,Evidence,Cases,Lost,Requirement"))
    #expect(csv.contains(",merged,7,"))
    let summaryCSV = try folder.succeed(["summary", "第三组", "--format", "csv"] + english)
    #expect(summaryCSV.contains("Rank,Unit,Stages,一 学籍管理工作专项核查,Total,Result,Pending items"))
    #expect(summaryCSV.contains(",84.5,—,"), "灵璧 has no 一票否决: no verdict")
    for (name, output) in [
      ("summary", summary), ("list", list), ("html", html), ("md", markdown), ("csv", csv),
      ("summary csv", summaryCSV),
    ] {
      for phrase in Self.chineseWording {
        #expect(!output.contains(phrase), "\(name) still says \(phrase)")
      }
    }
  }
}
