import Foundation
import Testing

/// A school reports on Friday what it found at a child's home on Monday; the clerk records it
/// with `--date`. The date was dropped without a word (it went with visits, notices and
/// reports only), so the 清理花名册 handed in said the check was made the day it was typed.
/// Now a check result keeps its day (核查日期 in the history and the registers); a day after
/// today is refused as for a visit; `--date` with a change that takes none is refused.
struct CasesCheckDateCLITests {
  @Test func aCheckResultKeepsTheDayItWasMade() throws {
    let (folder, ledger) = try CasesCLITests.folder("check-date")
    defer { try? FileManager.default.removeItem(at: folder) }
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments + ledger, in: folder, workingDirectory: folder)
    }
    let imported = try cases(["import", "名单.csv", "--by", "李辉"])
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人，新建案例 3 个"), "\(imported.errors)")
    let checked = try cases([
      "update", "1", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-09-20", "--today",
      "2021-09-24", "--by", "王老师",
    ])
    #expect(checked.status == 0, "\(checked.errors)")
    #expect(checked.output == "案例 1（张**）：确认辍学\n")
    let ahead = try cases([
      "update", "2", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-09-30", "--today",
      "2021-09-24", "--by", "王老师",
    ])
    #expect(ahead.status == 1)
    #expect(
      ahead.errors
        == "案例 2（李**）：核查的日期 2021-09-30 在今天（2021-09-24）之后，台账只记已经发生的事，没有记。\n"
        + "  改法：写实际发生的日期（--date 年-月-日，不晚于今天 2021-09-24）；是以后的事，到那一天再记。\n")
    let confirm = try cases([
      "update", "1", "--confirm", "--reason", "回头看", "--date", "2021-09-20", "--by", "王老师",
    ])
    #expect(confirm.status != 0)
    #expect(confirm.errors.contains("--date 只用于核查结果（--result）、走访、通知和报乡镇"), "\(confirm.errors)")

    let shown = try cases(["show", "1"])
    #expect(
      shown.output.contains(" 王老师 核查（疑似 → 确认辍学） 核查日期：2021-09-20 理由：入户核实\n"), "\(shown.output)")
    let register = try cases(["register", "清理花名册", "-o", "清理.csv"])
    #expect(register.status == 0, "\(register.errors)")
    let lines = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("清理.csv")).dropFirst(3),
      as: UTF8.self
    ).components(separatedBy: "\r\n")
    #expect(lines[0].hasSuffix(",核查结果,核查情况,核查人,核查日期,目前状态"))
    #expect(lines[1].hasSuffix(",确认辍学,,王老师,2021-09-20,确认辍学"), "\(lines[1])")
  }
}
