import Foundation
import Testing

/// An inspection started with `--sessions 第三组` and cut off (`kill -9`, the window closed)
/// never printed its `ducha resume 第三组/`; `ducha resume` alone, the command the inspector
/// remembers, said 没有未完成的检查。用 ducha inspect 开始新的检查。 — and the school was started
/// again. It now names the folders beside `Sessions/` that hold unfinished inspections.
struct ResumeElsewhereCLITests {
  @Test func anUnfinishedInspectionInAnotherFolderIsNamed() throws {
    let directory = try CLI.temporaryDirectory("resume-elsewhere")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try CLI.startAndQuit(
      answers: ["", "0"], sessions: directory.appendingPathComponent("第三组"), in: directory)
    let resume = try runDucha(["resume"], in: directory, workingDirectory: directory)
    #expect(resume.status == 0)
    #expect(
      resume.output
        == """
        Sessions/ 里没有未完成的检查，旁边的文件夹里有：
          ducha resume 第三组/    # 渔沟小学
        用上面的命令接着做（不要为同一所学校另开一次检查）。

        """, "\(resume.output)\(resume.errors)")

    // Nothing unfinished anywhere: said as before.
    let empty = try CLI.temporaryDirectory("resume-elsewhere-none")
    defer { try? FileManager.default.removeItem(at: empty) }
    try FileManager.default.createDirectory(
      at: empty.appendingPathComponent("照片"), withIntermediateDirectories: true)
    let none = try runDucha(["resume"], in: empty, workingDirectory: empty)
    #expect(none.output == "没有未完成的检查。用 ducha inspect 开始新的检查。\n")
  }
}
