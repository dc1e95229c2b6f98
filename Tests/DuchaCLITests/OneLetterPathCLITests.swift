import Foundation
import Testing

/// `ducha cases list --ledger L` (a one-letter path, or `.`, or `a/`) stopped ducha with
/// "Illegal instruction" and a backtrace: Foundation's `NSString.deletingLastPathComponent`
/// traps on such paths on Linux. The folder of a path is now found without it
/// (`PathFolder.of`), and the folder given as a ledger is named as such.
struct OneLetterPathCLITests {
  @Test func aOneLetterLedgerPathIsAnsweredNotCrashedOn() throws {
    let folder = try CLI.temporaryDirectory("one-letter-path")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("L"), withIntermediateDirectories: true)
    let listed = try runDucha(
      ["cases", "list", "--ledger", "L"], in: folder, workingDirectory: folder)
    #expect(listed.status == 1)
    #expect(
      listed.errors == """
        无法打开台账 L：这是一个文件夹，不是台账文件（台账是 .sqlite 文件，如 Ledger/ledger.sqlite）。检查路径和权限，或用 --ledger 指定另一个文件。

        """)
    let here = try runDucha(
      ["cases", "list", "--ledger", "."], in: folder, workingDirectory: folder)
    #expect(here.status == 1)
    #expect(here.errors.hasPrefix("无法打开台账 .：这是一个文件夹"), "\(here.errors)")
    // A one-letter file that is not there: no ledger here, nothing created.
    let missing = try runDucha(
      ["cases", "list", "--ledger", "x"], in: folder, workingDirectory: folder)
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("这里没有台账文件 x，没有读到任何案例。"), "\(missing.errors)")
    // A one-letter ledger file is started by an import and read back.
    try Data("姓名,身份证号,学校,乡镇\n张小明,990101201301010002,渔沟小学,渔沟镇\n".utf8).write(
      to: folder.appendingPathComponent("名单.csv"))
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉", "--ledger", "z"], in: folder,
      workingDirectory: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    let read = try runDucha(
      ["cases", "list", "--ledger", "z"], in: folder, workingDirectory: folder)
    #expect(read.status == 0, "\(read.errors)")
    #expect(read.output.hasSuffix("共 1 例：疑似 1\n"), "\(read.output)")
  }

  /// `ducha compare … -o x` crashed the same way, working out where the other three go.
  @Test func aOneLetterOutputNameIsWritten() throws {
    let folder = try CLI.temporaryDirectory("one-letter-output")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("姓名,身份证件号\n张一,990101201301010002\n李二,990101201302020018\n".utf8).write(
      to: folder.appendingPathComponent("公安.csv"))
    try Data("姓名,身份证件号\n李二,990101201302020018\n".utf8).write(
      to: folder.appendingPathComponent("学籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "公安.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "-o", "x",
      ], in: folder, workingDirectory: folder)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors == "已写入：x.csv\n已写入：x-问题户籍.csv\n已写入：x-重复在籍.csv\n已写入：x-统计.csv\n")
    for name in ["x.csv", "x-问题户籍.csv", "x-重复在籍.csv", "x-统计.csv"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }
  }
}
