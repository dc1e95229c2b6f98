import Foundation
import Testing

/// A session file whose classes all hold an absurd 实到人数 (`9223372036854775807`, typed by
/// mistake or edited by hand): `ducha report -o 汇总.xlsx` added the classes up on the 点名明细
/// sheet with unchecked arithmetic and crashed with exit 132, leaving no workbook for the whole
/// group. The total is now held at the largest count (as the printed tables do), the damaged
/// file is reported, and the workbook is written.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct AbsurdCountWorkbookCLITests {
  @Test func theWorkbookIsWrittenAndTheTotalHeld() throws {
    let work = try CLI.temporaryDirectory("absurd-xlsx")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)
    let damaged = try CLI.sessionFile(of: "渔沟小学", in: folder)
    let text = try String(contentsOf: damaged, encoding: .utf8)
    let absurd = text.replacingOccurrences(
      of: #""present" : [0-9]+"#, with: #""present" : 9223372036854775807"#,
      options: .regularExpression)
    #expect(absurd.components(separatedBy: "9223372036854775807").count == 4, "three classes")
    try absurd.write(to: damaged, atomically: true, encoding: .utf8)

    let run = try runDucha(
      ["report", folder.path, "-o", "汇总.xlsx", "--checklists", CLI.checklists], in: work,
      workingDirectory: work)
    #expect(run.reason == .exit, "crashed: \(run.errors)")
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("rollCall[0].present = "), "\(run.errors)")
    let dump = try PythonClient.dumpWorkbook(work.appendingPathComponent("汇总.xlsx").path)
    // 实到 9223372036854775807 three times: the total holds at that count instead of trapping;
    // 实有 and 差额 likewise. The other columns add up as usual (学籍 45 + 40 + 50, 请假 1).
    #expect(
      dump.contains(
        "点名明细 9: 渔沟小学|合计|3个班|135|9223372036854775807|1|9223372036854775807"
          + "|9223372036854775807|2|1|\n"), "\(dump)")
  }
}
