import DuchaChecklist
import Foundation

/// What `ducha resume` was given: a session's id, unit or file name in the sessions folder — or
/// a folder of sessions, or the path of a session file elsewhere.
enum SessionReference {
  /// The sessions folder to use (nil: `--sessions` or `Sessions`) and the session to look for
  /// in it (nil: list the unfinished ones). A folder named alone is the sessions folder; a
  /// file outside it is looked for by its name in its own folder. With `--sessions` given, the
  /// reference is taken as it is.
  static func split(_ reference: String?, sessionsGiven: String?) -> (String?, String?) {
    guard let reference, sessionsGiven == nil else { return (nil, reference) }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: reference, isDirectory: &isFolder) else {
      return (nil, reference)
    }
    if isFolder.boolValue { return (reference, nil) }
    let path = reference as NSString
    // Not NSString's deletingLastPathComponent: it traps on a one-letter name (`resume x`).
    let parent = reference.contains("/") ? ParentFolder.of(reference) : ""
    // A file in the current folder (`ducha resume x.json` beside Sessions/) stays as it was.
    guard !parent.isEmpty else { return (nil, reference) }
    return (parent, path.lastPathComponent)
  }
}
