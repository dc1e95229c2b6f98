import DuchaChecklist
import DuchaInspect
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// A command-line option the start refuses (`--stage 高中` on a form of 小学、初中, a misspelled
/// `--checklist`): on a terminal the inspector is told and asked; without one (`--script`, a
/// pipe; the CLI tests) the start stops, since the lines that follow were written to answer
/// the form's questions, not this one.
@Suite struct StartRefusalTests {
  /// Runs `ducha inspect` in-process on `input`, as on a terminal (`interactive`) or not:
  /// the status, what was printed, and how many sessions were made.
  func start(_ options: InspectOptions, input: String, interactive: Bool) throws -> (
    status: Int32, output: String, sessions: Int
  ) {
    let run = try TranscriptTests.start(input: input, options: options, interactive: interactive)
    defer { try? FileManager.default.removeItem(atPath: run.store.directory) }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: run.store.directory)) ?? []
    let output = run.output.hasSuffix("\n") ? String(run.output.dropLast()) : run.output
    return (run.status, output, files.filter { $0.hasSuffix(".json") }.count)
  }

  static let refusal =
    "✗ --stage 高中：本清单的学段只有小学、初中，没有高中。请改写 --stage 小学、--stage 初中（可写几次）；"
    + "检查高中请选学段有高中的清单（ducha show 清单 可看学段）。"

  static let options = InspectOptions(
    checklist: "lingbi-xueji", unit: "城关中学", stages: [.primary, .senior], group: "一组",
    inspectors: ["王芳"], date: "2021-10-27")

  @Test func onATerminalAForeignStageIsRefusedThenAsked() throws {
    let run = try start(Self.options, input: "初中\n退出\n", interactive: true)
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix(
        Self.refusal + "\n单位学段（小学/初中，可写几个）（回车=小学 初中）> 初中\n已建立检查记录："), "\(run.output)")
    #expect(run.sessions == 1)
  }

  @Test func withoutATerminalTheStartStopsAndNothingIsCreated() throws {
    let run = try start(Self.options, input: "初中\n退出\n", interactive: false)
    #expect(run.status == 1)
    #expect(
      run.output == Self.refusal + "\n不在终端上运行，不再提问：请改正命令行里的 --stage 后重新运行。没有建立检查记录。")
    #expect(run.sessions == 0)
  }

  @Test func onATerminalAMisspelledChecklistIsAskedForAgain() throws {
    var options = Self.options
    options.checklist = "lingbi-xueij"
    options.stages = [.primary]
    let run = try start(options, input: "lingbi-xueji\n退出\n", interactive: true)
    #expect(run.output.hasPrefix("✗ 找不到清单“lingbi-xueij”。是不是：lingbi-xueji？\n可用的清单："))
    #expect(run.output.contains("选择清单（序号或编号）> lingbi-xueji\n已建立检查记录："), "\(run.output)")
    #expect(run.sessions == 1)
  }
}
