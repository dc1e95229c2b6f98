import DuchaChecklist
import DuchaSession

/// `ducha roster … --session ID`: the registry figures a roster check computed, with the
/// students concerned, put into an inspection's 学籍核查 and saved. The durability rules are
/// the REPL's: the session is found by its id or the id's beginning, never filled in when
/// another copy of it was continued apart, edited only under its lock (an inspector's REPL
/// keeps it), and read again under the lock, so a save the REPL made meanwhile is kept.
public enum RegistryFill {
  /// Fills `check` into the session of `directory` whose id is or begins with `id`, citing the
  /// registry `files` (whole paths), at time `now`; returns the session as saved.
  public static func fill(
    _ id: String, in directory: String, with check: RosterCheck, files: [String], now: String
  ) throws(RegistryFillProblem) -> Session {
    let store = SessionStore(directory: directory)
    let (listed, problems) = store.list()
    let matches = listed.filter { $0.session.id == id || $0.session.id.hasPrefix(id) }
    guard matches.count == 1, let match = matches.first else {
      throw matches.isEmpty ? .noSession : .severalSessions
    }
    var found = match.session
    // Another copy at the same save with other answers (resumed apart on two laptops): filling
    // in this one would make the other an older copy, its answers never used again.
    for case .divergentCopy(let path, let used, let copyID, let apart) in problems
    where copyID == found.id {
      let other = used == match.path ? path : used
      throw .copyApart(
        other: other, chosen: match.path, id: copyID,
        saves: apart.otherSaveWords(other: other, chosen: match.path, used: used))
    }
    guard check.studentCount > 0 else { throw .noStudents }
    // One writer per inspection: an inspector's REPL editing this session keeps it.
    let lock: SessionLock
    do {
      lock = try SessionLock.acquire(directory: directory, id: found.id, now: now)
    } catch {
      // A write-protected stick or a folder without permission is no other editor.
      switch error {
      case .unavailable(_, let code): throw .folderUnavailable(code: code)
      case .held(let by): throw .held(id: found.id, holder: by?.description)
      }
    }
    defer { lock.release() }
    // Read it again under the lock: a REPL may have saved since the folder was listed.
    if let fresh = try? SessionStore.load(path: match.path) { found = fresh }
    check.apply(to: &found.registry, files: files, time: now)
    found.updatedAt = now
    do {
      try store.save(&found)
    } catch {
      throw .saveFailed(SessionSaveProblem.message(for: error, folder: directory))
    }
    return found
  }
}
