import Foundation
import Testing

/// `cases list --status 辍学` showed only the 确认辍学 cases: a clerk asking for 辍学 wants
/// 会理's 辍学学生花名册, every dropout not yet back (劝返中, 限期复学, 逾期, 报乡镇 too).
/// Now 辍学 means those five; 确认辍学 is still that state alone, and a word that is no state
/// lists every word that is.
struct CasesDropoutStatusCLITests {
  @Test func dropoutListsEveryDropoutNotYetBack() throws {
    let folder = try CLI.temporaryDirectory("cases-dropout-status")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      姓名,身份证号,学校,乡镇
      张小明,990101201301010011,渔沟小学,渔沟镇
      李小红,990101201402020022,渔沟小学,渔沟镇
      王小五,990101201203030033,大庙小学,大庙乡
      赵小六,990101201204040044,大庙小学,大庙乡

      """.utf8
    ).write(to: folder.appendingPathComponent("名单.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    _ = try cases(["import", "名单.csv", "--by", "李辉"])
    for step in [
      ["1", "--result", "辍学", "--reason", "入户核实", "--date", "2021-10-08"],
      ["2", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08"],
      ["2", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome", "不肯回"],
      ["3", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08"],
      ["3", "--notice", "--date", "2021-10-28"],
    ] {
      let run = try cases(["update"] + step + ["--by", "李辉"])
      #expect(run.status == 0, "\(run.errors)")
    }
    let dropouts = try cases(["list", "--status", "辍学", "--today", "2021-11-10"])
    #expect(dropouts.status == 0, "\(dropouts.errors)")
    #expect(
      dropouts.output == """
        编号  姓名  身份证号            乡镇    学校      状态      劝返  期限
        ────  ────  ──────────────────  ──────  ────────  ────────  ────  ──────────
           1  张**  990101***********1  渔沟镇  渔沟小学  确认辍学     0
           2  李**  990101***********2  渔沟镇  渔沟小学  劝返中       1
           3  王**  990101***********3  大庙乡  大庙小学  逾期         0  2021-11-04
        共 3 例：确认辍学 1，劝返中 1，逾期 1

        """)
    let confirmed = try cases(["list", "--status", "确认辍学", "--format", "csv"])
    #expect(
      confirmed.output.contains("张**") && !confirmed.output.contains("李**")
        && !confirmed.output.contains("王**"), "\(confirmed.output)")
    let mistyped = try cases(["list", "--status", "缀学"])
    #expect(mistyped.status != 0)
    #expect(
      mistyped.errors == """
        不认识的状态“缀学”。可用：疑似、已在外地就读、已入学、延缓入学/休学、迁出/死亡、已完成义务教育、确认辍学、劝返中、限期复学、逾期、报乡镇、已复学销号；或 辍学（还没有复学的辍学学生：确认辍学、劝返中、限期复学、逾期、报乡镇）。
        用法：ducha cases list <options>
          全部选项：ducha cases list --help

        """)
  }
}
