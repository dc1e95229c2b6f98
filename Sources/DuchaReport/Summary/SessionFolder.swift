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
  /// `checkingValues: false` leaves out the `.suspectValues` reports (`SessionStore.list`).
  public static func loadFiles(
    _ directories: [String], keepingUndoLogs: Bool = true, checkingValues: Bool = true
  ) -> (
    sessions: [(path: String, session: Session)], problems: [SessionStore.LoadError]
  ) {
    // One folder (the usual case): its list as it is; appending it to an empty list copied
    // (retained every field of) each of ten thousand sessions on one core.
    if directories.count == 1 {
      return SessionStore(directory: directories[0]).list(
        keepingUndoLogs: keepingUndoLogs, checkingValues: checkingValues)
    }
    var found: [(path: String, session: Session)] = []
    var problems: [SessionStore.LoadError] = []
    for directory in directories {
      let (sessions, errors) = SessionStore(directory: directory).list(
        keepingUndoLogs: keepingUndoLogs, checkingValues: checkingValues)
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

extension SessionFolder {
  /// The subfolders of `folder` that hold session files (`*.json` not starting with `_`), in
  /// name order. A leader who copied each inspector's folder into the team's (`第三组/李辉/`,
  /// `第三组/王雷/`) was told only that `第三组` holds no session files: ducha reads the folder
  /// named, not its subfolders (the merge decisions and the problem list belong to one folder).
  public static func subfoldersHoldingSessions(_ folder: String) -> [String] {
    let manager = FileManager.default
    let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    return names.filter { name in
      let path = (folder as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else { return false }
      let files = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      return files.contains { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix("_") }
    }
  }

  /// What to tell the leader of `folder`'s subfolders holding session files; nil when none
  /// does. `besideOthers`: the folder has sessions of its own, and these were left out.
  public static func subfolderNote(_ folder: String, besideOthers: Bool = false) -> Localized? {
    let holding = subfoldersHoldingSessions(folder)
    guard !holding.isEmpty else { return nil }
    if besideOthers {
      return Localized(
        "注意：\(folder) 的子文件夹 \(holding.joined(separator: "、")) 里还有检查记录文件，没有读入（ducha 只读所写的文件夹，不读子文件夹）。它们也要汇总的话，请移到 \(folder) 里。",
        en:
          "note: the subfolders \(holding.joined(separator: ", ")) of \(folder) hold session files, which were not read (ducha reads only the folder named). If they belong to this summary, move them into \(folder)."
      )
    }
    return Localized(
      "\(folder) 的子文件夹 \(holding.joined(separator: "、")) 里有检查记录文件；ducha 只读所写的文件夹，不读子文件夹。请把这些记录文件都移到 \(folder) 里，再运行这条命令。",
      en:
        "the subfolders \(holding.joined(separator: ", ")) of \(folder) hold session files; ducha reads only the folder named, not its subfolders. Move the session files into \(folder) itself and run the command again."
    )
  }
}
