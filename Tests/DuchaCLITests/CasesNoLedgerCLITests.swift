import Foundation
import Testing

/// A clerk opens a terminal on the desktop instead of the 控辍保学 folder and types
/// `ducha cases list`: there is no ledger there. The reading commands say so, and where to
/// run, instead of creating an empty ledger and answering that there are no cases; a list
/// file given as `--ledger` by mistake is named as not a ledger, in Chinese.
struct CasesNoLedgerCLITests {
  @Test func aListRunInTheWrongFolderSaysThereIsNoLedgerThere() throws {
    let (office, _) = try CasesCLITests.folder("no-ledger")
    defer { try? FileManager.default.removeItem(at: office) }
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: office, workingDirectory: office)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人，新建案例 3 个"), "\(imported.errors)")

    let desktop = office.appendingPathComponent("桌面")
    try FileManager.default.createDirectory(at: desktop, withIntermediateDirectories: true)
    let missing =
      "这里没有台账文件 Ledger/ledger.sqlite，没有读到任何案例。改法：到放台账的文件夹（里面有 Ledger/ 的那个）里运行，或用 --ledger 指定台账文件；还没有台账时先用 ducha cases import 名单.csv --by 姓名 建台账。\n"
    for command in [["list"], ["overdue"], ["show", "1"]] {
      let run = try runDucha(["cases"] + command, in: desktop, workingDirectory: desktop)
      #expect(run.status == 1, "\(command)")
      #expect(run.output == "", "\(command)")
      #expect(run.errors == missing, "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: desktop.appendingPathComponent("Ledger").path))

    let wrongFile = try runDucha(
      ["cases", "list", "--ledger", "名单.csv"], in: office, workingDirectory: office)
    #expect(wrongFile.status == 1)
    #expect(
      wrongFile.errors
        == "无法打开台账 名单.csv：这个文件不是台账（不是 ducha 的 SQLite 台账文件，多半是名单或别的文件）。检查路径和权限，或用 --ledger 指定另一个文件。\n"
    )
    // From the office folder the ledger is found as before.
    let list = try runDucha(["cases", "list"], in: office, workingDirectory: office)
    #expect(list.output.hasSuffix("共 3 例：疑似 3\n"), "\(list.errors)")
  }
}
