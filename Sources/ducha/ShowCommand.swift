import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha show CHECKLIST`: the form's sections and items with points.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "显示清单的部分、条目和分值 · show a checklist's items and points")

  @OptionGroup var options: CommonOptions

  @Argument(help: "清单文件、文件名或编号 / checklist path, file name or id")
  var checklist: String

  func run() throws {
    let checklist = try loadChecklist(checklist, options)
    print(ChecklistOutline.format(checklist, language: options.language))
  }
}
