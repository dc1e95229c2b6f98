import ArgumentParser
import DuchaCases
import DuchaChecklist
import Foundation

/// The `ducha` command: argument parsing and wiring only; the work is in the libraries.
@main
struct Ducha: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ducha",
    abstract: "督查：控辍保学与学籍管理检查工具 · inspection toolkit for county education bureaus",
    discussion: exitCodesHelp,
    version: DuchaVersion.text,
    subcommands: [
      InspectCommand.self, ResumeCommand.self, ValidateCommand.self, ShowCommand.self,
      TestCommand.self, SummaryCommand.self, MergeCommand.self, ProblemsCommand.self,
      FollowUpCommand.self, PlanCommand.self, ReportCommand.self, RosterCommand.self,
      SheetCommand.self, NoticeCommand.self,
      CasesCommand.self,
      SyncCommand.self,
      CompareCommand.self,
    ],
    defaultSubcommand: InspectCommand.self
  )

  /// Runs the command line: a plain `ducha inspect` or `ducha validate` line without
  /// ArgumentParser's parse of the whole command tree (`InspectFastPath`, `ValidateFastPath`),
  /// everything else through it. Errors of the line itself (an unknown option, a missing
  /// argument, `--help`) end the program as `ParsableCommand.main` ends it: message, usage and
  /// status.
  static func main() {
    let arguments = TypedPaths.tidied(
      FullWidthArguments.halfWidthNumbers(Array(CommandLine.arguments.dropFirst())))
    var command: any ParsableCommand
    if let inspect = InspectFastPath.command(arguments) {
      command = inspect
    } else if let validate = ValidateFastPath.command(arguments) {
      command = validate
    } else {
      do {
        command = try parseAsRoot(arguments)
      } catch {
        if let unknown = UnknownCommand.message(
          arguments, chinese: ParseErrorLine.wantsChinese(arguments))
        {
          FileHandle.standardError.write(Data((unknown + "\n").utf8))
          Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        // `--help` and `--version` end here too, on standard output with status 0.
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        let chinese = ParseErrorLine.wantsChinese(arguments)
        let full = fullMessage(for: error)
        // An option the command does not have is said before a value refused or left out.
        if !full.hasPrefix("Error: Unknown option"), let unknown = UnknownOption.refusal(arguments)
        {
          printError(
            CommandLineRefusal.text(unknown.message, command: unknown.command, chinese: chinese))
          Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        printError(CommandLineRefusal.text(full, chinese: chinese))
        Foundation.exit(ExitCode.validationFailure.rawValue)
      }
    }
    do {
      try command.run()
    } catch let code as ExitCode {
      // What `exit(withError:)` does for an ExitCode (no message, that status), without the
      // usage text it builds first and then drops (~4.6M instructions at every exit 2).
      Foundation.exit(code.rawValue)
    } catch let refusal as ValidationError {
      // A value refused while the command runs (`--result 在外地就读`) is said as one refused
      // before it: the message, the usage of the command typed, where to see its options.
      printError(
        CommandLineRefusal.text(
          refusal.message, command: type(of: command),
          chinese: ParseErrorLine.wantsChinese(arguments)))
      Foundation.exit(ExitCode.validationFailure.rawValue)
    } catch let error as any UserFacingError {
      // A ledger that cannot be opened, a row changed by another program, a case refused:
      // said one way, in the command's language (ArgumentParser printed
      // “Error: damagedRow(ledger: …, reason: DuchaChecklist.Localized(zh: …))”).
      let language =
        (command as? SpeaksLanguage)?.messageLanguage
        ?? (ParseErrorLine.wantsChinese(arguments) ? .chinese : .english)
      printError(error.said(in: language))
      Foundation.exit((error as? CommandFailure)?.status ?? ExitCode.failure.rawValue)
    } catch {
      exit(withError: error)
    }
  }
}

/// A command whose `--lang` says the language of the errors `main` prints for it (a ledger row
/// changed by another program, met while listing); others use the line's `--lang` or `LANG`.
protocol SpeaksLanguage {
  /// The language its messages are in.
  var messageLanguage: Language { get }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long, help: "界面语言 zh 或 en（默认看 LANG）/ interface language zh or en",
    completion: ShellCompletion.languages)
  var lang: String?

  @Option(
    name: .long,
    help: "清单目录（先找这里，再找 DUCHA_CHECKLISTS、./Checklists、内置清单）/ folder of checklists, searched first")
  var checklists: String?

  /// The options of a command that has none of its own (`cases show --server`): the language
  /// from the environment. A bare `CommonOptions()` cannot be read — its properties exist only
  /// once parsed or assigned, and reading one stopped ducha with ArgumentParser's error.
  static var fromEnvironment: CommonOptions {
    var options = CommonOptions()
    options.lang = nil
    options.checklists = nil
    return options
  }

  var language: Language {
    if let lang { return Language(option: lang) ?? .chinese }
    return Language.detect(environment: ProcessEnvironment.values(Language.environmentNames))
  }

  /// `--lang fr` is refused: it was answered in Chinese without a word.
  func validate() throws {
    if let lang, Language(option: lang) == nil { throw ValidationError(Language.refusal(lang)) }
  }
}

/// The refusal of an option's value in `language`: `--date 2021-13-01：…` (it printed both
/// languages glued together, whatever `--lang` said).
func optionRefusal(_ option: String, _ value: String, _ refusal: Localized, _ language: Language)
  -> String
{
  Localized("\(option) \(value)：\(refusal.zh)", en: "\(option) \(value): \(refusal.en)").text(
    language)
}

/// Prints to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
