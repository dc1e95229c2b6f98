import Foundation
import Testing

/// `ducha report 第三组/ -o "$OUT"` with the variable unset: the leader read
/// “无法写入 ：Is a directory。” and could not tell what was wrong. Now the message says -o is empty.
@Suite struct EmptyOutputCLITests {
  @Test func anEmptyOutputNameIsSaidAsSuch() throws {
    let work = try CLI.temporaryDirectory("empty-output")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)
    for (command, example) in [(["report"], "报告.txt"), (["sheet"], "报告.html")] {
      let run = try runDucha(
        command + [folder.path, "-o", "", "--checklists", CLI.checklists], in: work,
        workingDirectory: work)
      #expect(run.status == 1, "\(command): \(run.errors)")
      #expect(
        run.errors == "-o 后面是空的：请写上文件名，如 -o \(example)。没有写入任何文件。\n",
        "\(command): \(run.errors)")
    }
  }
}
