import ArgumentParser
import DuchaChecklist
import DuchaSession
import Foundation

/// Shell completion (`ducha --generate-completion-script bash|zsh|fish`): checklist ids and file
/// names, item ids of the checklist named earlier on the line, and the `--lang` values. The
/// shell runs ducha itself to get the candidates, so they follow the same lookup order as the
/// command (`--checklists` on the line, `DUCHA_CHECKLISTS`, `./Checklists`, the bundled set).
enum ShellCompletion {
  /// `--lang` values.
  static let languages = CompletionKind.list(["zh", "en"])

  /// Checklist ids and file names (without `.ducha`).
  static let checklists = CompletionKind.custom { words, _, prefix in
    checklistNames(library(words)).filter { $0.hasPrefix(prefix) }
  }

  /// Item ids of the checklist given earlier on the line (`ducha show lingbi-xueji 7.<Tab>`).
  static let items = CompletionKind.custom { words, index, prefix in
    let library = library(words)
    let names = Set(checklistNames(library))
    let earlier = words.prefix(max(0, index)).reversed().first { names.contains($0) }
    guard let earlier, let file = library.file(for: earlier), let checklist = file.load().0 else {
      return []
    }
    return checklist.allItems.map(\.id).filter { $0.hasPrefix(prefix) }
  }

  /// The library as the completed command line would see it.
  static func library(_ words: [String]) -> ChecklistLibrary {
    let option = words.firstIndex(of: "--checklists").flatMap { index in
      words.indices.contains(index + 1) ? words[index + 1] : nil
    }
    return ChecklistLibrary.standard(
      option: option, environment: ProcessEnvironment.values(ChecklistLibrary.environmentNames))
  }

  static func checklistNames(_ library: ChecklistLibrary) -> [String] {
    var seen: Set<String> = []
    return library.load().loaded.flatMap { loaded in
      [(loaded.file.name as NSString).deletingPathExtension]
        + (loaded.checklist.map { [$0.id] } ?? [])
    }.filter { seen.insert($0).inserted }
  }

}

/// The program's version, printed by `ducha --version`.
enum DuchaVersion {
  static let number = "0.3.0"

  /// `ducha 0.3.0（记录格式第 3 版，内置清单 10 张 · …）`.
  static var text: String {
    let format = Session.currentFormatVersion
    let bundled = BundledChecklists.count
    return
      "ducha \(number)（记录格式第 \(format) 版，内置清单 \(bundled) 张 · session format \(format), \(bundled) bundled checklists）"
  }
}
