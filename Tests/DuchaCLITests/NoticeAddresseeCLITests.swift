import Foundation
import Testing

/// 会理's 乡镇 form: the notice to 城关镇 read “检查组于2020年11月5日对你校进行了…检查。经检查，发现
/// 你校存在以下问题” — a town told it is a school. It now addresses the unit as the form's
/// `对象：` and its name say (你镇). End to end with the binary, as on a leader's laptop.
@Suite("整改通知书 addresses the unit it is for", .serialized)
struct NoticeAddresseeCLITests {
  @Test("a town (对象：乡镇(街道)) is 你镇, never 你校")
  func aTownIsNotASchool() throws {
    let laptop = try Laptop("notice-addressee")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    // 1.1: 机构健全 是, 抽查村 否 (−1), 3 meetings (−1), 1 without minutes (−0.5); then leave.
    try CLI.writeScript(["是", "否", "3", "1", "", "退出"], to: script)
    let walk = try laptop.run([
      "inspect", "--checklist", "huili-kaohe-xiangzhen", "--unit", "城关镇", "--stage", "小学",
      "--stage", "初中", "--group", "一组", "--inspector", "王芳", "--date", "2020-11-05", "--year",
      "2020", "--sessions", "一组", "--script", script.path,
    ])
    #expect(walk.status == 2, "\(walk.errors)")
    let build = try laptop.run(["problems", "build", "一组"])
    #expect(build.status == 0, "\(build.errors)")
    let notice = try laptop.run(["notice", "一组", "-o", "通知.html"])
    #expect(notice.status == 0, "\(notice.errors)")
    let page = try String(contentsOf: laptop.url("通知.html"), encoding: .utf8)
    #expect(
      page.contains(
        "根据工作安排，检查组于2020年11月5日对你镇进行了“会理县义务教育控辍保学工作考核细则(试行)(乡镇)”检查。经检查，发现你镇存在以下问题，"
      ), "\(page)")
    #expect(page.contains("请你镇高度重视，逐条落实整改"))
    #expect(!page.contains("你校"))
  }
}
