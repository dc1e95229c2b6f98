import Foundation
import Testing

/// A township's 摸排表 says which township in its title only: no 乡镇 column, no 学校 column.
/// Imported without `--township`, its cases belonged nowhere: `cases list --township 良马镇`
/// found none, the register grouped them under （未填）, and no command adds a 乡镇 to a case
/// afterwards. Such a file is refused whole (C111) with the option to add. A ledger whose cases
/// have no 乡镇 said 台账里还没有案例 when asked for one: it has cases, without the name.
/// `cases assign --township` adds a 乡镇 to cases that have none, or corrects one, in any state,
/// and the history says who did it and what the township was before.
struct CasesPlacelessListCLITests {
  static let list =
    "良马镇疑似失学辍学儿童摸排表,,\r\n姓名,身份证号,备注\r\n陈晨,990101201701010722,随迁\r\n"
    + "周杰,990101201405070093,\r\n"

  @Test func aListOfNowhereIsRefusedUntilItsTownshipIsGiven() throws {
    let (folder, ledger) = try CasesCLITests.folder("placeless")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CLI.writeGB18030(Self.list, as: "摸排.csv", in: folder)
    let refused = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors
        == "摸排.csv:2:1: 错误[C111]: 名单里既没有“乡镇”也没有“学校”一列：建的案例不知道是哪里的孩子，按乡镇、学校列出和出花名册时都找不到。这个文件没有导入。\n"
        + "  改法：整张名单是一个乡镇（或一所学校）的，加 --township 乡镇名（或 --school 学校名）再导入；各行不同的，在名单里加一列“乡镇”。\n"
        + "摸排.csv：读入 0 人，没有可以导入的孩子\n"
        + "没有导入任何孩子，所以没有建立台账 \(ledger[1])。按上面每一条的改法改好名单后再导入。\n"
    )
    #expect(!FileManager.default.fileExists(atPath: ledger[1]))
    let imported = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事", "--township", "良马镇"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output == "摸排.csv：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    let listed = try runDucha(
      ["cases", "list", "--township", "良马镇"] + ledger, in: folder, workingDirectory: folder)
    #expect(listed.output.hasSuffix("共 2 例：疑似 2\n"), "\(listed.output)")
  }

  @Test func casesWithoutATownshipAreSaidToBeThere() throws {
    let (folder, ledger) = try CasesCLITests.folder("no-township")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CLI.writeGB18030(Self.list, as: "摸排.csv", in: folder)
    let imported = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事", "--school", "良马小学"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    let listed = try runDucha(
      ["cases", "list", "--township", "良马镇"] + ledger, in: folder, workingDirectory: folder)
    #expect(listed.output == "没有符合条件的案例。\n")
    #expect(
      listed.errors
        == "台账里没有乡镇是“良马镇”的案例。台账里的 2 个案例都没有乡镇（导入时名单里没有写乡镇，也没有用 --township 指定）"
        + "，可以用 ducha cases assign 编号 --township 乡镇名 --by 姓名 补上。\n")
  }

  /// The list was imported under its school only; the clerk adds the 乡镇 to both cases, then
  /// corrects one that was misfiled, after it was closed. Each change is in the case's history.
  @Test func aTownshipIsAddedAndCorrectedLaterWithItsHistory() throws {
    let (folder, ledger) = try CasesPlacelessListCLITests.importedUnderSchool("add-township")
    defer { try? FileManager.default.removeItem(at: folder) }
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments + ledger, in: folder, workingDirectory: folder)
    }
    let added = try cases(["assign", "1", "2", "--township", "良马镇", "--by", "张干事"])
    #expect(added.status == 0, "\(added.errors)")
    #expect(added.output == "案例 1（陈*）：疑似\n案例 2（周*）：疑似\n")
    #expect(added.errors == "")
    let listed = try cases(["list", "--township", "良马镇"])
    #expect(listed.output.hasSuffix("共 2 例：疑似 2\n"), "\(listed.output)")
    let closed = try cases([
      "update", "2", "--result", "迁出", "--proof", "户口迁移证明", "--reason", "派出所核实", "--by", "张干事",
    ])
    #expect(closed.status == 0, "\(closed.errors)")
    let corrected = try cases([
      "assign", "2", "--township", "大庙乡", "--reason", "户籍在大庙乡", "--by", "李辉",
    ])
    #expect(corrected.status == 0, "\(corrected.errors)")
    #expect(corrected.output == "案例 2（周*）：迁出/死亡\n")
    // Another township than the ledger's: perhaps a slip, said but not refused.
    #expect(
      corrected.errors
        == "注意：台账里没有乡镇是“大庙乡”的案例。台账里的乡镇有：良马镇。"
        + "如果写错了，用 ducha cases assign 2 --township 正确的乡镇 --by 姓名 再改一次。\n")
    let shown = try cases(["show", "2"])
    let history = shown.output.components(separatedBy: "\n").filter { $0.contains("改乡镇") }
    #expect(history.count == 2, "\(shown.output)")
    #expect(history.first?.hasSuffix(" 张干事 改乡镇（疑似） 乡镇：良马镇") == true, "\(history)")
    #expect(
      history.last?.hasSuffix(" 李辉 改乡镇（迁出/死亡） 乡镇：大庙乡；原乡镇：良马镇 理由：户籍在大庙乡") == true,
      "\(history)")
    #expect(shown.output.contains("  乡镇：大庙乡\n"))
    let same = try cases(["assign", "2", "--township", "大庙乡", "--by", "李辉"])
    #expect(same.status == 1)
    #expect(same.output == "")
    #expect(
      same.errors
        == "案例 2（周*）的乡镇已经是“大庙乡”，没有改。\n  改法：不用改；要改成别的乡镇，写 --township 新的乡镇名。\n")
  }

  /// The 摸排表 imported with `--school 良马小学`: two cases without a 乡镇.
  static func importedUnderSchool(_ label: String) throws -> (URL, [String]) {
    let (folder, ledger) = try CasesCLITests.folder(label)
    try CLI.writeGB18030(list, as: "摸排.csv", in: folder)
    let imported = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事", "--school", "良马小学"] + ledger, in: folder,
      workingDirectory: folder)
    guard imported.status == 0 else { throw TestFailure("import: \(imported.errors)") }
    return (folder, ledger)
  }
}
