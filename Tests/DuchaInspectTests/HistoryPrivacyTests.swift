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
}
