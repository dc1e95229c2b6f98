import Foundation
import Testing

/// A county's list with one problem on thousands of rows (a column saved by Excel as numbers,
/// a list pasted in twice) printed one message per row: 15,000 rows gave 30,000 lines on the
/// terminal, and the one unterminated quote of another file was lost among them. Each kind of
/// problem (one file, one code) is now listed for its first 10 rows and summed up in one line
/// that says how many more, up to which line, and how to list them all (`--all-messages`).
@Suite("ducha compare and cases import: many rows with one problem are summed up")
struct ManyBadRowsCLITests {
  // 13 children of 2014 whose check characters are all wrong (the right ones are 6 4 2 0 9 7
  // 5 3 1 4 2 0 9), then one with a good number; the enrolment has only that one.
  static let checks = Array("6420975314209")
  static let population =
    "姓名,公民身份号码\n"
    + (1...13).map { index in
      let first17 = "34132320140505" + String(format: "%03d", index)
      let wrong: Character = checks[index - 1] == "0" ? "1" : "0"
      return "孩子\(index),\(first17)\(wrong)\n"
    }.joined() + "周杰,341323201503010034\n"
  static let enrolled = "姓名,身份证件号\n周杰,341323201503010034\n"

  func folder() throws -> URL {
    let folder = try CLI.temporaryDirectory("many-bad-rows")
    for (name, text) in [("公安.csv", Self.population), ("一小.csv", Self.enrolled)] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  func compare(_ extra: [String], in folder: URL) throws -> Finished {
    try runDucha(
      ["compare", "--population", "公安.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31"]
        + extra, in: folder, workingDirectory: folder)
  }

  @Test("compare lists 10 rows of a kind and sums up the other 3")
  func compareSumsUp() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try compare(["-o", "名单.csv"], in: folder)
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.errors.components(separatedBy: "\n")
    let warnings = lines.filter { $0.contains("[B107]") }
    #expect(warnings.count == 11)
    #expect(
      warnings[9] == "公安.csv:11:6: 警告[B107]: 身份证件号“341323***********0”的校验位应为 4；仍按原号码比对。")
    #expect(
      warnings[10] == "公安.csv:12:6: 警告[B107]: 从这一行起到第 14 行，还有 3 行同样的问题（B107），没有逐行列出。")
    let fix = lines[lines.firstIndex(of: warnings[10])! + 1]
    #expect(
      fix
        == "  改法：按上面列出的几行改正；要逐行看全部，加 --all-messages（可用 2> 问题行.txt 存进文件）。"
    )
    #expect(run.output == "疑似失学辍学 13，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 14，在籍人数 1，适龄人数 14\n")

    let english = try compare(["--lang", "en", "-o", "list.csv"], in: folder)
    #expect(
      english.errors.contains(
        "公安.csv:12:6: warning[B107]: 3 more rows from this one to line 14 have the same problem (B107); they are not listed one by one.\n  fix: fix them as the rows above say; to list every row, add --all-messages (2> rows.txt keeps them in a file).\n"
      ))

    let all = try compare(["--all-messages", "-o", "名单.csv"], in: folder)
    let every = all.errors.components(separatedBy: "\n").filter { $0.contains("[B107]") }
    #expect(every.count == 13)
    #expect(
      every.last == "公安.csv:14:6: 警告[B107]: 身份证件号“341323***********0”的校验位应为 9；仍按原号码比对。")
  }

  @Test("a whole column spoiled: the summary says so")
  func aWholeColumn() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // 111 numbers Excel saved as numbers: one mistake, not 111 slips.
    let spoiled = "姓名,公民身份号码\n" + (1...111).map { "孩子\($0),3.41323E+17\n" }.joined()
    try Data(spoiled.utf8).write(to: folder.appendingPathComponent("公安.csv"))
    let run = try compare(["-o", "名单.csv"], in: folder)
    let lines = run.errors.components(separatedBy: "\n")
    let summary = try #require(lines.firstIndex { $0.contains("还有 101 行") })
    #expect(lines[summary] == "公安.csv:12:6: 错误[B106]: 从这一行起到第 112 行，还有 101 行同样的问题（B106），没有逐行列出。")
    #expect(
      lines[summary + 1]
        == "  改法：按上面列出的几行改正（这么多行是同一个问题时，多半是整列或整份名单出了错）；要逐行看全部，加 --all-messages（可用 2> 问题行.txt 存进文件）。"
    )
    #expect(lines.filter { $0.contains("[B106]") }.count == 11)
  }

  @Test("cases import lists 10 refused rows and sums up the other 2")
  func importSumsUp() throws {
    let (folder, ledger) = try CasesCLITests.folder("many-bad-rows-import")
    defer { try? FileManager.default.removeItem(at: folder) }
    // 12 numbers one digit short (typed from a list that lost a column), one good child.
    let list =
      "序号,姓名,身份证号码,责任学校\n"
      + (1...12).map { "\($0),孩子\($0),34132320140505\(String(format: "%03d", $0)),渔沟小学\n" }.joined()
      + "13,张小明,990101201301010010,渔沟小学\n"
    try Data(list.utf8).write(to: folder.appendingPathComponent("摸排.csv"))
    let run = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(run.status == 1)
    #expect(run.output == "摸排.csv：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
    let refusals = run.errors.components(separatedBy: "\n").filter { $0.contains("[C109]") }
    #expect(refusals.count == 11)
    #expect(
      refusals[10] == "摸排.csv:12:9: 错误[C109]: 从这一行起到第 13 行，还有 2 行同样的问题（C109），没有逐行列出。")
    let all = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事", "--all-messages"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(all.errors.components(separatedBy: "\n").filter { $0.contains("[C109]") }.count == 12)
    #expect(all.output.hasPrefix("摸排.csv：读入 1 人，新建案例 0 个，已在台账中 1 人"))
  }
}
