import DuchaChecklist
import DuchaSession
import Foundation

/// The sessions of one or more folders, as a leader collects them from inspectors.
public enum SessionFolder {
  /// Every readable session in `directories`, with the files that could not be read (reported,
  /// never touched). The same session id found twice (a file copied twice) counts once.
  public static func load(_ directories: [String]) -> (
    sessions: [Session], problems: [SessionStore.LoadError]
  ) {
    var sessions: [Session] = []
    var problems: [SessionStore.LoadError] = []
    for directory in directories {
      let (found, errors) = SessionStore(directory: directory).list()
      problems += errors
      for (_, session) in found where !sessions.contains(where: { $0.id == session.id }) {
        sessions.append(session)
      }
    }
    return (sessions, problems)
  }
}
