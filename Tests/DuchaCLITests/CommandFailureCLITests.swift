import Foundation
import Testing

/// A command's own refusals (no such group in the plan, one list given on both sides of a
/// comparison) were printed by each command and followed by `ExitCode(1)`, and their English
/// said less than their Chinese: `no group '四' in 计划.plan` named no group there is, and the
/// list given on both sides came without its fix. They are now `CommandFailure`s said by
/// `Ducha.main` (standard error, status 1, the command's language), the English saying all the
/// Chinese says.
struct CommandFailureCLITests {
  @Test func aGroupThePlanDoesNotHaveNamesTheGroupsItHasInBothLanguages() throws {
    let folder = try LeaderFolder("plan-group")
    defer { folder.remove() }
    try Data(PlanOutsideUnitsCLITests.plan.utf8).write(
      to: folder.root.appendingPathComponent("计划.plan"))
    let arguments = [
      "summary", "第三组", "--plan", "计划.plan", "--group", "四", "--checklists", CLI.checklists,
    ]
    let chinese = try folder.run(arguments)
    let english = try folder.run(arguments + ["--lang", "en"])
    #expect(chinese.status == 1)
    #expect(english.status == 1)
    #expect(chinese.errors.hasSuffix("计划.plan 里没有“四”这个组。现有：第三组\n"), "\(chinese.errors)")
    #expect(english.errors.hasSuffix("no group '四' in 计划.plan; groups: 第三组\n"), "\(english.errors)")
    #expect(chinese.output.isEmpty && english.output.isEmpty)
  }

  @Test func aListOnBothSidesOfAComparisonSaysTheFixInBothLanguages() throws {
    let directory = try CLI.temporaryDirectory("compare-both-sides")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("姓名,身份证件号\n张三,990101201301010011\n".utf8).write(
      to: directory.appendingPathComponent("名单.csv"))
    let arguments = [
      "compare", "--population", "名单.csv", "--enrolled", "名单.csv", "--cutoff", "2022-08-31",
    ]
    let chinese = try runDucha(
      arguments + ["--lang", "zh"], in: directory, workingDirectory: directory)
    let english = try runDucha(
      arguments + ["--lang", "en"], in: directory, workingDirectory: directory)
    #expect(chinese.status == 1)
    #expect(english.status == 1)
    #expect(
      chinese.errors == """
        名单.csv 既给了 --population 又给了 --enrolled：上面的孩子都会算成已在籍，找不出疑似失学辍学的。没有比对。
          改法：人口名单只写在 --population 后面，学籍名单只写在 --enrolled 后面。

        """)
    #expect(
      english.errors == """
        名单.csv is given both to --population and to --enrolled: every child on it would count \
        as enrolled. Nothing was compared.
          fix: give population lists after --population only, enrolment lists after --enrolled only.

        """)
  }
}
