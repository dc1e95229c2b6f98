import DuchaSession
import Foundation
import Testing

/// A save killed between writing its temporary file and renaming it leaves the temporary
/// behind; listing the folder removes it once its process is gone, never while it may be live.
@Suite struct StaleTemporaryTests {
  @Test func deadProcessesTemporariesAreSweptLiveOnesKept() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-sweep-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    // No process has pid 2147483646 on Linux (pid_max is at most 4194304).
    let stale = directory + "/.2021-10-27_渔沟小学_lingbi-xueji-2021_ab12.json.2147483646.17.tmp"
    let live = directory + "/.2021-10-27_渔沟小学_lingbi-xueji-2021_ab12.json.\(getpid()).18.tmp"
    let unrelated = directory + "/.hidden-notes.txt"
    for path in [stale, live, unrelated] {
      try Data("{\"formatVer".utf8).write(to: URL(fileURLWithPath: path))
    }

    let listed = SessionStore(directory: directory).list()
    #expect(listed.problems.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: unrelated))
  }
}
