import Foundation
import Testing

/// A list of which no row can be imported (masked rows from an output without `--reveal`, a
/// row without a name, a miscopied number) started an empty ledger anyway: `Ledger/` and
/// `ledger.sqlite` appeared, and every later command answered from a ledger with no case. Now
/// nothing is created; each row's refusal is said at its file, row and column (the masked
/// cell, the empty name, the number), and the last line says no ledger was started.
struct CasesNothingImportedCLITests {
  static let list =
    "\u{FEFF}序号,姓名,身份证件号,乡镇,责任学校\r\n"
    + "1,张**,990101201301010011,渔沟镇,渔沟小学\r\n"
    + "2,,990101201402020022,渔沟镇,渔沟小学\r\n"
    + "3,王小五,99010120120303003,大庙乡,大庙小学\r\n"
    + "4,李四,990101201203******,大庙乡,大庙小学\r\n"

  @Test func aListWithNoImportableRowCreatesNoLedger() throws {
    let folder = try CLI.temporaryDirectory("cases-nothing-imported")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.list.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let refused = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: folder, workingDirectory: folder)
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors == """
        名单.csv:2:3: 错误[C104]: 这一行的姓名已遮蔽（有“*”），不能据此建案例，未导入。
          改法：导入 ducha compare --reveal 输出的名单（台账本身是权限 0600 的个人信息文件）。
        名单.csv:3:3: 错误[C103]: 这一行没有姓名，未导入。
          改法：补上姓名后再导入一次（已导入的不会重复）。
        名单.csv:4:7: 错误[C109]: 身份证号“990101**********3”有误（身份证号有 17 位，应为 18 位）：台账按号码认人，错号码建的案例和改正后的号码对不上，这一行未导入。
          改法：对照户口簿或身份证改正名单里的号码，再导入一次（已导入的不会重复）；一时查不到正确号码的，把这一格清空再导入，按姓名和出生日期建案例。
        名单.csv:5:6: 错误[C104]: 这一行的身份证号已遮蔽（有“*”），不能据此建案例，未导入。
          改法：导入 ducha compare --reveal 输出的名单（台账本身是权限 0600 的个人信息文件）。
        名单.csv：读入 0 人，没有可以导入的孩子
        没有导入任何孩子，所以没有建立台账 Ledger/ledger.sqlite。按上面每一条的改法改好名单后再导入。

        """)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Ledger").path))
    // A later command is told there is no ledger, not that it has no case.
    let listed = try runDucha(["cases", "list"], in: folder, workingDirectory: folder)
    #expect(listed.status == 1)
    #expect(!listed.errors.contains("没有符合条件的案例"), "\(listed.errors)")
  }

  /// The registry system's .xls: said as `roster check` and `compare` say it (it was “文件既不是
  /// UTF-8 也不是 GB18030 编码”), and no ledger started.
  @Test func anOldExcelFileIsNamedAsSuch() throws {
    let folder = try CLI.temporaryDirectory("cases-xls")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).write(
      to: folder.appendingPathComponent("摸排.xls"))
    let run = try runDucha(
      ["cases", "import", "摸排.xls", "--by", "李辉"], in: folder, workingDirectory: folder)
    #expect(run.status == 1)
    #expect(
      run.errors == """
        摸排.xls:1:1: 错误[C113]: 这是旧版 Excel 文件（.xls），ducha 读不了。
          改法：在 Excel 或 WPS 里打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”再导入。
        摸排.xls：读入 0 人，没有可以导入的孩子
        没有导入任何孩子，所以没有建立台账 Ledger/ledger.sqlite。按上面每一条的改法改好名单后再导入。

        """)
  }
}
