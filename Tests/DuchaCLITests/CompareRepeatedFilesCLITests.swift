import Foundation
import Testing

/// Shell globs overlap: `--enrolled 学籍/*.csv 学籍/一小.csv` named one roster twice, and it was
/// read twice — 在籍人数 (and 人口名单人数 for a population list) counted its rows twice in the
/// 统计 handed in. Now a file named twice on one side is read once, with a warning; a file on
/// both sides (every child on it enrolled, none found out of school) is refused.
@Suite("ducha compare: a file named twice")
struct CompareRepeatedFilesCLITests {
  static let population = "姓名,公民身份号码\n周杰,990101201305070934\n钱多,990101201111110619\n"
  static let enrolled = "姓名,身份证件号\n钱多,990101201111110619\n"

  @Test("read once, counted once; on both sides, refused")
  func repeatedFiles() throws {
    let work = try CLI.temporaryDirectory("compare-repeated")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.population.utf8).write(to: work.appendingPathComponent("公安.csv"))
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent("学籍"), withIntermediateDirectories: true)
    try Data(Self.enrolled.utf8).write(to: work.appendingPathComponent("学籍/一小.csv"))
    let twice = try runDucha(
      [
        "compare", "--population", "公安.csv", "./公安.csv", "--enrolled", "学籍/一小.csv",
        "学籍/../学籍/一小.csv", "--cutoff", "2022-08-31", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    #expect(twice.status == 0, "\(twice.errors)")
    #expect(
      twice.output == "疑似失学辍学 1，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 2，在籍人数 1，适龄人数 2\n")
    #expect(
      twice.errors.hasPrefix(
        "./公安.csv 给了两次，只读一次（读两次，人数会算重）。\n学籍/../学籍/一小.csv 给了两次，只读一次（读两次，人数会算重）。\n"))
    let both = try runDucha(
      [
        "compare", "--population", "公安.csv", "学籍/一小.csv", "--enrolled", "学籍/一小.csv", "--cutoff",
        "2022-08-31", "-o", "疑似2.csv",
      ], in: work, workingDirectory: work)
    #expect(both.status == 1)
    #expect(
      both.errors
        == "学籍/一小.csv 既给了 --population 又给了 --enrolled：上面的孩子都会算成已在籍，找不出疑似失学辍学的。没有比对。\n"
        + "  改法：人口名单只写在 --population 后面，学籍名单只写在 --enrolled 后面。\n")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("疑似2.csv").path))
  }
}
