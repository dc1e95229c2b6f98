import Foundation
import Testing

/// A child born before 1999 may be on one list with the old 15-digit number of the household
/// register and on another with the 18-digit one. `ducha compare` reads both as one child (and
/// writes the 18-character form); `ducha cases import` keyed the case by the number as written,
/// so the two lists made two cases of one child. The 15-digit number is now taken in its
/// 18-character form (19 before the year, the check character computed).
struct CasesOldIDNumberCLITests {
  @Test func theOldAndTheNewNumberAreOneCase() throws {
    let (folder, ledger) = try CasesCLITests.folder("old-id")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CLI.writeGB18030(
      "姓名,身份证号,乡镇\r\n刘洋,990101960305031,府城镇\r\n", as: "府城镇.csv", in: folder)
    try CLI.writeGB18030(
      "姓名,身份证号,乡镇\r\n刘洋,990101199603050317,唐城镇\r\n", as: "唐城镇.csv", in: folder)
    let first = try runDucha(
      ["cases", "import", "府城镇.csv", "--by", "李辉"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(first.status == 0, "\(first.errors)")
    let second = try runDucha(
      ["cases", "import", "唐城镇.csv", "--by", "李辉"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(second.status == 0, "\(second.errors)")
    #expect(
      second.output
        == "唐城镇.csv：读入 1 人，新建案例 0 个，已在台账中 1 人（不重复建案）\n"
        + "  唐城镇.csv:2：刘* 已是案例 1（疑似），名单上的乡镇是 唐城镇，台账里是 府城镇（没有改）：要改用 ducha cases assign 1 --township 唐城镇 --by 姓名\n"
    )
    let shown = try runDucha(
      ["cases", "show", "1", "--reveal"] + ledger, in: folder, workingDirectory: folder
    ).output
    // 990101960305031 → 99010119960305031 + check character 7 (weighted sum 302, mod 11 = 5).
    #expect(shown.contains("  身份证号：990101199603050317\n"), "\(shown)")
    #expect(shown.contains("  出生日期：1996-03-05\n"), "\(shown)")
  }
}
