import Foundation
import Testing

/// A line with a mistyped option and a value left out or refused: ArgumentParser said the value
/// (`缺少必填的选项 --by` for `--bgy 张三`, `“x”不能用作 <number>` beside `--responsbile`) and
/// never the option, which was the cause. The option the command does not have is said first
/// now, as when nothing else is wrong: standard error, the command's usage, status 64.
struct UnknownOptionBeforeValueCLITests {
  func run(_ arguments: [String]) throws -> Finished {
    let work = try CLI.temporaryDirectory("unknown-option-before-value")
    defer { try? FileManager.default.removeItem(at: work) }
    var environment = CLI.environment
    environment["LANG"] = "zh_CN.UTF-8"
    return try runDucha(arguments, in: work, workingDirectory: work, environment: environment)
  }

  @Test func aMistypedRequiredOptionIsSaidNotTheOptionMissing() throws {
    let refused = try run(["cases", "import", "名单.csv", "--bgy", "张三"])
    #expect(refused.status == 64)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors == """
        这个命令没有 --bgy 选项：请按下面的用法改，或加 --help 看全部选项。
        是不是 --by？
        用法：ducha cases import [--ledger <ledger>] [--reveal] [--server <server>] [--token <token>] \
        <files> ... --by <by> [--school <school>] [--township <township>] [--all-messages] [--lang <lang>] \
        [--checklists <checklists>]
          全部选项：ducha cases import --help

        """)
  }

  @Test func aMistypedOptionIsSaidBeforeAValueOfTheWrongKindInEnglish() throws {
    let refused = try run(
      ["problems", "edit", "第三组", "x", "--responsbile", "张三", "--lang", "en"])
    #expect(refused.status == 64)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors == """
        Unknown option '--responsbile'. Did you mean '--responsible'?
        Usage: ducha problems edit [--lang <lang>] [--checklists <checklists>] [--by <by>] \
        [--reason <reason>] [--amend] <folder> <number> [--finding <finding>] \
        [--requirement <requirement>] [--responsible <responsible>] [--deadline <deadline>] \
        [--status <status>]
          See 'ducha problems edit --help' for more information.

        """)
  }

  /// Said as ArgumentParser says it when the values are right, under the default command too.
  @Test func theSameWordsAsWhenNothingElseIsWrong() throws {
    let alone = try run(["cases", "show", "3", "--reveall"])
    let withMissing = try run(["cases", "show", "--reveall"])
    #expect(alone.status == 64 && withMissing.status == 64)
    #expect(withMissing.errors == alone.errors)
    #expect(
      alone.errors.hasPrefix("这个命令没有 --reveall 选项：请按下面的用法改，或加 --help 看全部选项。\n是不是 --reveal？\n"))
    let inspect = try run(["--unti", "渔沟小学", "--stage"])
    #expect(inspect.status == 64)
    #expect(inspect.errors.hasPrefix("这个命令没有 --unti 选项"), "\(inspect.errors)")
  }

  /// A line whose options are all known is refused for what is wrong with it, as before.
  @Test func aLineWithoutAnUnknownOptionIsSaidAsBefore() throws {
    let missing = try run(["cases", "import", "名单.csv", "--lang=zh"])
    #expect(missing.status == 64)
    #expect(missing.errors.hasPrefix("缺少必填的选项 --by：请在命令里加上 --by <by>（用法见下面）。\n"))
  }
}
