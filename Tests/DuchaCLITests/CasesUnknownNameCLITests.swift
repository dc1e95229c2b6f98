import Foundation
import Testing

/// The clerk misspells a school or township in `--school`/`--township` (渔沟小校, 渔勾镇):
/// `list` used to answer only “没有符合条件的案例。”, `register` “没有要写进…的案例”, and
/// `assign` took the misspelt school without a word. Each now says the ledger has no such
/// name, the nearest it has and all of them; `assign` still assigns (a new responsible school
/// may have no case yet) and says how to assign again.
struct CasesUnknownNameCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func aMisspeltSchoolOrTownshipIsSaidWithTheNearestName() throws {
    let (folder, ledger) = try CasesCLITests.folder("unknown-name")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)

    let assigned = try run(["assign", "1", "--school", "渔沟小校", "--by", "李辉"] + ledger, in: folder)
    #expect(assigned.status == 0)
    #expect(assigned.output == "案例 1（张**）：疑似\n")
    #expect(
      assigned.errors
        == "注意：台账里没有学校是“渔沟小校”的案例。是不是“渔沟小学”？台账里的学校有：大庙小学、渔沟小学。"
        + "如果写错了，用 ducha cases assign 1 --school 正确的名称 --by 姓名 再分配一次。\n")
    // Now a case has it: assigning the next one says nothing more.
    let again = try run(["assign", "2", "--school", "渔沟小校", "--by", "李辉"] + ledger, in: folder)
    #expect(again.errors == "")

    let listed = try run(["list", "--township", "渔勾镇"] + ledger, in: folder)
    #expect(listed.status == 0)
    #expect(listed.output == "没有符合条件的案例。\n")
    #expect(listed.errors == "台账里没有乡镇是“渔勾镇”的案例。是不是“渔沟镇”？台账里的乡镇有：大庙乡、渔沟镇。\n")

    let register = try run(
      ["register", "清理花名册", "--school", "大苗小学", "-o", "花名册.html"] + ledger, in: folder)
    #expect(register.status == 1)
    #expect(
      register.errors
        == "台账里没有要写进“疑似失学人员清理情况花名册”的案例（按所给的学校、乡镇）。没有写出文件。\n"
        + "台账里没有学校是“大苗小学”的案例。是不是“大庙小学”？台账里的学校有：大庙小学、渔沟小学、渔沟小校。\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("花名册.html").path))
  }
}
