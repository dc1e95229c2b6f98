import Testing

@testable import DuchaInspect

@Suite struct ReadlinePasteTests {
  @Test func multiLinePasteBecomesSeparateLines() {
    #expect(ReadlineLineReader.splitLines("打开 一中\n检查 学籍") == ["打开 一中", "检查 学籍"])
    #expect(ReadlineLineReader.splitLines("打开 一中\r\n\n检查\n") == ["打开 一中", "", "检查"])
    #expect(ReadlineLineReader.splitLines("单行") == ["单行"])
    #expect(ReadlineLineReader.splitLines("") == [""])
    #expect(ReadlineLineReader.splitLines("\n") == [""])
  }
}
