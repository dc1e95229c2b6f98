import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// A 回头看 walk read the problem list once when it started and wrote that copy back after every
/// re-checked problem: the leader who named a responsible person (`problems edit N 责任人 …
/// --amend`) in another terminal while the walk ran saw the change vanish at the next re-check.
/// Each result is now recorded on the list as it is on disk at that moment.
@Suite struct FollowUpConcurrentEditTests {
  /// Hands out scripted answers one by one and runs `before(n)` just before the `n`-th (from 0):
  /// what another terminal does while the inspector is typing.
  final class ScriptedReader: LineReader {
    var lines: [String]
    var handedOut = 0
    let before: (Int) -> Void

    init(_ lines: [String], before: @escaping (Int) -> Void) {
      self.lines = lines
      self.before = before
    }

    func readLine(prompt: String) -> LineReadResult {
      guard handedOut < lines.count else { return .endOfInput }
      before(handedOut)
      defer { handedOut += 1 }
      return .line(lines[handedOut])
    }

    func addHistory(_ line: String) {}
  }

  @Test func aLeadersEditMadeDuringTheWalkIsKept() throws {
    let (first, checklists, open) = try FollowUpTests.signedFirstInspection()
    // First problem rectified with evidence, the rest not; then leave.
    var answers = ["是", "转学手续复印件.pdf"]
    for _ in open.dropFirst() { answers += ["否", ""] }
    answers.append("退出")
    let leader = ProblemList.Actor(
      name: "张徽", time: "2021-12-20T10:05:00+08:00", reason: "补责任人", amend: true)
    var edited: (any Error)?
    // While the second problem is asked (the first is recorded), the leader edits it.
    let reader = ScriptedReader(answers) { index in
      guard index == 2 else { return }
      do {
        try ProblemListStore(directory: first).update {
          (list: inout ProblemList) throws(ProblemListEditError) in
          try list.edit(open[1].number, .responsible, to: "王校长", by: leader)
        }
      } catch {
        edited = error
      }
    }
    var lines: [String] = []
    let console = Console(
      reader: reader, write: { lines.append($0) }, echo: true, language: .chinese,
      style: TerminalStyle(enabled: false))
    let later = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-later-\(UUID())"
    ).path
    let repl = InspectionREPL(
      console: console,
      environment: REPLEnvironment(
        checklists: checklists, store: SessionStore(directory: later),
        now: { Date(timeIntervalSince1970: 1_640_000_000) }, makeID: { "fu02" }))
    let status = repl.runFollowUp(
      folder: first, unit: "渔沟小学", options: InspectOptions(inspectors: ["李辉"], date: "2021-12-20"))
    #expect(status == 0)
    #expect(edited == nil, "\(String(describing: edited))")
    let output = lines.joined(separator: "\n")
    #expect(output.contains("问题复查完毕：已整改 1 条，未整改 \(open.count - 1) 条。"), "\(output)")
    #expect(!output.contains("更新问题清单失败"), "\(output)")

    let list = try ProblemListStore(directory: first).load()
    let second = try #require(list.entries.first { $0.number == open[1].number })
    #expect(second.responsible == "王校长", "the leader's edit was written over")
    #expect(list.entries.first { $0.number == open[0].number }?.status == .rectified)
    #expect(list.history.filter { $0.action.hasPrefix("回头看") }.count == open.count)
    #expect(list.history.contains { $0.reason == "补责任人" })
  }
}
