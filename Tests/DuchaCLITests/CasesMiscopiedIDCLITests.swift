import Foundation
import Testing

/// A township's 摸排表 typed by hand: one child's number has a digit too many, another's a 2
/// typed as Z. Cases under those numbers would never meet the children's cases from a
/// corrected list; the rows are refused with the place and the fix, the rest imported, and
/// the corrected list (one number fixed, one cell emptied) brings both children in once.
struct CasesMiscopiedIDCLITests {
  static let survey = """
    序号,姓名,身份证号码,责任学校
    1,张小明,990101201301010010,渔沟小学
    2,李小红,9901012014020200231,渔沟小学
    3,王小五,99010120120Z030033,渔沟小学

    """
  static let corrected = """
    序号,姓名,身份证号码,责任学校
    1,张小明,990101201301010010,渔沟小学
    2,李小红,990101201402020023,渔沟小学
    3,王小五,,渔沟小学

    """

  @Test func aMiscopiedNumberIsRefusedAndTheCorrectedListImportsTheChildOnce() throws {
    let (folder, ledger) = try CasesCLITests.folder("miscopied-id")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.survey.utf8).write(to: folder.appendingPathComponent("摸排.csv"))
    let first = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(first.status == 1)
    #expect(first.output == "摸排.csv：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
    let fix =
      "  改法：对照户口簿或身份证改正名单里的号码，再导入一次（已导入的不会重复）；一时查不到正确号码的，把这一格清空再导入，按姓名和出生日期建案例。\n"
    #expect(
      first.errors
        == "摸排.csv:3:7: 错误[C109]: 身份证号“990101************1”有误（身份证号有 19 位，应为 18 位）：台账按号码认人，错号码建的案例和改正后的号码对不上，这一行未导入。\n"
        + fix
        + "摸排.csv:4:7: 错误[C109]: 身份证号“990101***********3”有误（第 12 位“Z”不是数字）：台账按号码认人，错号码建的案例和改正后的号码对不上，这一行未导入。\n"
        + fix)

    try Data(Self.corrected.utf8).write(to: folder.appendingPathComponent("摸排.csv"))
    let again = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(again.status == 0, "\(again.errors)")
    #expect(
      again.output
        == "摸排.csv：读入 3 人，新建案例 2 个，已在台账中 1 人（不重复建案）\n"
        + "  摸排.csv:3：李** 新建案例 2\n  摸排.csv:4：王** 新建案例 3\n  1 人已在台账中，未改变\n")
    let list = try runDucha(["cases", "list"] + ledger, in: folder, workingDirectory: folder)
    #expect(list.output.hasSuffix("共 3 例：疑似 3\n"))
  }
}
