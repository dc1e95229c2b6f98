import Foundation
import Testing

/// A township's list imported straight into the ledger, with the 合计 row someone added in
/// Excel at the bottom (`合计,2人`): two children, two cases, and no case named “2人”.
struct CasesTotalRowCLITests {
  static let list = """
    序号,姓名,身份证号码,责任学校
    1,张小明,990101201301010011,渔沟小学
    2,李小红,990101201402020022,渔沟小学

    合计,2人,,

    """

  @Test func aTotalRowIsNotAChild() throws {
    let (folder, ledger) = try CasesCLITests.folder("total-row")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CLI.writeGB18030(Self.list, as: "摸排.csv", in: folder)
    let run = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == "摸排.csv：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      run.errors
        == "摸排.csv:5:1: 警告[C108]: 这一行是合计行（“合计”）：没有身份证号，不是一个孩子，没有建案例。\n"
        + "  改法：不用改；如果这一行确实是一个孩子，请填上身份证号再导入。\n")
    let list = try runDucha(["cases", "list"] + ledger, in: folder, workingDirectory: folder)
    #expect(list.output.hasSuffix("共 2 例：疑似 2\n"))
  }
}
