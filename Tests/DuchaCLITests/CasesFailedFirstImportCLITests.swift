import Foundation
import Testing

/// A first `ducha cases import` that did not finish (the disk filled up, the terminal was
/// closed) left the ledger file with its tables and no case, and `ducha cases list` then
/// answered 没有符合条件的案例 with exit 0, as if every child had been looked at. A reading
/// command now says the ledger has never had an import that succeeded, and the fix (exit 1).
/// The import is stopped the way a file-size limit stops it (SIGXFSZ once the ledger's
/// journal passes 100 KB, after its tables are made), which needs no privileges.
struct CasesFailedFirstImportCLITests {
  /// `count` children with valid, distinct numbers (born 2013, check character computed).
  static func list(_ count: Int) -> String {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let checks = Array("10X98765432")
    var lines = ["姓名,身份证件号,乡镇,责任学校"]
    for index in 0..<count {
      let first17 =
        "9901012013" + String(format: "%02d%02d%03d", 1 + index % 12, 1 + index % 28, index % 1000)
      let sum = zip(first17, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
      lines.append("学生\(index),\(first17)\(checks[sum % 11]),渔沟镇,渔沟小学")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func aListAfterAFailedFirstImportSaysTheLedgerWasNeverImported() throws {
    let folder = try CLI.temporaryDirectory("cases-failed-first-import")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.list(3000).utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let binary = try CLI.binary().path
    let stopped = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "ulimit -f 200; exec '\(binary)' cases import 名单.csv --by 李辉")
    #expect(stopped.status != 0)
    #expect(stopped.output == "")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Ledger/ledger.sqlite").path))

    let listed = try runDucha(["cases", "list"], in: folder, workingDirectory: folder)
    #expect(listed.status == 1)
    #expect(listed.output == "")
    #expect(
      listed.errors == """
        台账 Ledger/ledger.sqlite 里一个案例也没有：还没有成功导入过名单（第一次 ducha cases import 没有做完：\
        磁盘满了、U 盘拔了或被中断）。这不是“没有符合条件的案例”。改法：按那次导入报的错改好（比如腾出空间）后，\
        再运行一次 ducha cases import 名单.csv --by 姓名。

        """)
    let english = try runDucha(
      ["cases", "list", "--lang", "en"], in: folder, workingDirectory: folder)
    #expect(english.status == 1)
    #expect(
      english.errors == """
        the ledger Ledger/ledger.sqlite holds no case at all: no import into it has ever \
        succeeded (the first ducha cases import did not finish: a full disk, a pulled USB stick, \
        or it was interrupted). This is not "no case matches". Fix: deal with what that import \
        said (free some space, for instance), then run ducha cases import LIST --by NAME again.

        """)
    let overdue = try runDucha(
      ["cases", "overdue", "--today", "2026-12-01"], in: folder, workingDirectory: folder)
    #expect(overdue.status == 1)
    #expect(overdue.errors.hasPrefix("台账 Ledger/ledger.sqlite 里一个案例也没有"))

    // The import done again fills the same file, and the list has the children.
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: folder, workingDirectory: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    let relisted = try runDucha(
      ["cases", "list", "--status", "疑似"], in: folder, workingDirectory: folder)
    #expect(relisted.status == 0, "\(relisted.errors)")
    #expect(relisted.errors == "")
    #expect(relisted.output.contains("共 3000 例：疑似 3000"), "\(relisted.output.suffix(200))")
  }
}
