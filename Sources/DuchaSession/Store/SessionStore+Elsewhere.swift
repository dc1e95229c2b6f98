import Foundation

extension SessionStore {
  /// The stores beside this one (the other folders of its parent, not hidden, in name order,
  /// at most `limit` looked at) that hold an unfinished inspection, with their unfinished
  /// sessions. An inspection started with `--sessions 第三组` and cut off by `kill -9` or a
  /// closed window never printed its `ducha resume 第三组/`; `ducha resume` alone looked in
  /// `Sessions/` only and said there was nothing to continue, and the school was started again.
  public func unfinishedNearby(limit: Int = 50) -> [(store: SessionStore, sessions: [Session])] {
    let manager = FileManager.default
    let own = URL(fileURLWithPath: directory).standardizedFileURL
    let parent = own.deletingLastPathComponent()
    let names = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted().prefix(limit)
    var found: [(store: SessionStore, sessions: [Session])] = []
    for name in names {
      let url = parent.appendingPathComponent(name).standardizedFileURL
      var isDirectory: ObjCBool = false
      guard url.path != own.path,
        manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
      else { continue }
      // Named as the user would type it: relative to the current folder when it is there.
      let here = URL(fileURLWithPath: manager.currentDirectoryPath).standardizedFileURL.path
      let shown = parent.path == here ? name : url.path
      let store = SessionStore(directory: shown)
      let unfinished = store.list(keepingUndoLogs: false, checkingValues: false).sessions
        .map(\.session).filter { $0.status == .inProgress }
      if !unfinished.isEmpty { found.append((store, unfinished)) }
    }
    return found
  }
}
