import Foundation
import Testing

/// The 合计 row a clerk adds in Excel with the label in the first column and the count in the
/// next, which is the ID number's (`合计,2人`). A total row was only known as one when its
/// number cell was empty, so this one was a person with a wrong number: the roster check
/// counted one student too many (系统学生数 2 for one) and one more 身份证号有误; compare listed a
/// child named 合计 as 疑似失学辍学 of unknown age (人口名单人数 3 for two, 无法比对 1) and counted
/// one more enrolled; the case import refused it as a miscopied number (C109, exit 1). A count
/// (fewer than six digits) under the number is now no number: warnings R202, B110, C108.
struct TotalRowCountCLITests {
  static let population =
    "姓名,公民身份号码,出生日期,乡镇\r\n冯小雨,990101201309150472,2013-09-15,渔沟镇\r\n"
    + "张小明,990101201203050115,2012-03-05,渔沟镇\r\n合计,2人,,\r\n"
  static let roster = "姓名,身份证件号,学校名称\r\n张小明,990101201203050115,渔沟小学\r\n合计,1人,\r\n"

  func folder() throws -> URL {
    let work = try CLI.temporaryDirectory("total-row-count")
    try CLI.writeGB18030(Self.population, as: "户籍.csv", in: work)
    try CLI.writeGB18030(Self.roster, as: "学籍.csv", in: work)
    return work
  }

  @Test func compareCountsTwoPeopleAndOneEnrolled() throws {
    let work = try folder()
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(
      ["compare", "--population", "户籍.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31"],
      in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    // 冯小雨 (8) and 张小明 (10) are of age; 张小明 is enrolled.
    #expect(
      run.output.hasPrefix(
        "疑似失学辍学 1，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 2，在籍人数 1，适龄人数 2\n"),
      "\(run.output)")
    #expect(!run.output.contains("合*"), "\(run.output)")
    #expect(
      run.errors
        == "学籍.csv:3:1: 警告[B110]: 这一行是合计行（“合计”）：没有身份证件号，不算作一个人，没有比对。\n"
        + "  改法：不用改；如果这一行确实是一个孩子，请填上身份证件号。\n"
        + "户籍.csv:4:1: 警告[B110]: 这一行是合计行（“合计”）：没有身份证件号，不算作一个人，没有比对。\n"
        + "  改法：不用改；如果这一行确实是一个孩子，请填上身份证件号。\n")
  }

  @Test func theRosterCheckCountsOneStudent() throws {
    let work = try folder()
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(["roster", "check", "学籍.csv"], in: work, workingDirectory: work)
    #expect(run.output.contains("系统学生数    1\n"), "\(run.output)")
    #expect(run.output.contains("身份证号有误  0\n"), "\(run.output)")
    #expect(
      run.errors
        == "学籍.csv:3:1: 警告[R202]: 这一行是合计行（“合计”）：没有证件号和学籍号，不算作学生。\n"
        + "  改法：不用改；如果这一行确实是学生，请填上身份证件号或全国学籍号。\n")
  }

  @Test func theImportMakesTwoCasesAndNoRefusal() throws {
    let work = try folder()
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(
      ["cases", "import", "户籍.csv", "--by", "张干事"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == "户籍.csv：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      run.errors
        == "户籍.csv:4:1: 警告[C108]: 这一行是合计行（“合计”）：没有身份证号，不是一个孩子，没有建案例。\n"
        + "  改法：不用改；如果这一行确实是一个孩子，请填上身份证号再导入。\n")
  }
}
