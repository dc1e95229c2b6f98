import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha show CHECKLIST [ITEM]`: the form's sections and items with points, or one item's card.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "显示清单的部分、条目和分值 · show a checklist's items and points")

  @OptionGroup var options: CommonOptions

  @Argument(
    help: "清单文件、文件名或编号 / checklist path, file name or id",
    completion: ShellCompletion.checklists)
  var checklist: String

  @Argument(
    help: "条目编号：只显示这一项的要求、赋分和清单原文 / item id: show that item and its lines",
    completion: ShellCompletion.items)
  var item: String?

  func run() throws {
    let checklist = try loadChecklist(checklist, options)
    guard let id = item else {
      print(ChecklistOutline.format(checklist, language: options.language))
      return
    }
    guard let found = checklist.item(id) else {
      let ids = checklist.allItems.map(\.id)
      let guesses = NameSuggestions.near(id, in: ids)
      var lines = [
        Localized("\(checklist.id) 没有条目“\(id)”。", en: "\(checklist.id) has no item '\(id)'.")
      ]
      if !guesses.isEmpty {
        lines.append(
          Localized(
            "是不是：\(guesses.joined(separator: "、"))？",
            en: "did you mean: \(guesses.joined(separator: ", "))?"))
      }
      let all = ids.joined(separator: " ")
      lines.append(Localized("条目：" + all, en: "items: " + all))
      throw CommandFailure(lines: lines)
    }
    print(ItemCard.format(found, in: checklist, language: options.language))
    // What is recorded and how it is scored, in the file's own lines.
    if let source = ItemSourceText.format(found, in: checklist) {
      print("")
      print((options.language == .english ? "in the checklist file " : "清单原文 ") + source)
    }
  }
}
