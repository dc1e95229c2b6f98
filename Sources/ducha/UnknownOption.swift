import ArgumentParser
import DuchaChecklist
import Foundation

/// `ducha cases import 名单.csv --bgy 张三`: ArgumentParser reads the values of a command first
/// and looks for options it does not have only once they all decode, so this line was answered
/// “缺少必填的选项 --by”, though `--by` was typed, mistyped; `problems edit 第三组 x
/// --responsbile 张三` was told about `x` and never about the option. The option the command does
/// not have is most often the cause (a typo), so it is said first, as ArgumentParser says it when
/// nothing else is wrong.
enum UnknownOption {
  /// The refusal of `arguments` (the line without the program's name) for its first option the
  /// command typed does not have, in ArgumentParser's words (`Unknown option '--bgy'. Did you
  /// mean '--by'?`), with that command; nil when it has every option, or when the command
  /// cannot be told.
  static func refusal(_ arguments: [String]) -> (
    message: String, command: any ParsableCommand.Type
  )? {
    guard let (command, path) = typedCommand(arguments) else { return nil }
    let known = path.flatMap(optionNames)
    guard !known.isEmpty else { return nil }
    for argument in arguments {
      if argument == "--" { break }
      guard let name = optionName(argument), !known.contains(name) else { continue }
      var message = "Unknown option '\(name)'"
      if name.hasPrefix("--"),
        let near = NameSuggestions.near(name, in: known.filter { $0.hasPrefix("--") }, limit: 1)
          .first
      {
        message += ". Did you mean '\(near)'?"
      }
      return (message, command)
    }
    return nil
  }

  /// The command `arguments` name (the default command when they name none) and the commands
  /// from `ducha` down to it, whose options it reads; nil when a word is no command of its
  /// group and the group has no default (`UnknownCommand` says that).
  private static func typedCommand(_ arguments: [String])
    -> (any ParsableCommand.Type, [any ParsableCommand.Type])?
  {
    var path: [any ParsableCommand.Type] = [Ducha.self]
    for word in arguments where !word.hasPrefix("-") {
      let current = path[path.count - 1]
      let commands = current.configuration.subcommands
      guard
        let next = commands.first(where: { $0.configuration.commandName == word })
      else { break }
      path.append(next)
    }
    while let last = path.last, !last.configuration.subcommands.isEmpty {
      guard let fallback = last.configuration.defaultSubcommand else { return nil }
      path.append(fallback)
    }
    guard let command = path.last else { return nil }
    return (command, path)
  }

  /// Every spelling of `command`'s options and flags (`--by`, `-o`), ArgumentParser's own
  /// (`--help`, `-h`, `--version`) among them, read from its description of the command.
  private static func optionNames(_ command: any ParsableCommand.Type) -> [String] {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)),
      let tool = object as? [String: Any], let info = tool["command"] as? [String: Any],
      let arguments = info["arguments"] as? [[String: Any]]
    else { return [] }
    let builtIn = ["--help", "-h", "--version", "--experimental-dump-help"]
    return builtIn
      + arguments.flatMap { argument in
        (argument["names"] as? [[String: String]] ?? []).compactMap { name in
          guard let kind = name["kind"], let text = name["name"] else { return nil }
          return (kind == "long" ? "--" : "-") + text
        }
      }
  }

  /// The option `argument` spells (`--lang=en` is `--lang`); nil for a value: a word, a
  /// negative number, `-` alone, several short flags run together.
  private static func optionName(_ argument: String) -> String? {
    if argument.hasPrefix("--"), argument.count > 2 {
      return String(argument.prefix { $0 != "=" })
    }
    guard argument.hasPrefix("-"), argument.count == 2, let letter = argument.last,
      letter.isLetter
    else { return nil }
    return argument
  }
}
