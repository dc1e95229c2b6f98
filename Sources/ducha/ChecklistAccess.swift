import ArgumentParser
import DuchaChecklist
import DuchaRender
import Foundation

extension CommonOptions {
  /// The checklist library in the documented lookup order; a folder named with `--checklists`
  /// or `DUCHA_CHECKLISTS` that does not exist stops the command.
  func checklistLibrary() throws -> ChecklistLibrary {
    let library = ChecklistLibrary.standard(
      option: checklists,
      environment: ProcessEnvironment.values(ChecklistLibrary.environmentNames))
    if let missing = library.missingFolders.first {
      let name = missing.kind == .option ? "--checklists" : "DUCHA_CHECKLISTS"
      throw CommandFailure(
        "\(name) \(missing.folder)：没有这个文件夹。请写放 .ducha 清单文件的文件夹；不写则用 ./Checklists 和内置清单。",
        en:
          "\(name) \(missing.folder): no such folder. Give the folder that holds the .ducha files, or leave it out to use ./Checklists and the bundled checklists."
      )
    }
    return library
  }

  /// Every usable checklist of the library; files with errors are named and skipped, and each
  /// local file replacing a different bundled one gets its one-line note.
  func usableChecklists() throws -> [Checklist] {
    let library = try checklistLibrary()
    let contents = library.load()
    for note in contents.notes { printError(note.text(language)) }
    var checklists: [Checklist] = []
    for loaded in contents.loaded {
      if let checklist = loaded.checklist {
        checklists.append(checklist)
      } else if loaded.diagnostics.hasErrors {
        printError(
          language == .english
            ? "skipped \(loaded.path): it has errors (see ducha validate \(loaded.path))"
            : "已跳过 \(loaded.path)：清单有错误（用 ducha validate \(loaded.path) 查看）")
      }
    }
    guard !checklists.isEmpty else {
      throw CommandFailure.noUsableChecklist(library)
    }
    return checklists
  }
}

extension CommonOptions {
  /// The checklists `ducha inspect` offers, listed from their headers: the start-up parses no
  /// checklist, and the one chosen is parsed and validated then (its errors are reported when
  /// it is chosen). Files whose header cannot be read are named and skipped as by
  /// `usableChecklists`, and each local file replacing a different bundled one gets its note.
  /// `naming` is the `--checklist` reference: when it is a file's path, that file is listed
  /// first wherever it is.
  func checklistCatalogue(naming reference: String? = nil) throws -> ChecklistCatalogue {
    let library = try checklistLibrary()
    let listing = library.list(including: reference)
    for note in listing.notes { printError(note.text(language)) }
    for skipped in listing.skipped {
      printError(
        language == .english
          ? "skipped \(skipped.path): it has errors (see ducha validate \(skipped.path))"
          : "已跳过 \(skipped.path)：清单有错误（用 ducha validate \(skipped.path) 查看）")
    }
    guard !listing.entries.isEmpty else {
      throw CommandFailure.noUsableChecklist(library)
    }
    return ChecklistCatalogue(listing: listing)
  }
}

/// Resolves and loads a checklist, printing diagnostics and failing when it is not usable. An
/// unknown name gets "是不是…" suggestions, the list of checklists and every place searched.
func loadChecklist(_ reference: String, _ options: CommonOptions) throws -> Checklist {
  let library = try options.checklistLibrary()
  let english = options.language == .english
  guard let file = library.file(for: reference) ?? library.file(beginning: reference) else {
    let known = library.load().loaded.compactMap(\.checklist)
    let beginning = library.checklists(beginning: reference)
    if beginning.count > 1 {
      // `ducha show huili`: six checklists begin so; the inspect prompt's words.
      throw CommandFailure(ChecklistNaming.ambiguity(reference, ids: beginning.map(\.id)))
    }
    let names = known.flatMap { checklist in
      [
        checklist.id, checklist.title,
        ((checklist.file as NSString).lastPathComponent as NSString)
          .deletingPathExtension,
      ]
    }
    let guesses = NameSuggestions.nearOrStartingNear(reference, in: names)
    let list = known.map { "  \($0.id)  \($0.title)" }.joined(separator: "\n")
    var lines = [
      Localized(
        "找不到清单“\(reference)”。找过：\(library.searchedPlaces.zh)。",
        en: "no checklist '\(reference)'. Searched: \(library.searchedPlaces.en).")
    ]
    if !guesses.isEmpty {
      lines.append(
        Localized(
          "是不是：\(guesses.joined(separator: "、"))？",
          en: "did you mean: \(guesses.joined(separator: ", "))?"))
    }
    if !known.isEmpty {
      lines.append(Localized("可用的清单：\n" + list, en: "checklists:\n" + list))
    }
    lines.append(
      Localized(
        "请写清单文件路径、文件名或清单编号；别的文件夹用 --checklists 目录 指定。",
        en: "Give a path, a file name or a checklist id; --checklists DIR names another folder."))
    throw CommandFailure(lines: lines)
  }
  let (checklist, diagnostics) = file.load()
  if library.file(for: reference) == nil, let checklist {
    // Chosen by the beginning of its id, file name or title: said back, as the prompt does.
    printError(
      english ? "→ \(checklist.id) (\(checklist.title))" : "→ \(checklist.id)（\(checklist.title)）")
  }
  guard let checklist else { throw DiagnosticReport.Failure(diagnostics) }
  if let note = library.replacementNote(for: file, id: checklist.id) {
    printError(note.text(options.language))
  }
  return checklist
}

extension CommandFailure {
  /// Nothing usable in any place searched: the places, and how to name another.
  static func noUsableChecklist(_ library: ChecklistLibrary) -> CommandFailure {
    CommandFailure(
      "没有可用的清单。找过：\(library.searchedPlaces.zh)。请用 --checklists 目录 或环境变量 DUCHA_CHECKLISTS 指定放 .ducha 清单文件的文件夹。",
      en:
        "no usable checklist. Searched: \(library.searchedPlaces.en). Give a folder of .ducha files with --checklists DIR or DUCHA_CHECKLISTS."
    )
  }
}
