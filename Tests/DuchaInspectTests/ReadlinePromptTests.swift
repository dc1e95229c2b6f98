import Testing

@testable import DuchaInspect

@Suite struct ReadlinePromptTests {
  @Test func bracketsEscapeSequences() {
    let prompt = "\u{1B}[36m督导\u{1B}[39m> "
    #expect(
      ReadlinePrompt.markingInvisible(prompt) == "\u{1}\u{1B}[36m\u{2}督导\u{1}\u{1B}[39m\u{2}> ")
  }

  @Test func leavesPlainAndPremarkedPromptsAlone() {
    #expect(ReadlinePrompt.markingInvisible("督导> ") == "督导> ")
    let marked = "\u{1}\u{1B}[1m\u{2}> "
    #expect(ReadlinePrompt.markingInvisible(marked) == marked)
  }
}
