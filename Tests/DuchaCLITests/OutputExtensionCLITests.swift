import Foundation
import Testing

/// The leader wants a PDF for the bureau and types `ducha report 第三组 -o 第三组报告.pdf`. ducha
/// wrote the terminal text into 第三组报告.pdf and said 已写入; the PDF reader then refused the
/// file. An extension ducha cannot write is refused before anything is read or written, with
/// the ones it can (and how to get a PDF).
@Suite struct OutputExtensionCLITests {
  @Test func aPDFIsRefusedWithTheFormatsThatCanBeWritten() throws {
    let directory = try CLI.temporaryDirectory("pdf")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try CLI.walkTwoUnits(in: directory)
    for command in [["report"], ["summary"], ["problems", "show"]] {
      let run = try runDucha(
        command + ["第三组", "--checklists", CLI.checklists, "-o", "第三组报告.pdf"], in: directory,
        workingDirectory: directory)
      #expect(run.status == 64, "\(command): \(run.errors)")
      #expect(
        run.errors.hasPrefix(
          "-o 第三组报告.pdf：不能写成 .pdf 文件。可以用 .html（浏览器打开后可打印或另存为 PDF）、.docx（Word、WPS）、.xlsx、.csv、.md，"
            + "或 .txt 纯文本；也可以用 --format 指定格式。"), "\(command): \(run.errors)")
      #expect(
        !FileManager.default.fileExists(
          atPath: directory.appendingPathComponent("第三组报告.pdf").path))
    }
    // A .txt file, or any name with --format, is written as before.
    let text = try runDucha(
      ["summary", "第三组", "--checklists", CLI.checklists, "-o", "总结.txt"], in: directory,
      workingDirectory: directory)
    #expect(text.status == 0, "\(text.errors)")
    let written = try String(
      contentsOf: directory.appendingPathComponent("总结.txt"), encoding: .utf8)
    #expect(written.contains("   1  渔沟小学  84.5  84.5"), "\(written)")
    let html = try runDucha(
      ["report", "第三组", "--checklists", CLI.checklists, "--format", "html", "-o", "报告.htm.bak"],
      in: directory, workingDirectory: directory)
    #expect(html.status == 0, "\(html.errors)")
  }
}
