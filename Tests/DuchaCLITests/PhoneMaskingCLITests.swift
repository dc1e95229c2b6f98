import DuchaSession
import Foundation
import Testing

/// An inspector types a parent's mobile into a reason (`家长电话13912345678已联系`), a public
/// note and a problem, in full-width digits and in groups, with a village committee's landline.
/// Shared outputs showed them in full: the summary, the problem list, the 整改通知书, the report
/// in every format. Now they show `139****5678` and `0557-***4321` unless `--reveal`, and the
/// numbers around them (counts, money, rates) stay as typed. End to end with the binary, from
/// a folder outside the repository.
@Suite("phone numbers in shared outputs", .serialized)
struct PhoneMaskingCLITests {
  /// The scripted walk with phone numbers typed into the reason of item 1, a public note and a
  /// problem of item 5.
  static func walkWithPhones() throws -> [String] {
    var lines = try CLI.walkLines()
    lines[36] = "学籍管理员为兼职，家长电话13912345678已联系"
    lines[53] = "备注 公开 三个班点名，校长电话 139 1234 5678，经费1.5万元"
    lines[54] = "问题 三年级2班张三家长电话１３９１２３４５６７８已联系，村委会0557-7654321，共 2 人"
    return lines
  }

  /// Every typed phone number, as typed: none may appear in a masked output.
  static let typed = ["13912345678", "139 1234 5678", "１３９１２３４５６７８", "7654321"]

  @Test("masked in every output unless --reveal; other numbers as typed")
  func phoneNumbersAreMaskedInSharedOutputs() throws {
    let laptop = try Laptop("phone-mask")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(try Self.walkWithPhones(), to: script)
    let walk = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--stage", "小学", "--group",
      "三组", "--inspector", "李辉", "--date", "2021-10-27", "--sessions", "第三组", "--script",
      script.path,
    ])
    #expect(walk.status == 0, "\(walk.errors)")
    // The inspector's own file keeps what was typed.
    let saved = try String(
      contentsOf: try CLI.sessionFile(of: "渔沟小学", in: laptop.url("第三组")), encoding: .utf8)
    #expect(saved.contains("家长电话13912345678已联系"))

    let built = try laptop.run(["problems", "build", "第三组"])
    #expect(built.status == 0, "\(built.errors)")

    // The problem list as Excel opens it: rows 1 and 6, masked, the count and points as typed.
    let csv = try laptop.run(["problems", "show", "第三组", "--format", "csv"])
    let rows = csv.output.components(separatedBy: "\r\n")
    #expect(
      rows[1]
        == "1,渔沟小学,lingbi-xueji-2021,1,人员配备,酌情扣 1 分：学籍管理员为兼职，家长电话139****5678已联系,,,1,"
        + "\"对照“学籍管理系统由专人负责,能够熟悉运用WORD、EXCEL 等软件、并能独立完成学籍管理系统操作。”整改到位\",,,未整改,,"
        + "\(rows[1].suffix(8))")
    #expect(
      rows[6]
        == "6,渔沟小学,lingbi-xueji-2021,5,人籍一致情况,三年级2班张*家长电话１３９****５６７８已联系，村委会0557-***4321，共 2 人,,3,1.5,"
        + "\"对照“入班核查,出现一例扣0.5分,扣完为止。”整改到位\",,,未整改,,\(rows[6].suffix(8))")

    // The draft 检查总结 quotes the public note and the reason, masked; 1.5万元 as typed.
    let summary = try laptop.run(["summary", "第三组", "--format", "md"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(
      summary.output.contains(
        "检查发现：渔沟小学三年级2班张\\*家长电话１３９\\*\\*\\*\\*５６７８已联系，村委会0557-\\*\\*\\*4321，共 2 人；"
          + "渔沟小学三个班点名，校长电话 139 \\*\\*\\*\\* 5678，经费1.5万元。\n"), "\(summary.output)")
    #expect(
      summary.output.contains("检查发现：渔沟小学酌情扣 1 分：学籍管理员为兼职，家长电话139\\*\\*\\*\\*5678已联系。\n"),
      "\(summary.output)")

    // The 整改通知书 to the school.
    let notice = try laptop.run(["notice", "第三组", "--format", "html"])
    #expect(notice.output.contains("（1 人员配备）酌情扣 1 分：学籍管理员为兼职，家长电话139****5678已联系"))
    #expect(
      notice.output.contains("（5 人籍一致情况）三年级2班张*家长电话１３９****５６７８已联系，村委会0557-***4321，共 2 人"))

    // Every other output: terminal, Markdown, CSV, HTML, workbook, Word.
    var outputs: [(String, String)] = [
      ("problems csv", csv.output), ("summary md", summary.output), ("notice", notice.output),
    ]
    var commands: [[String]] = []
    for format in ["text", "md", "csv", "html"] {
      commands.append(["summary", "第三组", "--format", format])
      commands.append(["report", "第三组", "--format", format])
      commands.append(["problems", "show", "第三组", "--format", format])
    }
    commands += [
      ["report", "第三组", "-o", "报告.xlsx"], ["report", "第三组", "-o", "报告.docx"],
      ["problems", "show", "第三组", "--format", "docx", "-o", "问题清单.docx"],
      ["notice", "第三组", "--format", "docx", "-o", "通知书.docx"],
      ["sheet", "第三组", "-o", "核查记录表.html"],
    ]
    for command in commands {
      let run = try laptop.run(command)
      #expect(run.status == 0, "\(command): \(run.errors)")
      outputs.append((command.joined(separator: " "), run.output + run.errors))
    }
    for file in ["报告.xlsx", "报告.docx", "问题清单.docx", "通知书.docx"] {
      outputs.append((file, try MaskingEverywhereTests.zippedText(laptop.url(file).path)))
    }
    outputs.append(
      ("核查记录表", try String(contentsOf: laptop.url("核查记录表.html"), encoding: .utf8)))
    for (what, text) in outputs {
      #expect(!PhoneNumber.containsUnmasked(text), "\(what) shows a phone number:\n\(text)")
      for number in Self.typed {
        #expect(!text.contains(number), "\(what) shows \(number)")
      }
    }
    // The one table where the reason is its own cell: the workbook's 问题清单.
    #expect(outputs.contains { $0.0 == "报告.xlsx" && $0.1.contains("家长电话139****5678已联系") })

    // --reveal shows what was typed.
    let revealed = try laptop.run(["problems", "show", "第三组", "--format", "csv", "--reveal"])
    #expect(revealed.output.contains("学籍管理员为兼职，家长电话13912345678已联系,"))
    #expect(revealed.output.contains("三年级2班张三家长电话１３９１２３４５６７８已联系，村委会0557-7654321，共 2 人,"))
  }
}
