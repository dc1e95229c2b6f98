import Foundation
import Testing

/// A clerk merges the 户籍 list and the 公安 list into one file by hand: 张三 and 李四 are on
/// it twice. `ducha compare` printed 人口名单人数 5 (rows) while 适龄人数 said 3, and said nothing
/// of the repeated rows. Now 人口名单人数 is the number of children, and each repeated row is a
/// warning at its line (B117) naming the first, with the number masked unless `--reveal`. The
/// same child on a second list (民政) is what several lists are for: counted once, not warned.
@Suite("ducha compare: a child written twice on one population list")
struct CompareRepeatedRowsCLITests {
  static let merged = """
    序号,姓名,公民身份号码,乡镇
    1,张三,341323201203150019,渔沟镇
    2,李四,341323201406010024,渔沟镇
    3,王五,341323201011110039,渔沟镇
    4,张三,341323201203150019,渔沟镇
    5,李四,341323201406010024,
    6,张三,341323201203150019,渔沟镇

    """
  static let civil = "姓名,身份证号,特殊群体\n李四,341323201406010024,留守\n"
  static let enrolled = "姓名,身份证件号,学校名称\n王五,341323201011110039,渔沟小学\n"

  func run(_ extra: [String]) throws -> (Finished, URL) {
    let directory = try CLI.temporaryDirectory("compare-repeated-rows")
    for (name, text) in [
      ("户籍公安合并.csv", Self.merged), ("民政.csv", Self.civil), ("学籍.csv", Self.enrolled),
    ] {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    let run = try runDucha(
      [
        "compare", "--population", "户籍公安合并.csv", "民政.csv", "--enrolled", "学籍.csv", "--cutoff",
        "2022-08-31", "-o", "名单.csv",
      ] + extra, in: directory, workingDirectory: directory)
    return (run, directory)
  }

  @Test("children counted once, each repeated row said at its line, masked")
  func masked() throws {
    let (run, directory) = try run([])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(run.status == 0)
    // 3 children (张三, 李四, 王五) on 7 rows of two lists; 2 of them not enrolled.
    #expect(
      run.output == "疑似失学辍学 2，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 1，适龄人数 3\n")
    let fix = "  改法：删掉这一行（两行写的乡镇、监护人等不同时，先合成一行）；如果是两个孩子，对照户口簿改正抄错的号码。"
    #expect(
      run.errors.components(separatedBy: "\n").prefix(6) == [
        "户籍公安合并.csv:5:1: 警告[B117]: 身份证件号“341323***********9”与第 2 行相同：同一个孩子在这份名单上写了两行（手工合并户籍、公安名单时常见），只算一人。",
        fix,
        "户籍公安合并.csv:6:1: 警告[B117]: 身份证件号“341323***********4”与第 3 行相同：同一个孩子在这份名单上写了两行（手工合并户籍、公安名单时常见），只算一人。",
        fix,
        "户籍公安合并.csv:7:1: 警告[B117]: 身份证件号“341323***********9”与第 2 行相同：同一个孩子在这份名单上写了两行（手工合并户籍、公安名单时常见），只算一人。",
        fix,
      ])
    #expect(!run.errors.contains("民政.csv:2"))
    #expect(run.errors.components(separatedBy: "B117").count == 4)
  }

  @Test("--reveal shows the number; --lang en says it in English")
  func revealedInEnglish() throws {
    let (run, directory) = try run(["--reveal", "--lang", "en"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(
      run.output
        == "suspected out of school 2, enrolled but on no population list 0, enrolled in two schools 0, not comparable 0, children on the population lists 3, enrolled children 1, children of age 3\n"
    )
    #expect(
      run.errors.hasPrefix(
        "户籍公安合并.csv:5:1: warning[B117]: the ID number \"341323201203150019\" is also on line 2: the same child is written twice on this list (common when the 户籍 and 公安 lists are merged by hand); counted once.\n  fix: delete this row (if the two rows differ, merge them into one first); if they are two children, correct the miscopied number against the household register.\n"
      ))
  }
}
