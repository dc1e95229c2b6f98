import Foundation
import Testing

/// A clerk giving one 包保责任人 every case of a township typed each case number
/// (`cases assign 1 2 4 5 …`). Now `--where-township` (and `--where-school`, `--where-status`,
/// `--where-open`, as `cases list` filters) selects them: the cases are listed with what will
/// change and what will not (closed, already so), nothing is written without a confirmation
/// (`--yes`, or 是 at a terminal), and the count of cases changed is said at the end.
struct CasesAssignByFilterCLITests {
  @Test func aTownshipsCasesAreAssignedAfterAPreview() throws {
    let folder = try CLI.temporaryDirectory("cases-assign-filter")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      姓名,身份证号,学校,乡镇
      张小明,990101201301010011,渔沟小学,渔沟镇
      李小红,990101201402020022,渔沟小学,渔沟镇
      王小五,990101201203030033,渔沟中学,渔沟镇
      赵小六,990101201204040044,渔沟中学,渔沟镇
      钱小七,990101201205050055,大庙小学,大庙乡

      """.utf8
    ).write(to: folder.appendingPathComponent("名单.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    _ = try cases(["import", "名单.csv", "--by", "李辉"])
    _ = try cases([
      "update", "3", "--result", "已入学", "--school", "渔沟中学", "--reason", "学籍系统", "--by", "李辉",
    ])
    _ = try cases(["assign", "4", "--person", "王老师", "--by", "李辉"])

    let assign = ["assign", "--where-township", "渔沟镇", "--person", "王老师", "--by", "李辉"]
    let preview = try cases(assign)
    #expect(preview.status == 0, "\(preview.errors)")
    #expect(
      preview.output == """
        编号  姓名  身份证号            乡镇    学校      状态    劝返  期限
        ────  ────  ──────────────────  ──────  ────────  ──────  ────  ────
           1  张**  990101***********1  渔沟镇  渔沟小学  疑似       0
           2  李**  990101***********2  渔沟镇  渔沟小学  疑似       0
           3  王**  990101***********3  渔沟镇  渔沟中学  已入学     0
           4  赵**  990101***********4  渔沟镇  渔沟中学  疑似       0
        共 4 例：疑似 3，已入学 1
        找到 4 例，将把其中 2 例的包保责任人设为 王老师。不改 2 例：已结案：已入学 3；已是这样分配的 4。
        没有改动。确认无误后加 --yes 再运行一次。

        """)
    let notYet = try cases(["show", "1"])
    #expect(!notYet.output.contains("王老师"), "\(notYet.output)")

    let applied = try cases(assign + ["--yes"])
    #expect(applied.status == 0, "\(applied.errors)")
    #expect(
      applied.output.hasSuffix(
        """
        找到 4 例，将把其中 2 例的包保责任人设为 王老师。不改 2 例：已结案：已入学 3；已是这样分配的 4。
        案例 1（张**）：疑似
        案例 2（李**）：疑似
        已分配 2 例。

        """), "\(applied.output)")
    let shown = try cases(["show", "2"])
    #expect(shown.output.contains("包保责任人：王老师"), "\(shown.output)")
    let other = try cases(["show", "5"])
    #expect(!other.output.contains("王老师"))

    // Run again: nothing left to change, said as such.
    let again = try cases(assign + ["--yes"])
    #expect(again.status == 0)
    #expect(again.output.hasSuffix("找到 4 例，都不用改。已是这样分配的 1、2、4；已结案：已入学 3。\n"))

    // A township no case has: nothing assigned, with the names the ledger has.
    let mistyped = try cases([
      "assign", "--where-township", "渔沟", "--person", "王老师", "--by", "李辉", "--yes",
    ])
    #expect(mistyped.status == 1)
    #expect(
      mistyped.errors == """
        没有符合条件的案例，没有分配。
        台账里没有乡镇是“渔沟”的案例。是不是“渔沟镇”？台账里的乡镇有：大庙乡、渔沟镇。

        """)
    let both = try cases([
      "assign", "1", "--where-township", "渔沟镇", "--person", "王老师", "--by", "李辉",
    ])
    #expect(both.status != 0)
    #expect(both.errors.hasPrefix("案例编号和 --where-… 条件只能用一种：要么写编号，要么按条件选。\n"))
  }
}
