import Foundation
import Testing

/// A township's own 摸排表, saved by Excel on a Chinese Windows: the child's number under
/// `儿童身份证号码`, beside the guardian's. The number is read (not the guardian's), so the
/// same child on `ducha compare`'s list later is the same case.
struct CasesChildIDHeaderCLITests {
  static let survey = """
    黎溪镇疑似失学儿童摸排表,,,,
    序号,学生姓名,监护人身份证号码,儿童身份证号码,责任学校
    1,张小明,990101198803030025,990101 20130101 0011,渔沟小学

    """

  @Test func theChildsNumberUnderAnotherHeaderKeepsOneCasePerChild() throws {
    let (folder, ledger) = try CasesCLITests.folder("child-id-header")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CLI.writeGB18030(Self.survey, as: "摸排.csv", in: folder)
    let survey = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(survey.status == 0, "\(survey.errors)")
    #expect(survey.output == "摸排.csv：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
    let list = try runDucha(
      ["cases", "list", "--reveal"] + ledger, in: folder, workingDirectory: folder)
    #expect(list.output.contains("   1  张小明  990101201301010011"))
    // 名单.csv has 张小明 with the same number (and a masked row, C104): not a second case.
    let compared = try runDucha(
      ["cases", "import", "名单.csv", "--by", "张干事"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(compared.output.hasPrefix("名单.csv：读入 3 人，新建案例 2 个，已在台账中 1 人（不重复建案）\n"))
  }
}
