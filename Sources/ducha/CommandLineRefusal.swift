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
    var lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard var first = lines.first else { return full }
    if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
    if !chinese { first = englishHalf(of: first) }
    lines[0] = first
    return lines.joined(separator: "\n")
  }

  /// The English of a message written `中文 / English` (`--encoding 只能是 … / --encoding must
  /// be …`): it was printed whole under `--lang en`, as ParseErrorLine prints the Chinese half
  /// in Chinese. A message without a Chinese half before ` / ` is kept as it is.
  static func englishHalf(of message: String) -> String {
    func hasChinese<S: StringProtocol>(_ text: S) -> Bool {
      text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
    guard let slash = message.range(of: " / "), hasChinese(message[..<slash.lowerBound]),
      !hasChinese(message[slash.upperBound...])
    else { return message }
    return String(message[slash.upperBound...])
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
