import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The next day, the USB stick with the registry export is not in the laptop. `点名` used to say
/// “the imported export cannot be read; import it again, or press Enter to count by hand”, and
/// then asked 年级 at once: no Enter was asked for, and nothing said what was wrong with the file.
/// It now says which file, why, that this class is counted by hand, and how to get the list.
@Suite struct UnreadableExportRollCallTests {
  typealias T = TranscriptTests

  @Test func rollCallWithTheExportGoneSaysWhyAndCountsByHand() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-unreadable-export-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try T.run(
      input: "/学籍 导入 '\(file)'\n/退出\n", options: RegistryImportTests.options,
      sessions: directory)
    try FileManager.default.removeItem(atPath: file)

    let lines = ["/点名", "三年级2班", "6", "6", "", "", "", "", "", "/退出"]
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", resume: "", sessions: directory)

    #expect(
      run.output.contains(
        """
        > /点名
        ✗ 导入过的学籍导出 \(file) 读不了：文件不在那里了（U 盘拔出了，或文件移走、改了名）。不能按名单点名。现在手工点名（下面问年级、班级和人数）；要按名单点，先按 Ctrl-D 取消，找回文件（插好 U 盘）后输入“学籍 导入 文件路径”，再“点名”。
        入班核查（Ctrl-D 取消）
          年级> 三年级2班
        """), "\(run.output)")
    #expect(!run.output.contains("回车手工点名"))
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班"])
  }
}
