import Foundation
import Testing

/// A ledger received read-only (from a USB stick or a CD, file mode 0444; another user's
/// folder): `cases list` said “attempt to write a readonly database”, and later that the file
/// had to be made writable even to be read. It is now listed and shown as usual, nothing is
/// made beside it, and a change says what is read-only and how to get a copy that can be
/// changed. Run as an unprivileged user (root writes anywhere); skipped where there is none.
struct CasesReadOnlyLedgerCLITests {
  /// `runuser -u nobody -- ` when run as root, `""` otherwise; nil: no one to run as.
  static var runAs: String? {
    if getuid() != 0 { return "" }
    guard
      FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
        || FileManager.default.isExecutableFile(atPath: "/sbin/runuser"), getpwnam("nobody") != nil
    else { return nil }
    return "runuser -u nobody -- "
  }

  /// A folder holding `名单.csv` imported into `县台账/cases.sqlite`. The other user must reach
  /// it: the test run's own TMPDIR (scripts/test makes it with mktemp, 0700) is closed to it,
  /// so as root the folder goes straight under /tmp.
  static func importedLedger(_ label: String, runAs: String) throws -> (URL, String) {
    let base =
      runAs.isEmpty
      ? FileManager.default.temporaryDirectory : URL(fileURLWithPath: "/tmp", isDirectory: true)
    let folder = base.appendingPathComponent(
      "ducha-cli-cases-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let ledger = folder.appendingPathComponent("县台账/cases.sqlite").path
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉", "--ledger", ledger], in: folder,
      workingDirectory: folder)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人"), "\(imported.errors)")
    _ = chmod(folder.path, 0o777)
    return (folder, ledger)
  }

  /// Runs `ducha ARGS` in `folder` as the other user.
  static func run(_ arguments: String, as runAs: String, in folder: URL) throws -> Finished {
    try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "\(runAs)'\(try CLI.binary().path)' \(arguments)")
  }

  static let listed = """
    编号  姓名  身份证号            乡镇    学校      状态  劝返  期限
    ────  ────  ──────────────────  ──────  ────────  ────  ────  ────
       1  张**  990101***********1  渔沟镇  渔沟小学  疑似     0
       2  李**  990101***********2  渔沟镇  渔沟小学  疑似     0
       3  王**  990101***********3  大庙乡  大庙小学  疑似     0
    共 3 例：疑似 3

    """

  /// The file 0444 in a folder the clerk cannot write either (a CD, a stick mounted
  /// read-only): listed, shown; an assignment refused once, naming the file's mode.
  @Test func aReadOnlyFileIsListedAndAChangeSaysHowToCopyIt() throws {
    guard let runAs = Self.runAs else { return }
    let (folder, ledger) = try Self.importedLedger("read-only", runAs: runAs)
    let ledgerFolder = (ledger as NSString).deletingLastPathComponent
    defer {
      _ = chmod(ledgerFolder, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    _ = chmod(ledger, 0o444)
    _ = chmod(ledgerFolder, 0o555)
    let before = try Data(contentsOf: URL(fileURLWithPath: ledger))

    let listed = try Self.run("cases list --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(listed.status == 0, "\(listed.errors)")
    #expect(listed.output == Self.listed)
    #expect(listed.errors == "")
    let shown = try Self.run("cases show 2 --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(shown.output.hasPrefix("案例 2：李**　疑似\n"), "\(shown.errors)")

    let assigned = try Self.run(
      "cases assign 1 2 --person 王老师 --by 李辉 --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(assigned.status == 1)
    #expect(assigned.output == "")
    #expect(
      assigned.errors == """
        台账 \(ledger) 只能查看，不能修改：文件本身是只读的（权限 r--r--r--，多半是从U盘、光盘或压缩包拷来的）。没有写入任何改动。改法：复制到自己能写的文件夹并改成可写，再用 --ledger 指定：mkdir -p 台账副本 && cp \(ledger) 台账副本/cases.sqlite && chmod 600 台账副本/cases.sqlite，之后加 --ledger 台账副本/cases.sqlite；或请文件的主人（管理员）给你写的权限。

        """)
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: ledgerFolder) == ["cases.sqlite"])

    // The fix the message gives, typed as it stands, makes a ledger that takes the change.
    let copied = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell:
        "\(runAs)sh -c 'mkdir -p 台账副本 && cp \(ledger) 台账副本/cases.sqlite && chmod 600 台账副本/cases.sqlite'"
    )
    #expect(copied.status == 0, "\(copied.errors)")
    let again = try Self.run(
      "cases assign 1 --person 王老师 --by 李辉 --ledger 台账副本/cases.sqlite", as: runAs, in: folder)
    #expect(again.output == "案例 1（张**）：疑似\n", "\(again.errors)")
  }

  /// A writable file in a folder the clerk cannot write (another user's folder): the ledger
  /// would need its journal beside it to change, so the folder is named.
  @Test func aFolderThatCannotBeWrittenIsNamed() throws {
    guard let runAs = Self.runAs else { return }
    let (folder, ledger) = try Self.importedLedger("read-only-folder", runAs: runAs)
    let ledgerFolder = (ledger as NSString).deletingLastPathComponent
    defer {
      _ = chmod(ledgerFolder, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    _ = chmod(ledger, 0o666)
    _ = chmod(ledgerFolder, 0o555)
    let listed = try Self.run(
      "cases list --status 疑似 --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(listed.output == Self.listed, "\(listed.errors)")
    let updated = try Self.run(
      "cases update 3 --confirm --reason 电话核实 --by 李辉 --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(updated.status == 1)
    #expect(
      updated.errors.hasPrefix(
        "台账 \(ledger) 只能查看，不能修改：它所在的文件夹 \(ledgerFolder) 不能写（台账改动时要在旁边写日志文件 cases.sqlite-wal）。没有写入任何改动。"
      ), "\(updated.errors)")
  }
}
