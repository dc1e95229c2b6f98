import Foundation
import Testing

/// `ducha followup` refused a unit or checklist with nothing to follow up as the walk complains
/// about an answer (`✗ the problem list has nothing for '渔沟中学'.` on standard output, status
/// 1, and in English without the units there are), where every other command refuses its
/// options one way (`CommandLineRefusal`: the message, the command's usage, status 64). Now
/// `--unit` and `--checklist` are refused so, before anything is asked or written.
struct FollowUpRefusalCLITests {
  @Test func aUnitOrChecklistWithNothingToFollowUpIsRefusedAsTheCommandLine() throws {
    let folder = try LeaderFolder("followup-refusal")
    defer { folder.remove() }
    try folder.buildProblemList()
    let usage = (
      zh: "用法：ducha followup [<options>] <folder> --unit <unit>\n  全部选项：ducha followup --help\n",
      en: "Usage: ducha followup [<options>] <folder> --unit <unit>\n"
        + "  See 'ducha followup --help' for more information.\n"
    )
    let cases: [(arguments: [String], zh: String, en: String)] = [
      (
        ["--unit", "渔沟中学"], "问题清单里没有“渔沟中学”的问题。单位名称要与检查记录一致：渔沟小学。",
        "the problem list has nothing for '渔沟中学'. Give the unit as the sessions name it: 渔沟小学."
      ),
      (
        ["--unit", "渔沟小学", "--checklist", "huili"],
        "问题清单里没有“渔沟小学”在清单“huili”下的问题；有问题的清单：lingbi-xueji-2021。",
        "the problem list has nothing for '渔沟小学' under 'huili'; checklists: lingbi-xueji-2021."
      ),
      (
        ["--unit", " "], "--unit 后面是空的（多半是变量没有设好）：请写上单位名称，如 --unit 渔沟小学。这里有：渔沟小学。",
        "--unit is empty (an unset variable?): write the unit's name, such as --unit 渔沟小学. Units here: 渔沟小学."
      ),
    ]
    for refusal in cases {
      let arguments =
        ["followup", "第三组"] + refusal.arguments + [
          "--inspector", "李辉", "--checklists", CLI.checklists,
        ]
      let chinese = try folder.run(arguments)
      let english = try folder.run(arguments + ["--lang", "en"])
      #expect(chinese.status == 64, "\(refusal.arguments)")
      #expect(english.status == 64, "\(refusal.arguments)")
      #expect(chinese.errors == refusal.zh + "\n" + usage.zh)
      #expect(english.errors == refusal.en + "\n" + usage.en)
      #expect(
        chinese.output.isEmpty && english.output.isEmpty, "\(chinese.output)\(english.output)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("回头看").path))
  }
}
