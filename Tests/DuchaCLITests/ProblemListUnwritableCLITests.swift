import Foundation
import Testing

/// `ducha problems build` of a folder on a write-protected stick printed ArgumentParser's
/// `Error: 无法写入 …` — with `Error:` before it, and in Chinese under `--lang en` — because only
/// a list that could not be read was caught; a list that could not be written fell through to
/// ArgumentParser. Every problem-list error is now a `UserFacingError` said by `Ducha.main`:
/// which file, why, what to do, in the command's language, status 1. The folder is made
/// read-only in a mount namespace of its own (`unshare -rm`).
@Suite(
  .enabled(
    if: OwnMounts.allowed,
    "unshare -rm is not permitted here (no user namespaces, e.g. in an unprivileged container)"))
struct ProblemListUnwritableCLITests {
  @Test func buildOnAWriteProtectedFolderSaysWhichFileWhyAndWhatToDo() throws {
    let folder = try LeaderFolder("problems-read-only")
    defer { folder.remove() }
    var said: [String: Finished] = [:]
    for language in ["zh", "en"] {
      said[language] = try UnwritableSessionsCLITests.inOwnMounts(
        """
        mount --bind 第三组 第三组 && mount -o remount,ro,bind 第三组 第三组 || exit 99
        exec "$DUCHA" problems build 第三组 --checklists '\(CLI.checklists)' --lang \(language)
        """, in: folder.root)
    }
    let chinese = try #require(said["zh"])
    let english = try #require(said["en"])
    #expect(chinese.status == 1, "\(chinese.errors)")
    #expect(english.status == 1, "\(english.errors)")
    #expect(
      chinese.errors
        == "无法写入 第三组/_问题清单.json：第三组 所在的盘是只读的（U 盘的写保护开关打开了？）。请关掉写保护，或写到别的盘。没有写入任何文件。\n")
    #expect(
      english.errors
        == "cannot write 第三组/_问题清单.json: the disk of 第三组 is read-only (a USB stick's write-protect switch?). Turn it off, or write to another disk. Nothing was written.\n"
    )
    #expect(chinese.output.isEmpty && english.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.listFile.path))
  }
}
