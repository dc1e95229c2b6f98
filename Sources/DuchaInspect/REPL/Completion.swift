import DuchaChecklist
import Foundation

/// The words Tab completes — commands, checklist ids, item ids, input names, class names —
/// kept behind a lock because readline calls back from C with no Swift context.
final class CompletionWords: @unchecked Sendable {
  private let lock = NSLock()
  private var words: [String] = []

  func update(_ newWords: [String]) {
    lock.lock()
    words = Array(Set(newWords)).sorted()
    lock.unlock()
  }

  func matches(_ prefix: String) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    return words.filter { $0.hasPrefix(prefix) }
  }
}

extension InspectionREPL {
  /// Connects Tab completion when the console reads through readline.
  func installCompletion() {
    guard let readline = console.reader as? ReadlineLineReader else { return }
    let words = completionWords
    readline.completer = { _, word in words.matches(word) }
    refreshCompletion()
  }

  /// Refreshes the completion words from the checklists and the current session.
  func refreshCompletion() {
    // Runs at every save; only readline completes (a script or a pipe has no Tab to press).
    guard console.reader is ReadlineLineReader else { return }
    var words = Command.allNames + ["继续", "resume"] + environment.catalogue.entries.map(\.id)
    if let checklist = currentChecklist {
      words += checklist.allItems.map(\.id) + checklist.inputOrder
      if let options = checklist.inputs.values.compactMap({ input -> [String]? in
        if case .choice(let choices) = input.type { return choices.map(\.label) }
        return nil
      }).first {
        words += options
      }
    }
    if let session = currentSession {
      words += session.rollCall.flatMap { [$0.grade, $0.className, $0.label] }
      words += [session.unit.name]
    }
    // With an export imported, Tab completes its classes and students' names (roll call).
    if let roster {
      let students = roster.flatMap(\.students)
      words += students.map(\.name) + students.map(\.classLabel).filter { !$0.isEmpty }
    }
    completionWords.update(words)
  }
}
