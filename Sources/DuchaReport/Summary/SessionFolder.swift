import DuchaChecklist
import DuchaSession
import Foundation

/// The sessions of one or more folders, as a leader collects them from inspectors.
public enum SessionFolder {
  /// Every readable session in `directories`, with the files that could not be read (reported,
  /// never touched). The same session id found twice (a file copied twice) counts once: the
  /// copy with the highest save sequence; the others are reported as `.olderCopy`.
  public static func load(_ directories: [String]) -> (
    sessions: [Session], problems: [SessionStore.LoadError]
  ) {
    let (found, problems) = loadFiles(directories)
    return (found.map(\.session), problems)
  }

  /// Like `load`, with the file each session was read from; `keepingUndoLogs: false` drops
  /// each session's undo log as it is read (`SessionStore.list`).
  public static func loadFiles(_ directories: [String], keepingUndoLogs: Bool = true) -> (
    sessions: [(path: String, session: Session)], problems: [SessionStore.LoadError]
  ) {
    // One folder (the usual case): its list as it is; appending it to an empty list copied
    // (retained every field of) each of ten thousand sessions on one core.
    if directories.count == 1 {
      return SessionStore(directory: directories[0]).list(keepingUndoLogs: keepingUndoLogs)
    }
    var found: [(path: String, session: Session)] = []
    var problems: [SessionStore.LoadError] = []
    for directory in directories {
      let (sessions, errors) = SessionStore(directory: directory).list(
        keepingUndoLogs: keepingUndoLogs)
      problems += errors
      found += sessions
    }
    // One folder's sessions are already one per id (`list`), newest first.
    guard directories.count > 1 else { return (found, problems) }
    // The same session in two folders: the newest copy is used, the other reported.
    let (newest, older) = SessionStore.newestCopies(found)
    return (newest, problems + older)
  }
}
