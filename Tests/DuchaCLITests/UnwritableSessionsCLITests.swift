import DuchaSession
import Foundation
import Testing

/// Sessions kept where nothing can be written: a write-protected USB stick, a folder opened
/// inside a zip file, a disk that fills up. `ducha resume` there took answers that all got lost
/// (each save failed with `open failed: Read-only file system`, in English), and `退出` said
/// `已保存` with exit status 0. The folders are made read-only or full in a mount namespace of
/// their own (`unshare -rm`), so nothing outside the test sees the mounts.
@Suite(
  .enabled(
    if: OwnMounts.allowed,
    "unshare -rm is not permitted here (no user namespaces, e.g. in an unprivileged container)"))
struct UnwritableSessionsCLITests {
  /// Runs `commands` (a `/bin/sh` script; `$DUCHA` is the binary) in a private mount namespace
  /// in `directory`, as a user mapped to root there.
  static func inOwnMounts(_ commands: String, in directory: URL) throws -> Finished {
    let binary = try CLI.binary().path
    let script = directory.appendingPathComponent("mounts.sh")
    try Data(("DUCHA='\(binary)'\n" + commands + "\n").utf8).write(to: script)
    return try runDucha(
      [], in: directory, workingDirectory: directory,
      shell: "exec unshare -rm /bin/sh '\(script.path)'")
  }

  /// `U盘 记录/` holding the session of 渔沟小学 with its first two items answered; returns the
  /// folder and the session file.
  static func sessionOnStick(in directory: URL) throws -> (folder: URL, file: URL) {
    let folder = directory.appendingPathComponent("U盘 记录")
    let file = try CLI.startAndQuit(answers: ["0", "", "是"], sessions: folder, in: directory)
    return (folder, file)
  }

