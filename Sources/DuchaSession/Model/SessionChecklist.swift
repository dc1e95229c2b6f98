import DuchaChecklist
import Foundation

/// Which checklist scores a session: the one it was inspected with (recorded in the file since
/// format 3), unless the leader asks to rescore with the library's version. Files of versions
/// 1–2 carry no checklist and are scored with the library's one of the same id.
public struct SessionChecklist: Sendable {
  /// The checklist to score with, or nil when there is none.
  public var checklist: Checklist?
  /// Said to the user: the library holds another version of the checklist.
  public var note: Localized?
  /// Why the session cannot be scored, with what to do.
  public var problem: Localized?

  /// Picks the checklist for `session` (read from `path`) given the library's checklists.
  public static func resolve(
    _ session: Session, path: String, library: [Checklist], rescore: Bool
  ) -> SessionChecklist {
    var cache: [String: Checklist] = [:]
    return resolve(session, path: path, library: library, rescore: rescore, cache: &cache)
  }

  /// `resolve`, parsing each recorded checklist text once (`cache` by content hash), for a
  /// folder where twenty sessions carry the same checklist.
  public static func resolve(
    _ session: Session, path: String, library: [Checklist], rescore: Bool,
    cache: inout [String: Checklist]
  ) -> SessionChecklist {
    let current = library.first { $0.id == session.checklistID }
    guard let recorded = session.inspectedChecklist else {
      if let current { return SessionChecklist(checklist: current) }
      return SessionChecklist(
        problem: Localized(
          "找不到清单“\(session.checklistID)”（\(session.checklistTitle)），无法计分。请把这张清单放进 Checklists/ 或用 --checklists 指定所在文件夹。",
          en:
            "checklist '\(session.checklistID)' (\(session.checklistTitle)) not found, so it cannot be scored. Put it in Checklists/ or name its folder with --checklists."
        ))
    }
    if let current, current.contentHash == recorded.contentHash {
      return SessionChecklist(checklist: current)
    }
    if rescore, let current {
      return SessionChecklist(
        checklist: current,
        note: Localized(
          "按 --rescore，用现在的清单 \(current.file)（\(ContentHash.short(current.contentHash))）重新计分，不用检查时的版本（\(ContentHash.short(recorded.contentHash))）。",
          en:
            "--rescore: scored with the current \(current.file) (\(ContentHash.short(current.contentHash))), not the version inspected with (\(ContentHash.short(recorded.contentHash)))."
        ))
    }
    let (loaded, diagnostics) =
      cache[recorded.contentHash].map { ($0, []) } ?? recorded.load(sessionPath: path)
    guard let embedded = loaded else {
      let first = diagnostics.first { $0.severity == .error }.map {
        "\($0.location.line) 行：\($0.message.zh)"
      }
      return SessionChecklist(
        problem: Localized(
          "记录里保存的清单“\(recorded.id)”读不了（\(first ?? "内容不完整")），无法计分。请向发送者要一份完整的文件\(current == nil ? "" : "，或加 --rescore 用现在的清单计分")。",
          en:
            "the checklist '\(recorded.id)' recorded in the file cannot be read, so it cannot be scored. Ask the sender for a whole file\(current == nil ? "" : ", or add --rescore to score with the current checklist")."
        ))
    }
    cache[recorded.contentHash] = embedded
    guard let current else { return SessionChecklist(checklist: embedded) }
    return SessionChecklist(
      checklist: embedded,
      note: Localized(
        "清单“\(recorded.id)”：现在的 \(current.file)（\(ContentHash.short(current.contentHash))）与检查时的版本（\(ContentHash.short(recorded.contentHash))）不同；按检查时的版本计分。要按现在的版本重新计分，加 --rescore。",
        en:
          "checklist '\(recorded.id)': the current \(current.file) (\(ContentHash.short(current.contentHash))) differs from the version inspected with (\(ContentHash.short(recorded.contentHash))); scored with the version inspected with. Add --rescore to score with the current one."
      ))
  }

  init(checklist: Checklist? = nil, note: Localized? = nil, problem: Localized? = nil) {
    self.checklist = checklist
    self.note = note
    self.problem = problem
  }
}
