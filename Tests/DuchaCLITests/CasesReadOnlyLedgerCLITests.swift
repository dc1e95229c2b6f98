import Foundation
import Testing

/// A ledger received read-only (from a CD, a zip, another user's folder): `cases list` said
/// “SQLite error 8: attempt to write a readonly database - while executing `PRAGMA synchronous
/// = FULL`”. Now it says the file or its folder cannot be written, that even reading needs it,
/// and to copy the ledger to a folder of one's own. Run as an unprivileged user (root writes
/// anywhere); skipped where there is none to run as.
struct CasesReadOnlyLedgerCLITests {
  @Test func aReadOnlyLedgerIsSaidToBeReadOnly() throws {
    let runAs: String
    if getuid() != 0 {
      runAs = ""
    } else if FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
      || FileManager.default.isExecutableFile(atPath: "/sbin/runuser"), getpwnam("nobody") != nil
    {
      runAs = "runuser -u nobody -- "
    } else {
      return
    }
    // The other user must reach the folder: the test run's own TMPDIR (scripts/test makes it
    // with mktemp, 0700) is closed to it, so as root the folder goes straight under /tmp.
    let base =
      runAs.isEmpty
      ? FileManager.default.temporaryDirectory : URL(fileURLWithPath: "/tmp", isDirectory: true)
    let folder = base.appendingPathComponent(
      "ducha-cli-cases-read-only-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let ledger = ["--ledger", folder.appendingPathComponent("县台账/cases.sqlite").path]
    defer {
      _ = chmod(folder.appendingPathComponent("县台账").path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"] + ledger, in: folder, workingDirectory: folder)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人"), "\(imported.errors)")
    _ = chmod(folder.path, 0o755)
    _ = chmod(ledger[1], 0o444)
    _ = chmod(folder.appendingPathComponent("县台账").path, 0o555)
    let binary = try CLI.binary().path
    let listed = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "\(runAs)'\(binary)' cases list --ledger '\(ledger[1])'")
    #expect(listed.status == 1)
    #expect(
      listed.errors.hasPrefix(
        "无法打开台账 \(ledger[1])：台账文件或它所在的文件夹不能写（只读），连查看也打不开（台账要在旁边写日志文件）。把台账复制到自己能写的文件夹（例如 Ledger/）再用 --ledger 指定"
      ), "\(listed.errors)")
  }
}