  @Test func resumeOnAWriteProtectedStickRefusesBeforeAnyAnswer() throws {
    let directory = try CLI.temporaryDirectory("read-only-stick")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (folder, file) = try Self.sessionOnStick(in: directory)
    let before = try Data(contentsOf: file)
    try CLI.writeScript(["否", "2", "只会用WORD", "退出"], to: directory.appendingPathComponent("a"))

    let run = try Self.inOwnMounts(
      """
      mount --bind 'U盘 记录' 'U盘 记录' && mount -o remount,ro,bind 'U盘 记录' || exit 99
      exec "$DUCHA" resume --checklists '\(CLI.checklists)' --sessions 'U盘 记录' --script a
      """, in: directory)

    #expect(run.status == 1, "\(run.output)\(run.errors)")
    let id = file.deletingPathExtension().lastPathComponent.split(separator: "_").last ?? ""
    #expect(
      run.output.hasPrefix(
        "✗ 这份检查记录（渔沟小学，编号 \(id)）不能在这里继续：无法保存到文件夹 U盘 记录：它所在的盘是只读的（U 盘的写保护开关打开了？光盘？在压缩包里直接打开的文件夹？）。请关掉写保护，或把这个文件夹整个拷到电脑上能写的地方（如桌面），再运行 ducha resume 拷过去的文件夹/。\n只读查看这份记录？（是/否）（回车=是）> 否\n"
      ), "\(run.output)")
    // Nothing was asked of the item, so the answers meant for it were never taken.
    #expect(!run.output.contains("酌情的理由"), "\(run.output)")
    #expect(!run.output.contains("已保存"), "\(run.output)")
    #expect(!run.output.contains("Read-only file system"), "\(run.output)")
    #expect(try Data(contentsOf: file) == before)
    #expect(FileManager.default.fileExists(atPath: folder.path))
  }

  @Test func newInspectionIntoAReadOnlyFolderSaysWhatAndHowInChinese() throws {
    let directory = try CLI.temporaryDirectory("read-only-new")
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("光盘"), withIntermediateDirectories: false)
    try CLI.writeScript(["0", "退出"], to: directory.appendingPathComponent("a"))
    let options = CLI.walkOptions.map { "'\($0)'" }.joined(separator: " ")

    let run = try Self.inOwnMounts(
      """
      mount --bind 光盘 光盘 && mount -o remount,ro,bind 光盘 || exit 99
      exec "$DUCHA" inspect \(options) --sessions 光盘/Sessions --script a
      """, in: directory)

    #expect(run.status == 1, "\(run.output)\(run.errors)")
    #expect(
      run.output.contains(
        "✗ 无法保存到文件夹 光盘/Sessions：它所在的盘是只读的（U 盘的写保护开关打开了？光盘？在压缩包里直接打开的文件夹？）。"
      ), "\(run.output)")
    #expect(!run.output.contains("NSCocoaErrorDomain"), "\(run.output)")
    #expect(!run.output.contains("已建立检查记录"), "\(run.output)")
  }

  /// `ducha roster check … --session ID` on a write-protected stick said the session “正由另一个进程
  /// 编辑” (the lock file could not be made) and sent the clerk to look for a REPL that was not
  /// there. It now says why nothing can be filled in there, as an inspection does.
  @Test func rosterIntoASessionOnAWriteProtectedStickSaysWhy() throws {
    let directory = try CLI.temporaryDirectory("read-only-roster")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (_, file) = try Self.sessionOnStick(in: directory)
    let before = try Data(contentsOf: file)
    let id = try SessionFiles.load(file).id
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"),
      to: directory.appendingPathComponent("示范小学.csv"))

    let run = try Self.inOwnMounts(
      """
      mount --bind 'U盘 记录' 'U盘 记录' && mount -o remount,ro,bind 'U盘 记录' || exit 99
      exec "$DUCHA" roster check 示范小学.csv --session \(id) --sessions 'U盘 记录' -o 核查.txt
      """, in: directory)

    #expect(run.status == 1, "\(run.output)\(run.errors)")
    #expect(
      run.errors.contains(
        "无法保存到文件夹 U盘 记录：它所在的盘是只读的（U 盘的写保护开关打开了？光盘？在压缩包里直接打开的文件夹？）。"),
      "\(run.errors)")
    #expect(!run.errors.contains("正由"), "\(run.errors)")
    #expect(try Data(contentsOf: file) == before)
  }

  /// A disk that is full: the answer cannot be saved, `退出` asks before losing it, `否` stays,
  /// and leaving all the same says the answers are lost, with exit status 1.
  @Test func fullDiskQuitAsksAndNeverSaysSaved() throws {
    let directory = try CLI.temporaryDirectory("full-disk")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (folder, file) = try Self.sessionOnStick(in: directory)
    let name = file.lastPathComponent
    let before = try Data(contentsOf: file)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("满"), withIntermediateDirectories: false)
    try CLI.writeScript(
      ["到 3", "1.5万", "2万", "退出", "否", "退出", "是"], to: directory.appendingPathComponent("a"))

    let run = try Self.inOwnMounts(
      """
      mount -t tmpfs -o size=256k none 满 || exit 99
      cp -p 'U盘 记录/\(name)' 满/ && (dd if=/dev/zero of=满/占满 bs=4k 2>/dev/null; true)
      "$DUCHA" resume --checklists '\(CLI.checklists)' --sessions 满 --script a
      status=$?
      cp 满/'\(name)' 'U盘 记录/读回.json'
      exit $status
      """, in: directory)

    #expect(run.status == 1, "\(run.output)\(run.errors)")
    let full =
      "✗ 无法保存到文件夹 满：磁盘（或 U 盘）已满。请删掉些不用的文件腾出空间，下一次保存（回车或下一个回答）会再试。还没有存盘的回答只在这个窗口里：不要关掉它。"
    #expect(run.output.contains(full), "\(run.output)")
    #expect(
      run.output.contains(
        "> 退出\n\(full)\n上面的回答还没有存盘，退出就会丢失。仍然退出吗？（是/否，否=留下，解决上面的问题后再“退出”）> 否\n"
      ), "\(run.output)")
    #expect(
      run.output.hasSuffix(
        "仍然退出吗？（是/否，否=留下，解决上面的问题后再“退出”）> 是\n✗ 没有保存：满/\(name) 里只有上一次存盘时的回答，之后的回答随这个窗口一起丢失。\n"
      ), "\(run.output)")
    #expect(!run.output.contains("已保存"), "\(run.output)")
    // The file on the full disk is still the one copied there, whole.
    #expect(try Data(contentsOf: folder.appendingPathComponent("读回.json")) == before)
  }
}

/// Whether this machine lets a process take a mount namespace of its own: containers without
/// user namespaces refuse `unshare`, and the mounts these tests need cannot be made there.
enum OwnMounts {
  static let allowed: Bool = {
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/bin/sh")
    probe.arguments = ["-c", "unshare -rm sh -c 'mount -t tmpfs none /tmp' >/dev/null 2>&1"]
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  }()
}
