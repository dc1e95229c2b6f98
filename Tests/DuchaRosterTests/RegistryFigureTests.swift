import DuchaChecklist
import Testing

@testable import DuchaRoster

/// registry-a.csv holds 12 synthetic students in 三年级1班 and 2班 under a title row; every
/// figure below was counted by hand from the file (see the comments for the lines).
@Suite("Registry figures on a hand-checked roster")
struct RegistryFigureTests {
  func check(_ names: [String]) throws -> RosterCheck {
    RosterChecker.check(try names.map { try RosterFixtures.read($0) }, today: RosterFixtures.today)
  }

  func places(_ check: RosterCheck, _ figure: String) -> [String] {
    check.figure(figure)?.findings.map { "\($0.student.place) \($0.reason.zh)" } ?? ["(none)"]
  }

  @Test("each figure's count and the students behind it")
  func figures() throws {
    let check = try check(["registry-a.csv"])
    #expect(check.diagnostics.isEmpty)
    let counts = Dictionary(uniqueKeysWithValues: check.figures.map { ($0.name, $0.count) })
    #expect(
      counts == [
        "系统学生数": 12, "系统班级数": 2, "重复学籍": 2, "无照片": 2, "无身份证号": 1, "身份证号有误": 5, "其他证件": 1,
        "学籍号不符": 1,
      ])
    // Line 8 repeats line 3's ID number; line 13 has line 4's name and birth date.
    #expect(
      places(check, "重复学籍") == [
        "registry-a.csv:8 与 registry-a.csv:3 重复（同一证件号）",
        "registry-a.csv:13 与 registry-a.csv:4 重复（同姓名同出生日期）",
      ])
    #expect(
      places(check, "无照片") == [
        "registry-a.csv:5 照片一栏是空的", "registry-a.csv:6 照片一栏是“无”",
      ])
    #expect(places(check, "无身份证号") == ["registry-a.csv:6 证件类型是居民身份证，证件号是空的"])
    #expect(
      places(check, "身份证号有误") == [
        "registry-a.csv:5 校验位应为 6，不是 0",
        "registry-a.csv:9 第 17 位表示男，性别一栏是女",
        "registry-a.csv:10 号码里的出生日期是 2015-06-16，出生日期一栏是 2015-06-06",
        "registry-a.csv:12 15 位旧身份证号，应换成 18 位号码",
        "registry-a.csv:14 出生日期 2030-01-01 晚于今天",
      ])
    #expect(places(check, "其他证件") == ["registry-a.csv:7 证件类型是护照"])
    #expect(places(check, "学籍号不符") == ["registry-a.csv:11 学籍号不是 G 加身份证件号"])
  }

  @Test("duplicates across files, one of them GB18030 with other header names")
  func acrossFiles() throws {
    let check = try check(["registry-a.csv", "registry-b-gbk.csv"])
    #expect(check.files.map(\.encoding) == [.utf8, .gb18030])
    #expect(check.figure("系统学生数")?.count == 14)
    #expect(check.figure("系统班级数")?.count == 3)
    #expect(check.figure("重复学籍")?.count == 3)
    #expect(
      places(check, "重复学籍").last == "registry-b-gbk.csv:2 与 registry-a.csv:4 重复（同一证件号）")
    // registry-b has no 身份证件类型 column… it has 证件类型; both files have every column.
    #expect(check.notComputed.isEmpty)
  }

  @Test("a figure whose column is missing is not counted, and says why")
  func missingColumn() {
    let file = RosterFixtures.read(bytes: Array("姓名,性别,身份证件号\n王小明,男,341323201503080112\n".utf8))
    let check = RosterChecker.check([file], today: RosterFixtures.today)
    #expect(check.figure("无照片") == nil)
    #expect(check.notComputed.map(\.name) == ["系统班级数", "无照片", "其他证件", "学籍号不符"])
    #expect(check.notComputed[1].reason.zh == "名单.csv 没有“照片”列，无照片没有统计")
    #expect(check.figure("身份证号有误")?.count == 0)
  }
}
