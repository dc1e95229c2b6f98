import Foundation
import Testing

/// A leader types `ducha summry 第三组` or `ducha cases lst`: the command is named as mistyped,
/// with the closest command and all of that group, exit 64 — not inspect's usage ("多出来的
/// “summry”…用法：ducha inspect"), which sent them to the wrong command. End to end.
@Suite("mistyped command names", .serialized)
struct UnknownCommandCLITests {
  static let commands =
    "命令有：inspect、resume、validate、show、test、summary、merge、problems、followup、plan、report、roster、sheet、notice、cases、sync、compare（ducha --help 看各命令的说明）。\n"

  @Test("a mistyped command: the closest one and the list, exit 64")
  func mistypedCommands() throws {
    let laptop = try Laptop("unknown-command")
    defer { laptop.remove() }
    let summry = try laptop.run(["summry", "第三组"])
    #expect(summry.status == 64)
    #expect(summry.output == "")
    #expect(summry.errors == "ducha 没有“summry”这个命令。是不是 ducha summary？\n" + Self.commands)
    // A Chinese word for a command: no guess, the list.
    let chinese = try laptop.run(["汇总", "第三组", "--format", "md"])
    #expect(chinese.status == 64)
    #expect(chinese.errors == "ducha 没有“汇总”这个命令。\n" + Self.commands)
    // Under a group, that group's commands.
    let lst = try laptop.run(["cases", "lst", "--status", "疑似"])
    #expect(lst.status == 64)
    #expect(
      lst.errors
        == "ducha cases 没有“lst”这个命令。是不是 ducha cases list？\n"
        + "命令有：import、list、show、assign、update、close、overdue、register、keep-copy（ducha cases --help 看各命令的说明）。\n"
    )
    let english = try laptop.run(
      ["reprot"], environment: ["DUCHA_LANG": "en", "LANG": "en_US.UTF-8"])
    #expect(
      english.errors.hasPrefix("ducha has no command 'reprot'. Did you mean ducha report?\n"),
      "\(english.errors)")
  }

  @Test("a word too many after a real command is still said as before")
  func aWordTooManyIsNotACommand() throws {
    let laptop = try Laptop("unknown-command-extra")
    defer { laptop.remove() }
    let extra = try laptop.run(["cases", "list", "extra"])
    #expect(extra.status == 64)
    #expect(
      extra.errors.hasPrefix(
        "多出来的“extra”：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）\n用法：ducha cases list"))
    let inspect = try laptop.run(["inspect", "extra"])
    #expect(inspect.errors.hasPrefix("多出来的“extra”：这个命令用不到"), "\(inspect.errors)")
  }
}
