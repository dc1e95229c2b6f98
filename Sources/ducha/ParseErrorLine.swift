import ArgumentParser
import DuchaChecklist
import Foundation

/// The Chinese message, in place of ArgumentParser's English one, for the mistakes a clerk makes
/// on the command line: a required option left out, an option the command does not have, an
/// option's value left out, a value of the wrong kind (`cases show 第3号`), a word too many.
enum ParseErrorLine {
  /// The whole message for `message` (ArgumentParser's full text): the Chinese line, then the
  /// usage and the help hint in Chinese; nil when the mistake is none of these (ArgumentParser's
  /// own message is printed then). A clerk who reads no English must not meet an `Error:` line
  /// after the Chinese one and wonder whether it says something more.
  static func chineseMessage(for message: String) -> String? {
    guard let first = chinese(for: message) else { return nil }
    var lines = [first]
    for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("Error: ") {
        if let suggestion = quoted(after: "Did you mean '", in: line) {
          lines.append("是不是 \(suggestion)？")
        }
      } else if line.hasPrefix("Help: ") {
        // The option's own help is bilingual (`案例编号 / case number`): its Chinese half.
        let help = line.dropFirst("Help: ".count)
        let chinese = help.range(of: " / ").map { String(help[..<$0.lowerBound]) } ?? String(help)
        lines.append("说明：" + chinese.trimmingCharacters(in: .whitespaces))
      } else if line.hasPrefix("Usage: ") {
        lines.append("用法：" + line.dropFirst("Usage: ".count))
      } else if let command = quoted(after: "See '", in: line) {
        lines.append("  全部选项：\(command)")
      } else if !line.isEmpty {
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The line for `message` (ArgumentParser's first line), or nil when it is none of these.
  static func chinese(for message: String) -> String? {
    if let option = quoted(after: "Missing expected argument '", in: message) {
      let name = option.split(separator: " ").first.map(String.init) ?? option
      return "缺少必填的选项 \(name)：请在命令里加上 \(option)（用法见下面）。"
    }
    if let option = quoted(after: "Unknown option '", in: message) {
      return "这个命令没有 \(option) 选项：请按下面的用法改，或加 --help 看全部选项。"
    }
    if let option = quoted(after: "Missing value for '", in: message) {
      let name = option.split(separator: " ").first.map(String.init) ?? option
      return "选项 \(name) 后面缺少值：写成 \(option)（用法见下面）。"
    }
    if let value = quoted(after: "The value '", in: message),
      let place = quoted(after: "' is invalid for '", in: message)
    {
      return "“\(value)”不能用作 \(place)：\(kind(of: place))（用法见下面）。"
    }
    if let word = quoted(after: "Unexpected argument '", in: message) {
      return tooMany("“\(word)”")
    }
    if let list = message.range(of: "unexpected arguments: ") {
      let words = message[list.upperBound...].prefix { $0 != "\n" }
        .split(separator: ",").map {
          "“" + $0.trimmingCharacters(in: .init(charactersIn: " '")) + "”"
        }
      return tooMany(words.joined())
    }
    return refusal(in: message)
  }

  /// A value the command's own checks refuse (`--lang fr`, a date that does not exist, no
  /// folder named): their messages are Chinese already, or Chinese ` / ` English; the Chinese
  /// half, without the `Error:` before it.
  private static func refusal(in message: String) -> String? {
    guard let first = message.split(separator: "\n").first, first.hasPrefix("Error: ") else {
      return nil
    }
    let text = first.dropFirst("Error: ".count)
    let chinese = text.range(of: " / ").map { text[..<$0.lowerBound] } ?? text
    let hasChinese = chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    return hasChinese ? String(chinese) : nil
  }

  /// Words the command has no place for: most often a name with a space left unquoted.
  private static func tooMany(_ words: String) -> String {
    "多出来的\(words)：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）"
  }

  /// What a value of `place` looks like: case and entry numbers, years and seeds are digits.
  private static func kind(of place: String) -> String {
    let numbers = ["<id>", "<number>", "<into>", "<other>", "--year", "--seed"]
    return numbers.contains { place.contains($0) } ? "请写阿拉伯数字，如 3" : "请按下面的用法改"
  }

  /// Whether the command line asks for Chinese messages (`--lang`, else the environment).
  static func wantsChinese(_ arguments: [String]) -> Bool {
    // Read as the commands read `--lang` (`Language(option:)`): a value they refuse is
    // answered in Chinese.
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
      return Language(option: arguments[index + 1]) != .english
    }
    if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) {
      return Language(option: String(inline.dropFirst("--lang=".count))) != .english
    }
    return Language.detect(environment: ProcessInfo.processInfo.environment) == .chinese
  }

  private static func quoted(after prefix: String, in message: String) -> String? {
    guard let start = message.range(of: prefix) else { return nil }
    let rest = message[start.upperBound...]
    guard let end = rest.firstIndex(of: "'") else { return nil }
    return String(rest[..<end])
  }
}
