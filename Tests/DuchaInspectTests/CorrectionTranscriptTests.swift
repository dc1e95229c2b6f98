import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// REPL corrections as an inspector makes them: a command word typed where text was wanted,
/// a misspelt command, an answer taken back, problems and notes listed, edited and deleted, a
/// roll-call class deleted, an implausible registry count questioned.
@Suite struct CorrectionTranscriptTests {
  typealias T = TranscriptTests

  @Test func correctionsWalk() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("corrections.input"), encoding: .utf8)
    var options = T.lingbiOptions
    options.group = nil
    let (output, store) = try T.run(input: input, options: options)
    try T.compare(output, with: "corrections.expected")
    #expect(output.contains("“帮助”是命令，不是要填的内容。"))
    #expect(output.contains("不认识的命令“下一想”。是不是“下一项”？"))
    #expect(output.contains("“到 99”是命令，不是问题。"))
    #expect(output.contains("（保留 3）"))
    #expect(output.contains("重复学籍 6000 比学籍系统学生数 1000 还多。"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.group == "三组")
    #expect(session.problems.map(\.itemID) == ["4.1"])
    #expect(session.problems.map(\.description) == ["学籍管理制度未上墙"])
    #expect(session.notes.isEmpty)
    #expect(session.rollCall.isEmpty)
    #expect(
      session.registry.counts == ["系统学生数": 1000, "重复学籍": 6, "无照片": 0, "无身份证号": 0, "问题学籍未处理": 0])
    #expect(session.answers.values["无照片数"]?.value == .number(3))

    // Resume says what the walk's progress line says, 不适用 left out of both.
    let resumed = try T.run(input: "退出\n", resume: "t0001", sessions: store.directory)
    let progress = try #require(
      output.split(separator: "\n").last { $0.hasPrefix("累计：已评 ") }.map {
        String($0.dropFirst("累计：已评 ".count).prefix { $0 != " " })
      })
    #expect(resumed.output.contains("已评 \(progress) 项"), "walk said \(progress)")
  }
}
