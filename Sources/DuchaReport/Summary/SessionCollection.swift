import DuchaChecklist
import DuchaSession
import Foundation

/// The sessions of a leader's folders, each paired with the checklist that scores it, and every
/// file that could not be read or scored, with why. Leaders' commands refuse to print a result
/// from part of the folder unless told to (`--allow-partial`), so nothing goes missing silently.
public struct SessionCollection: Sendable {
  /// Sessions scored with one checklist.
  public struct Group: Sendable {
    /// The checklist.
    public var checklist: Checklist
    /// Its sessions.
    public var sessions: [Session]
  }

  /// A session file left out: the line shown to the leader, `文件：原因和办法`.
  public struct Skipped: Sendable, Equatable {
    /// The file and why it was left out, with what to do.
    public var message: Localized

    /// A file left out for `reason`.
    public init(path: String, reason: Localized) {
      message = Localized("\(path)：\(reason.zh)", en: "\(path): \(reason.en)")
    }

    /// A file that could not be read at all.
    public init(_ error: SessionStore.LoadError) {
      message = error.message
    }
  }

  /// The groups, in checklist order.
  public var groups: [Group]
  /// The files left out.
  public var skipped: [Skipped]

  /// Every scored session.
  public var sessions: [Session] { groups.flatMap(\.sessions) }
  /// The checklists used.
  public var checklists: [Checklist] { groups.map(\.checklist) }

  /// Reads `directories` and pairs each session with its checklist from `library`. Unreadable
  /// files and sessions whose checklist cannot be found are listed in `skipped`.
  public static func load(_ directories: [String], library: [Checklist]) -> SessionCollection {
    let (found, problems) = SessionFolder.loadFiles(directories)
    // An older copy of a session whose newer copy is here loses nothing: not a file left out.
    var skipped: [Skipped] = []
    for problem in problems {
      if case .olderCopy = problem { continue }
      skipped.append(Skipped(problem))
    }
    var groups: [Group] = []
    for (path, session) in found {
      guard let checklist = library.first(where: { $0.id == session.checklistID }) else {
        skipped.append(
          Skipped(
            path: path,
            reason: Localized(
              "找不到清单“\(session.checklistID)”（\(session.checklistTitle)），无法计分。请把这张清单放进 Checklists/ 或用 --checklists 指定所在文件夹。",
              en:
                "checklist '\(session.checklistID)' (\(session.checklistTitle)) not found, so it cannot be scored. Put it in Checklists/ or name its folder with --checklists."
            )))
        continue
      }
      if let index = groups.firstIndex(where: { $0.checklist.id == checklist.id }) {
        groups[index].sessions.append(session)
      } else {
        groups.append(Group(checklist: checklist, sessions: [session]))
      }
    }
    let order = library.map(\.id)
    groups.sort {
      (order.firstIndex(of: $0.checklist.id) ?? .max)
        < (order.firstIndex(of: $1.checklist.id) ?? .max)
    }
    return SessionCollection(groups: groups, skipped: skipped)
  }
}
