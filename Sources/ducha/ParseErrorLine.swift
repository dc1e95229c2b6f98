import ArgumentParser
import DuchaChecklist
import Foundation

/// A Chinese line before ArgumentParser's English message for the two mistakes a clerk makes on
/// the command line: a required option left out, an option the command does not have.
enum ParseErrorLine {
  /// The line for `message` (ArgumentParser's first line), or nil when it is neither mistake.
  static func chinese(for message: String) -> String? {
    if let option = quoted(after: "Missing expected argument '", in: message) {
      let name = option.split(separator: " ").first.map(String.init) ?? option
      return "缺少必填的选项 \(name)：请在命令里加上 \(option)（用法见下面）。"
    }
    if let option = quoted(after: "Unknown option '", in: message) {
      return "这个命令没有 \(option) 选项：请按下面的用法改，或加 --help 看全部选项。"
    }
    return nil
  }

  /// Whether the command line asks for Chinese messages (`--lang`, else the environment).
  static func wantsChinese(_ arguments: [String]) -> Bool {
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
      return !arguments[index + 1].lowercased().hasPrefix("en")
    }
    if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) {
      return !inline.dropFirst("--lang=".count).lowercased().hasPrefix("en")
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
