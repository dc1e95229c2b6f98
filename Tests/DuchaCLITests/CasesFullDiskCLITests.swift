import Foundation
import Testing

/// The ledger on a USB stick that has filled up: recording a check said
/// `无法打开台账 ：SQLite error 13: database or disk is full - while executing `COMMIT
/// TRANSACTION`。检查路径和权限，或用 --ledger 指定另一个文件。` — no path, an "open" that never
/// happened, and a fix for another problem. It now names the ledger, says the disk is full and
/// that nothing was changed, and the change goes in once space is freed. The stick is a 1 MB
/// tmpfs; skipped where this user cannot mount one.
struct CasesFullDiskCLITests {
  /// Mounts a 1 MB tmpfs on a new folder; nil when that is not allowed here.
  static func smallStick() throws -> URL? {
    guard getuid() == 0 else { return nil }
    let folder = try CLI.temporaryDirectory("full-stick")
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.path]
    mount.standardError = FileHandle.nullDevice
    guard (try? mount.run()) != nil else { return nil }
    mount.waitUntilExit()
    guard mount.terminationStatus == 0 else {
      try? FileManager.default.removeItem(at: folder)
      return nil
    }
    return folder
  }

  static func unmount(_ folder: URL) {
    let umount = Process()
    umount.executableURL = URL(fileURLWithPath: "/bin/umount")
    umount.arguments = [folder.path]
    if (try? umount.run()) != nil { umount.waitUntilExit() }
    try? FileManager.default.removeItem(at: folder)
  }

  /// Fills `folder`'s file system up to `left` bytes with a file of zeros.
  static func fill(_ folder: URL, leaving left: Int) throws -> URL {
    var info = statvfs()
    guard statvfs(folder.path, &info) == 0 else { throw TestFailure("statvfs failed") }
    let free = Int(info.f_bavail) * Int(info.f_frsize)
    let filler = folder.appendingPathComponent("照片.zip")
    try Data(count: max(free - left, 0)).write(to: filler)
    return filler
  }

  @Test func aChangeOnAFullStickSaysTheDiskIsFullAndChangesNothing() throws {
    guard let stick = try Self.smallStick() else { return }
    defer { Self.unmount(stick) }
    let runs = try CLI.temporaryDirectory("full-stick-runs")
    defer { try? FileManager.default.removeItem(at: runs) }
    try Data(CasesCLITests.compareList.utf8).write(to: stick.appendingPathComponent("名单.csv"))
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: runs, workingDirectory: stick)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人"), "\(imported.errors)")

    let filler = try Self.fill(stick, leaving: 44 * 1024)
    let check = ["cases", "update", "2", "--result", "确认辍学", "--reason", "入户走访", "--by", "李辉"]
    let full = try runDucha(check, in: runs, workingDirectory: stick)
    #expect(full.status == 1)
    #expect(full.output == "")
    #expect(
      full.errors == """
        台账 Ledger/ledger.sqlite 读写出错，这次什么也没有改：磁盘（或 U 盘）满了。\
        改法：腾出空间（删掉或挪走不用的文件）后再做一次。

        """)
    let english = try runDucha(check + ["--lang", "en"], in: runs, workingDirectory: stick)
    #expect(english.status == 1)
    #expect(
      english.errors == """
        the ledger Ledger/ledger.sqlite could not be read or written; nothing was changed: the \
        disk (or USB stick) is full. Fix: free some space (delete or move files you do not need) \
        and do it again.

        """)

    try FileManager.default.removeItem(at: filler)
    let shown = try runDucha(["cases", "show", "2"], in: runs, workingDirectory: stick)
    #expect(shown.output.hasPrefix("案例 2：李**　疑似\n"), "\(shown.errors)")
    let again = try runDucha(check, in: runs, workingDirectory: stick)
    #expect(again.status == 0, "\(again.errors)")
    #expect(again.output == "案例 2（李**）：确认辍学\n")
  }
}
