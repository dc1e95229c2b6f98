import DuchaInspect
import Foundation
import Testing

/// The readline history file outlives sessions: ID numbers must not reach it.
@Suite struct HistoryPrivacyTests {
  final class RecordingReader: LineReader {
    var lines: [String]
    var history: [String] = []
    init(_ lines: [String]) { self.lines = lines }
    func readLine(prompt: String) -> LineReadResult {
      lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }
    func addHistory(_ line: String) { history.append(line) }
  }

  @Test func idNumbersAreMaskedAndCompletionSpacesTrimmedInHistory() {
    let reader = RecordingReader(["赵六、11010519491231002X", "点名 ", "   "])
    let console = Console(
      reader: reader, write: { _ in }, echo: false, language: .chinese, style: .init(enabled: false)
    )
    for _ in 0..<3 { _ = console.ask("> ") }
    #expect(reader.history == ["赵六、110105***********X", "点名"])
  }

  @Test func groupedAndGluedNumbersAreMaskedInHistory() {
    let reader = RecordingReader([
      "王五 341323 20100512 0011", "341323-20130615-002X", "学生ID341323201203010059",
      "旧号341323100709001", "G341323201408120033",
    ])
    let console = Console(
      reader: reader, write: { _ in }, echo: false, language: .chinese, style: .init(enabled: false)
    )
    for _ in 0..<5 { _ = console.ask("> ") }
    #expect(
      reader.history == [
        "王五 341323 ******** ***1", "341323-********-***X", "学生ID341323***********9",
        "旧号341323********1", "G341323***********3",
      ])
  }
}
