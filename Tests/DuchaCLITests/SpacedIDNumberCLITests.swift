import Foundation
import Testing

/// ID numbers copied from a paper form keep its groups: `341323 2012 0315 0019`, in a Chinese
/// input method with full-width spaces (`341323　2013　0615　002X`). `ducha roster check` and
/// `ducha compare` read such a cell as the 18-character number it is, the same way
/// (`ResidentIDNumber.normalized(cell:)`), each run from a folder of its own.
@Suite("ID numbers typed with spaces inside, read alike by roster check and compare")
struct SpacedIDNumberCLITests {
  @Test("roster check: spaced numbers are valid and the same child twice is a duplicate")
  func rosterCheck() throws {
    let directory = try CLI.temporaryDirectory("spaced-id-roster")
    defer { try? FileManager.default.removeItem(at: directory) }
    // 王小明's number with ASCII spaces, 李小红's with full-width ones, and 王小明 again
    // without spaces (copied into a second class): one child registered twice.
    let roster = """
      姓名,性别,出生日期,身份证件类型,身份证件号,年级,班级,照片
      王小明,男,2012-03-15,居民身份证,341323 2012 0315 0019,五年级,1班,有
      李小红,女,2013-06-15,居民身份证,341323\u{3000}2013\u{3000}0615\u{3000}002X,四年级,1班,有
      王小明,男,2012-03-15,居民身份证,341323201203150019,五年级,2班,有

      """
    let file = directory.appendingPathComponent("示范小学.csv")
    try Data(roster.utf8).write(to: file)
    let run = try runDucha(["roster", "check", file.path, "--format", "json"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    let figures = try #require(object?["figures"] as? [String: [String: Any]])
    #expect(figures["系统学生数"]?["count"] as? Int == 3)
    #expect(figures["身份证号有误"]?["count"] as? Int == 0, "\(run.output)")
    #expect(figures["无身份证号"]?["count"] as? Int == 0)
    // The second registration (line 4) is the duplicate of the spaced one (line 2).
    #expect(figures["重复学籍"]?["count"] as? Int == 1, "\(run.output)")
    let duplicates = try #require(figures["重复学籍"]?["students"] as? [[String: Any]])
    #expect(duplicates.count == 1)
    #expect(duplicates.first?["idNumber"] as? String == "341323***********9")
    #expect(duplicates.first?["reason"] as? String == "与 示范小学.csv:2 重复（同一证件号）")
  }

  @Test("compare: spaced numbers in the enrolled list match the population list")
  func compare() throws {
    let directory = try CLI.temporaryDirectory("spaced-id-compare")
    defer { try? FileManager.default.removeItem(at: directory) }
    // CompareCLITests' lists, the enrolled numbers now typed in groups: the result is the same.
    try Data(CompareCLITests.population.utf8).write(
      to: directory.appendingPathComponent("户籍.csv"))
    let enrolled = """
      姓名,身份证件号,年级,班级
      钱五,990101 2012 0315 0159,五年级,1班
      蒋十四,990101\u{3000}2012\u{3000}0606\u{3000}0239,四年级,1班

      """
    try Data(enrolled.utf8).write(to: directory.appendingPathComponent("一小.csv"))
    let run = try CompareCLITests.compare(["--ages", "6-15", "-o", "名单.csv"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    // 钱五 is found in school (not a suspected dropout), 蒋十四 is the one problem household
    // registration; nothing is left uncomparable.
    #expect(run.output == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 2，适龄人数 2\n")
    let unregistered = try String(
      contentsOf: directory.appendingPathComponent("名单-问题户籍.csv"), encoding: .utf8)
    #expect(
      unregistered.contains("1,990101***********9,蒋**,男,2012-**-**,10,一小,四年级,1班,一小.csv:3,不在任何人口名单上")
    )
  }
}
