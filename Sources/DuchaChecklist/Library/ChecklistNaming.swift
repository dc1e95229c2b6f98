import Foundation

/// Which of some checklists a name typed after `--checklist` means, by the rule every command
/// that takes a checklist by name follows (show, test, inspect, followup, and the leader
/// commands' filter): a whole id, file name (with or without `.ducha`) or title names that
/// checklist even when another id begins with it; otherwise every checklist whose id, file
/// name or title begins with the text (`ChecklistLibrary.begins`). Several by their beginning
/// is no choice: the caller lists them (`ambiguity`) rather than taking them all.
public struct ChecklistNaming: Sendable, Equatable {
  /// The ids named, in the order given, each once.
  public var ids: [String]
  /// Whether they were named by their beginning (said back `→ id（title）`), not in full.
  public var byBeginning: Bool

  /// Creates a choice.
  public init(ids: [String], byBeginning: Bool) {
    self.ids = ids
    self.byBeginning = byBeginning
  }

  /// The checklists among `checklists` that `typed` names (the same id twice, e.g. two years'
  /// versions of one form, counts once).
  public static func choose(_ typed: String, among checklists: [Checklist]) -> ChecklistNaming {
    let wanted = typed.trimmingCharacters(in: .whitespaces)
    var distinct: [Checklist] = []
    for checklist in checklists where !distinct.contains(where: { $0.id == checklist.id }) {
      distinct.append(checklist)
    }
    let exact = distinct.filter { checklist in
      let file = (checklist.file as NSString).lastPathComponent
      return [checklist.id, checklist.title, file, (file as NSString).deletingPathExtension]
        .contains(wanted)
    }
    if !exact.isEmpty { return ChecklistNaming(ids: exact.map(\.id), byBeginning: false) }
    let begun = distinct.filter {
      ChecklistLibrary.begins(id: $0.id, file: $0.file, title: $0.title, with: wanted)
    }
    return ChecklistNaming(ids: begun.map(\.id), byBeginning: true)
  }

  /// Why several checklists beginning with `typed` are no choice, with their ids.
  public static func ambiguity(_ typed: String, ids: [String]) -> Localized {
    Localized(
      "“\(typed)”开头的清单有 \(ids.count) 张：\(ids.joined(separator: "、"))。请写到能分出是哪一张。",
      en:
        "\(ids.count) checklists begin with '\(typed)': \(ids.joined(separator: ", ")). Type enough to tell which."
    )
  }
}
