import ArgumentParser
import DuchaChecklist

/// `ducha summry 第三组`, `ducha cases lst`: a mistyped command name. `inspect` is the default
/// command and takes no word of its own, so the name was read as a word too many for `inspect`
/// and answered with inspect's usage ("多出来的“summry”…用法：ducha inspect"), which sent the
/// leader to the wrong command; under `cases` it was "a word too many" for `cases`. On a line
/// that does not parse, the first word that is no command of the group it follows (and no
/// option) is named as the command it was meant to be.
enum UnknownCommand {
  /// The message for `arguments` (the line without the program's name) when a command name in
  /// it is unknown: the closest names of that group and the list of all; nil otherwise.
  static func message(_ arguments: [String], chinese: Bool) -> String? {
    var group: any ParsableCommand.Type = Ducha.self
    var path = "ducha"
    for word in arguments {
      let commands = group.configuration.subcommands
      guard !word.hasPrefix("-"), !commands.isEmpty, word != "help" else { return nil }
      let names = commands.map { $0.configuration.commandName ?? "" }
      if let index = names.firstIndex(of: word) {
        group = commands[index]
        path += " " + word
        continue
      }
      return text(word, path: path, names: names, chinese: chinese)
    }
    return nil
  }

  private static func text(_ word: String, path: String, names: [String], chinese: Bool)
    -> String
  {
    let near = NameSuggestions.near(word, in: names, limit: 2).map { "\(path) \($0)" }
    let all = names.joined(separator: chinese ? "、" : ", ")
    if chinese {
      let guess = near.isEmpty ? "" : "是不是 " + near.joined(separator: " 或 ") + "？"
      return "\(path) 没有“\(word)”这个命令。\(guess)\n命令有：\(all)（\(path) --help 看各命令的说明）。"
    }
    let guess = near.isEmpty ? "" : " Did you mean " + near.joined(separator: " or ") + "?"
    return
      "\(path) has no command '\(word)'.\(guess)\nCommands: \(all) (\(path) --help describes them)."
  }
}
