import Foundation
import Testing

/// 在籍人数 counted roster rows: 钱多, enrolled in 一小 and again in 二小, and 吴某, in 一小's
/// export twice (and in a second export of 一小), made 在籍人数 5 for 2 children, while
/// 人口名单人数 counts children. Now 在籍人数 is the number of children; the rows of the same
/// school repeating an earlier one are warned at file:line (B118), masked unless `--reveal`
/// (two schools are the 重复在籍 list already). The 疑似 list does not change: a child
/// enrolled twice is enrolled.
@Suite("ducha compare: a child enrolled twice counts once")
struct CompareEnrolledTwiceCLITests {
  static let population = """
    姓名,公民身份号码,乡镇
    周杰,990101201305070934,良马镇
    钱多,990101201111110619,良马镇
    吴某,99010120121212071X,良马镇

    """
  static let first = """
    姓名,身份证件号
    钱多,990101201111110619
    吴某,99010120121212071X
    吴某,99010120121212071X

    """
  static let second = "姓名,身份证件号\n钱多,990101201111110619\n"
  static let again = "姓名,身份证件号,学校名称\n吴某,99010120121212071X,一小\n"

  func run(_ extra: [String]) throws -> Finished {
    let folder = try CLI.temporaryDirectory("compare-enrolled-twice")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in [
      ("公安.csv", Self.population), ("一小.csv", Self.first), ("二小.csv", Self.second),
      ("一小补.csv", Self.again),
    ] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return try runDucha(
      [
        "compare", "--population", "公安.csv", "--enrolled", "一小.csv", "二小.csv", "一小补.csv",
        "--cutoff", "2022-08-31",
      ] + extra, in: folder, workingDirectory: folder)
  }

  @Test("在籍人数 counts children; the same school's repeated rows are warned, masked")
  func masked() throws {
    let run = try run(["-o", "名单.csv"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output == "疑似失学辍学 1，问题户籍 0，重复在籍 1，无法比对 0，人口名单人数 3，在籍人数 2，适龄人数 3\n")
    let fix = "  改法：同一份名单导出了两次的，只给一份；否则是学籍系统里的重复学籍，用 ducha roster check 查出后处理。"
    #expect(
      Array(run.errors.components(separatedBy: "\n").prefix(4)) == [
        "一小.csv:4:1: 警告[B118]: 身份证件号“990101***********X”与第 3 行相同，学校也相同：同一个学生在学籍名单上有两行，在籍人数只算一人。",
        fix,
        "一小补.csv:2:1: 警告[B118]: 身份证件号“990101***********X”与一小.csv 第 3 行相同，学校也相同：同一个学生在学籍名单上有两行，在籍人数只算一人。",
        fix,
      ])
    #expect(run.errors.components(separatedBy: "B118").count == 3)
  }

  @Test("--reveal shows the number; --lang en says enrolled children")
  func revealedInEnglish() throws {
    let run = try run(["--reveal", "--lang", "en", "-o", "list.csv"])
    #expect(
      run.output
        == "suspected out of school 1, enrolled but on no population list 0, enrolled in two schools 1, not comparable 0, children on the population lists 3, enrolled children 2, children of age 3\n"
    )
    #expect(
      run.errors.hasPrefix(
        "一小.csv:4:1: warning[B118]: the ID number \"99010120121212071X\" is also on line 3, in the same school: the same student is on the rosters twice; counted once among the enrolled.\n  fix: if the same roster was exported twice, give it once; otherwise it is a duplicate record in the registry: find it with ducha roster check.\n"
      ))
  }
}
