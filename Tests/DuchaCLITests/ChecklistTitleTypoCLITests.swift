import Foundation
import Testing

/// 灵璧 is often typed 灵壁 (璧 and 壁 look alike and sound the same): a checklist asked for by
/// the start of its title with that slip was “找不到” with no guess, the title being too long
/// to be near. The guess now names it, for `show` and for `inspect --checklist`.
@Suite("a checklist's title typed with a wrong character", .serialized)
struct ChecklistTitleTypoCLITests {
  @Test("灵壁 and 灵壁县学籍: 是不是 灵璧县学籍管理工作专项核查记录表")
  func theTitleIsGuessed() throws {
    let laptop = try Laptop("title-typo")
    defer { laptop.remove() }
    let show = try laptop.run(["show", "灵壁"])
    #expect(show.status == 1)
    #expect(
      show.errors.split(separator: "\n").dropFirst().first == "是不是：灵璧县学籍管理工作专项核查记录表？",
      "\(show.errors)")
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "灵壁县学籍", "--unit", "渔沟小学", "--sessions", "三组", "--script",
      script.path,
    ])
    #expect(inspect.status == 64)
    #expect(
      inspect.errors.hasPrefix("找不到清单“灵壁县学籍”。是不是：灵璧县学籍管理工作专项核查记录表？可用的清单："),
      "\(inspect.errors)")
  }
}
