import Foundation
import Testing

/// A township's 摸排表 says which township in its title only: no 乡镇 column, no 学校 column.
/// Imported without `--township`, its cases belonged nowhere: `cases list --township 良马镇`
/// found none, the register grouped them under （未填）, and no command adds a 乡镇 to a case
/// afterwards. Such a file is refused whole (C111) with the option to add. A ledger whose cases
/// have no 乡镇 said 台账里还没有案例 when asked for one: it has cases, without the name.
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
    #expect(refused.output == "摸排.csv：读入 0 人，新建案例 0 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      refused.errors
        == "摸排.csv:2:1: 错误[C111]: 名单里既没有“乡镇”也没有“学校”一列：建的案例不知道是哪里的孩子，按乡镇、学校列出和出花名册时都找不到，乡镇以后也补不上。这个文件没有导入。\n"
        + "  改法：整张名单是一个乡镇（或一所学校）的，加 --township 乡镇名（或 --school 学校名）再导入；各行不同的，在名单里加一列“乡镇”。\n"
    )
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
        == "台账里没有乡镇是“良马镇”的案例。台账里的 2 个案例都没有乡镇（导入时名单里没有写乡镇，也没有用 --township 指定）。\n")
  }
}
