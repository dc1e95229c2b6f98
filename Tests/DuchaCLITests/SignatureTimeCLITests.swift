import Foundation
import Testing

/// A signed list printed as 召集人：张徽  2026-12-06T06:02:11+08:00 (HTML 签字时间, Markdown,
/// workbook, Word) and its 修改记录 times likewise, though the terminal already said
/// 2026年12月6日 06:02. Every printed form now says the time as people read it.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct SignatureTimeCLITests {
  @Test func signedListsSayTheTimeAsPeopleReadIt() throws {
    let (directory, folder) = try DocumentExportTests.leaderFolder("signature-time")
    defer { try? FileManager.default.removeItem(at: directory) }
    let checklists = ["--checklists", CLI.checklists]
    let sign = try runDucha(
      ["problems", "sign", folder, "--by", "张徽", "--yes"] + checklists, in: directory)
    #expect(sign.status == 0, "\(sign.errors)")
    for format in ["md", "html", "xlsx", "docx"] {
      let output = directory.appendingPathComponent("问题清单.\(format)").path
      let show = try runDucha(
        ["problems", "show", folder, "-o", output] + checklists, in: directory)
      #expect(show.status == 0, "\(format): \(show.errors)")
      let text =
        format == "xlsx"
        ? try PythonClient.dumpWorkbook(output)
        : format == "docx"
          ? try PythonClient.dumpDocument(output)
          : try String(contentsOfFile: output, encoding: .utf8)
      #expect(!text.contains("+08:00"), "\(format): \(text)")
      #expect(text.contains("年") && text.contains("张徽"), "\(format)")
    }
  }
}
