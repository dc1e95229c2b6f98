import Foundation
import Testing

/// The problem list in Word is printed and signed by the 召集人 on paper while it is unsigned in
/// ducha: it ends with the lines to sign on, as the HTML report does; once signed, with the name.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct ProblemListWordCLITests {
  @Test func unsignedListEndsWithLinesToSignOnSignedWithTheName() throws {
    let (directory, folder) = try NoticeFieldCLITests.folder("problems-word", units: ["渔沟小学"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let checklists = ["--checklists", CLI.checklists]
    let unsigned = directory.appendingPathComponent("问题清单.docx").path
    let run = try runDucha(
      ["problems", "show", folder, "--format", "docx", "-o", unsigned] + checklists, in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let paragraphs = try PythonClient.dumpDocument(unsigned).components(separatedBy: "\n")
      .filter { $0.hasPrefix("P ") }
    #expect(paragraphs.last == "P 未签字　　召集人（签字）：________________　　日期：____年__月__日")

    let sign = try runDucha(
      ["problems", "sign", folder, "--by", "张徽", "--yes"] + checklists, in: directory)
    #expect(sign.status == 0, "\(sign.errors)")
    let report = directory.appendingPathComponent("报告.docx").path
    let written = try runDucha(
      ["report", folder, "--format", "docx", "-o", report] + checklists, in: directory)
    #expect(written.status == 0, "\(written.errors)")
    let signed = try PythonClient.dumpDocument(report)
    #expect(signed.contains("P 召集人：张徽  "))
    #expect(!signed.contains("召集人（签字）"))
  }
}
