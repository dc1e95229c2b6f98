import DuchaTerminal
import Testing

@Suite struct TerminalStyleTests {
  @Test func disabledUnderNoColor() {
    let style = TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "1", "TERM": "xterm"])
    #expect(!style.isEnabled)
    #expect(style.red("未通过") == "未通过")
    #expect(style.bold("督导") == "督导")
  }

  @Test func emptyNoColorDoesNotDisable() {
    let style = TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "", "TERM": "xterm"])
    #expect(style.isEnabled)
  }

  @Test func disabledOffTerminalAndOnDumbTerminal() {
    #expect(!TerminalStyle.detect(isTTY: false, environment: ["TERM": "xterm"]).isEnabled)
    #expect(!TerminalStyle.detect(isTTY: true, environment: ["TERM": "dumb"]).isEnabled)
    #expect(TerminalStyle.detect(isTTY: true, environment: [:]).isEnabled)
  }

  @Test func enabledWrapsInMatchingOnAndOffCodes() {
    let style = TerminalStyle(enabled: true)
    #expect(style.bold("a") == "\u{1B}[1ma\u{1B}[22m")
    #expect(style.dim("a") == "\u{1B}[2ma\u{1B}[22m")
    #expect(style.red("a") == "\u{1B}[31ma\u{1B}[39m")
    #expect(style.green("a") == "\u{1B}[32ma\u{1B}[39m")
    #expect(style.yellow("a") == "\u{1B}[33ma\u{1B}[39m")
    #expect(style.cyan("a") == "\u{1B}[36ma\u{1B}[39m")
    #expect(style.red("") == "")
  }

  @Test func disabledReturnsTextUnchanged() {
    let style = TerminalStyle(enabled: false)
    for styled in [style.bold, style.dim, style.red, style.green, style.yellow, style.cyan] {
      #expect(styled("灵璧") == "灵璧")
    }
  }
}
