import ArgumentParser
import Foundation

/// How `ducha` says a command line is refused (status 64), whether ArgumentParser refused it
/// before the command ran (a missing option, `validate()`) or the command refused a value while
/// running (`cases register 花名`, `--result 在外地就读`): the message, without ArgumentParser's
/// `Error:` before it, then the usage of the command typed and where to see all its options,
/// in the command line's language. They looked different: `Error: …` with a usage in English
/// before the run, the bare message after it.
enum CommandLineRefusal {
  /// The text for ArgumentParser's `full` message (`Error: …`, `Usage: …`, `See '…'`).
  static func text(_ full: String, chinese: Bool) -> String {
    if chinese, let message = ParseErrorLine.chineseMessage(for: full) { return message }
    return full.hasPrefix("Error: ") ? String(full.dropFirst("Error: ".count)) : full
  }

  /// The text for `message`, refused while `command` ran: said as ArgumentParser says a
  /// refusal of that command's line, with that command's usage (ArgumentParser would give
  /// the usage of `ducha` itself, "Usage: ducha <subcommand>").
  static func text(_ message: String, command: any ParsableCommand.Type, chinese: Bool) -> String {
    let usage = Ducha.usageString(for: command)
    // The command's words come first in its usage, before its arguments and options.
    let path = usage.split(separator: " ").prefix { !"[<-".contains($0.first ?? "-") }
      .joined(separator: " ")
    let full =
      "Error: \(message)\nUsage: \(usage)\n  See '\(path) --help' for more information."
    return text(full, chinese: chinese)
  }
}
