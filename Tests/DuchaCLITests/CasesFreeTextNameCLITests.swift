import Foundation
import Testing

/// A clerk writes the child's and the guardian's names into the reason and the visit's
/// outcome, as people do (“张小明答应下周一返校”). The masked `show`, JSON list and 劝返工作记录卡
/// mask them there as in the name columns; `--reveal` shows them.
struct CasesFreeTextNameCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func namesTypedIntoReasonsAndOutcomesAreMasked() throws {
    let (folder, ledger) = try CasesCLITests.folder("free-text-name")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    let check = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实，张小明在家帮张大山放羊", "--by", "李辉"] + ledger,
      in: folder)
    #expect(check.status == 0, "\(check.errors)")
    let visit = try run(
      [
        "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome",
        "张小明答应下周一返校，张大山同意", "--by", "李辉",
      ] + ledger, in: folder)
    #expect(visit.status == 0, "\(visit.errors)")

    let show = try run(["show", "1"] + ledger, in: folder).output
    #expect(show.contains("  监护人：张**\n"))
    #expect(show.contains("  劝返走访 1 次：\n    2021-10-12 王老师：张**答应下周一返校，张**同意\n"))
    #expect(show.contains(" 核查（疑似 → 确认辍学） 理由：入户核实，张**在家帮张**放羊\n"))
    #expect(!show.contains("张小明") && !show.contains("张大山"))

    let json = try run(["list", "--format", "json"] + ledger, in: folder).output
    #expect(json.contains("\"outcome\" : \"张**答应下周一返校，张**同意\""))
    #expect(!json.contains("张小明") && !json.contains("张大山"))

    let card = try run(["register", "记录卡", "-o", "记录卡.html"] + ledger, in: folder)
    #expect(card.status == 0, "\(card.errors)")
    let html = try String(contentsOf: folder.appendingPathComponent("记录卡.html"), encoding: .utf8)
    #expect(html.contains("<td>张**答应下周一返校，张**同意</td>"))
    #expect(!html.contains("张小明") && !html.contains("张大山"))

    let revealed = try run(["show", "1", "--reveal"] + ledger, in: folder).output
    #expect(revealed.contains("    2021-10-12 王老师：张小明答应下周一返校，张大山同意\n"))
  }
}
