import Foundation
import Testing

/// The team leader's problem list, run as the binary from a folder outside the repository:
/// readable at 80 and 120 columns, deadlines checked, every change signed with `--by`, the
/// convener warned about entries without 责任人 or 期限, and every export showing the edits.
@Suite struct ProblemListCLITests {
  /// The walk's 10 entries under `problems show`: every cell sits in its column, and the
  /// values that must stay whole (item, 例数, 期限, 状态) are whole and in the right column.
  @Test(arguments: [80, 120])
  func everyColumnStaysUnderItsHeader(columns: Int) throws {
    let folder = try LeaderFolder("show-\(columns)")
    defer { folder.remove() }
    try folder.buildProblemList()
    _ = try folder.succeed([
      "problems", "edit", "第三组", "6", "--deadline", "2021-12-15", "--responsible", "渔沟小学教务处",
      "--by", "李辉",
    ])
    let output = try folder.succeed(
      ["problems", "show", "第三组"], environment: ["COLUMNS": "\(columns)"])
    let table = try RenderedTable(output)
    #expect(table.spans.count == 9)
    let headers = (0..<9).map { table.cell(table.header, $0) }
    #expect(headers == ["序号", "单位", "项目", "问题", "例数", "整改要求", "责任人", "期限", "状态"])
    for line in table.body {
      #expect(RenderedTable.width(of: line) <= columns, "too wide: \(line)")
      for column in 0..<9 {
        #expect(table.cell(line, column) != nil, "column \(column) out of place: \(line)")
      }
    }
    let rows = table.body.filter { !(table.cell($0, 0) ?? "").isEmpty }
    #expect(rows.count == 10)
    for row in rows {
      #expect(table.cell(row, 2)?.wholeMatch(of: /\d+(\.\d+)?/) != nil, "项目: \(row)")
      #expect(table.cell(row, 4)?.wholeMatch(of: /\d*/) != nil, "例数: \(row)")
      #expect(table.cell(row, 8) == "未整改", "状态: \(row)")
    }
    // Entry 6 is item 5: 3 students counted in the roll call.
    let six = try #require(rows.first { table.cell($0, 0) == "6" })
    #expect(table.cell(six, 2) == "5")
    #expect(table.cell(six, 4) == "3")
    #expect(table.cell(six, 7) == "2021-12-15")
    // The finding has room to be read: never squeezed to a character per line.
    #expect(table.spans[3].count >= (columns >= 120 ? 24 : 12))
    // Lines that continue a row leave the whole-value columns empty.
    for line in table.body where (table.cell(line, 0) ?? "").isEmpty {
      for column in [2, 4, 7, 8] { #expect(table.cell(line, column) == "", "\(line)") }
    }
  }

  /// `2021-02-30` is refused with a message and nothing changes; the other spellings are
  /// stored as `2021-12-15`.
  @Test func deadlinesAreCheckedAndWrittenOneWay() throws {
    let folder = try LeaderFolder("deadline")
    defer { folder.remove() }
    try folder.buildProblemList()
    let before = try Data(contentsOf: folder.listFile)
    let refused = try folder.run([
      "problems", "edit", "第三组", "1", "--deadline", "2021-02-30", "--responsible", "王校长", "--by",
      "李辉",
    ])
    #expect(refused.status == 1)
    #expect(
      refused.errors.contains(
        "整改期限“2021-02-30”不是有效的日期。请写成 2021-12-15（也可以 2021/12/15、2021.12.15、2021年12月15日），并确认该月有这一天。"
      ))
    #expect(try Data(contentsOf: folder.listFile) == before)
    for (number, typed) in [
      (1, "2021/12/15"), (2, "2021.12.15"), (3, "2021年12月15日"), (4, "２０２１／１２／１５"),
    ] {
      _ = try folder.succeed([
        "problems", "edit", "第三组", "\(number)", "--deadline", typed, "--by", "李辉",
      ])
    }
    let entries = try folder.entries()
    #expect(
      entries.prefix(4).map { $0["deadline"] as? String }
        == Array(repeating: "2021-12-15", count: 4))
  }

  /// Edit, merge and drop without `--by` are refused and leave the file as it was; sign has
  /// always needed the convener's name.
  @Test func everyChangeNeedsByWhoMadeIt() throws {
    let folder = try LeaderFolder("by")
    defer { folder.remove() }
    try folder.buildProblemList()
    let before = try Data(contentsOf: folder.listFile)
    for arguments in [
      ["problems", "edit", "第三组", "1", "--responsible", "王校长"],
      ["problems", "merge", "第三组", "7", "8"],
      ["problems", "drop", "第三组", "3", "--reason", "另行核实"],
      ["problems", "edit", "第三组", "1", "--responsible", "王校长", "--by", "  "],
    ] {
      let run = try folder.run(arguments)
      #expect(run.status == 1, "\(arguments)")
      #expect(
        run.errors.contains("修改问题清单必须写明操作人：加 --by 姓名（如 --by 李辉），修改记录里留名。"),
        "\(arguments): \(run.errors)")
    }
    let sign = try folder.run(["problems", "sign", "第三组", "--yes"])
    #expect(sign.status != 0)
    #expect(sign.errors.contains("--by"))
    #expect(try Data(contentsOf: folder.listFile) == before)
  }

  /// Before signing, the convener sees the entries without 责任人 or 期限 and must confirm;
  /// end of input does not sign, `是` does, `--yes` does without asking.
  @Test func signListsEntriesWithoutOwnerOrDeadlineAndAsks() throws {
    let folder = try LeaderFolder("sign")
    defer { folder.remove() }
    try folder.buildProblemList()
    for number in 1...10 where number != 6 {
      _ = try folder.succeed([
        "problems", "edit", "第三组", "\(number)", "--responsible", "渔沟小学", "--deadline", "2021-12-31",
        "--by", "李辉",
      ])
    }
    _ = try folder.succeed([
      "problems", "edit", "第三组", "6", "--responsible", "渔沟小学教务处", "--by", "李辉",
    ])
    let refused = try folder.run(["problems", "sign", "第三组", "--by", "张徽"])
    #expect(refused.status == 1)
    #expect(refused.output.contains("以下 1 条没有责任人或整改期限：\n  第 6 条  渔沟小学 5：缺期限\n仍要签字吗？"))
    #expect(
      refused.errors
        == "未签字。先用 ducha problems edit 第三组 序号 --responsible … --deadline … --by 姓名 补上；确要照此签字，加 --yes。\n"
    )
    #expect(try folder.signature() == nil)

    let declined = try folder.run(
      ["problems", "sign", "第三组", "--by", "张徽", "--lang", "en"], input: "否\n")
    #expect(declined.status == 1)
    #expect(
      declined.errors
        == "not signed. Fill them in with ducha problems edit 第三组 N --responsible … --deadline …"
        + " --by NAME, or add --yes to sign as it is.\n")
    #expect(try folder.signature() == nil)

    let confirmed = try folder.succeed(["problems", "sign", "第三组", "--by", "张徽"], input: "是\n")
    #expect(confirmed.contains("召集人：张徽"))
    #expect(try folder.signature() == "张徽")
  }

  @Test func signWithYesDoesNotAskButStillLists() throws {
    let folder = try LeaderFolder("sign-yes")
    defer { folder.remove() }
    try folder.buildProblemList()
    let output = try folder.succeed(["problems", "sign", "第三组", "--by", "张徽", "--yes"])
    #expect(output.contains("以下 10 条没有责任人或整改期限："))
    #expect(output.contains("  第 1 条  渔沟小学 1：缺责任人、期限"))
    #expect(!output.contains("仍要签字吗"))
    #expect(try folder.signature() == "张徽")
  }

  /// The leader rewrites entry 6, folds 8 into 7 and drops 3: the Markdown, CSV and HTML of
  /// the list, and the draft 检查总结 of `summary` and `report`, all say what the list says.
  @Test func everyExportShowsTheLeadersEdits() throws {
    let folder = try LeaderFolder("exports")
    defer { folder.remove() }
    try folder.buildProblemList()
    let rewritten = "三年级2班2名学生籍在人不在（组长核实）"
    _ = try folder.succeed(["problems", "edit", "第三组", "6", "--finding", rewritten, "--by", "李辉"])
    _ = try folder.succeed(["problems", "merge", "第三组", "7", "8", "--by", "李辉"])
    _ = try folder.succeed([
      "problems", "drop", "第三组", "3", "--reason", "经费另行核实", "--by", "李辉",
    ])
    let checklists = ["--checklists", CLI.checklists]
    for format in ["md", "csv", "html"] {
      let output = try folder.succeed(["problems", "show", "第三组", "--format", format])
      #expect(output.contains(rewritten), "problems show --format \(format)")
      #expect(output.contains("重复学籍数 1 例 × 1 分 = 1 分；无照片数 2 例 × 0.5 分 = 1 分"), "\(format)")
    }
    for format in ["text", "md", "html"] {
      let output = try folder.succeed(["report", "第三组", "--format", format] + checklists)
      // The draft's 二、存在问题, with the terminal's line wrapping undone.
      let start = try #require(output.range(of: "二、存在问题")).upperBound
      let rest = output[start...]
      let end = try #require(rest.range(of: "三、下一步")).lowerBound
      let problems = String(rest[..<end]).replacingOccurrences(of: "\n", with: "")
      #expect(problems.contains("渔沟小学" + rewritten), "report --format \(format)")
      #expect(!problems.contains("未办理转学手续"), "the inspector's wording, replaced: \(format)")
      #expect(!problems.contains("经费投入"), "dropped entry 3 (item 3): \(format)")
      #expect(
        problems.contains("渔沟小学重复学籍数 1 例 × 1 分 = 1 分；无照片数 2 例 × 0.5 分 = 1 分"), "\(format)")
    }
    let summary = try folder.succeed(["summary", "第三组"] + checklists)
    #expect(summary.replacingOccurrences(of: "\n", with: "").contains("渔沟小学" + rewritten))
  }
}

extension LeaderFolder {
  /// `第三组/_问题清单.json`.
  var listFile: URL { group.appendingPathComponent("_问题清单.json") }

  /// The list's entries as JSON objects.
  func entries() throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: listFile))
    return try #require((object as? [String: Any])?["entries"] as? [[String: Any]])
  }

  /// The convener's name, once signed.
  func signature() throws -> String? {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: listFile))
    return ((object as? [String: Any])?["signature"] as? [String: Any])?["name"] as? String
  }
}
