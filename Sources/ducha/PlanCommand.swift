import ArgumentParser
import DuchaChecklist
import DuchaPlan
import DuchaRender

/// `ducha plan check|sample FILE`: inspection plans (分组表).
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "检查计划（分组表）· inspection plans",
    subcommands: [PlanCheck.self, PlanSampleCommand.self])
}

/// Loads a plan, printing its diagnostics and failing when it has errors.
func loadPlan(_ path: String, _ options: CommonOptions) throws -> InspectionPlan {
  let (plan, diagnostics) = PlanLoader.load(path: path)
  guard let plan else { throw DiagnosticReport.Failure(diagnostics) }
  return plan
}

/// The units a plan (or one of its groups) assigns.
func planUnits(_ path: String, group: String?, _ options: CommonOptions) throws -> [PlanUnit] {
  let plan = try loadPlan(path, options)
  guard let group else { return plan.units }
  guard let units = plan.units(checkedByGroupNamed: group) else {
    // The English named no group there is (the Chinese did).
    throw CommandFailure(
      "\(path) 里没有“\(group)”这个组。现有：\(plan.allGroups.map(\.name).joined(separator: "、"))",
      en:
        "no group '\(group)' in \(path); groups: \(plan.allGroups.map(\.name).joined(separator: ", "))"
    )
  }
  return units
}

struct PlanCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "检查分组是否合规 · check a plan's assignments")
  @OptionGroup var options: CommonOptions
  @Argument(help: "计划文件 / plan file") var file: String

  func run() throws {
    let (plan, diagnostics) = PlanLoader.load(path: file)
    let findings = diagnostics + (plan.map(PlanChecker.check) ?? [])
    // On standard error, as `ducha validate` prints the same findings of a plan.
    printError(DiagnosticReport.format(findings, files: 1, language: options.language))
    if findings.hasErrors { throw ExitCode(1) }
  }
}

struct PlanSampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample", abstract: "按规则抽取要检查的学校（可复现）· draw the schools to check, reproducibly")
  @OptionGroup var options: CommonOptions
  @Argument(help: "计划文件 / plan file") var file: String
  @Option(name: .long, help: "只抽这个组 / only this group") var group: String?
  @Option(name: .long, help: "随机种子（同一种子抽到同样的学校）/ seed") var seed: UInt64?

  func run() throws {
    let plan = try loadPlan(file, options)
    do {
      let sample = try PlanSampler.sample(
        plan, group: group, seed: seed ?? PlanSampler.randomSeed())
      print(PlanSampleReport.format(sample, language: options.language))
    } catch {
      throw CommandFailure(
        "没有“\(error.name)”这个组。现有：\(error.available.joined(separator: "、"))",
        en: "no group '\(error.name)'; groups: \(error.available.joined(separator: ", "))")
    }
  }
}
