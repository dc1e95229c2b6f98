import DuchaChecklist
import DuchaSession
import Foundation

/// `ducha sync`: brings a folder of session files and the county server level. Offline first:
/// the folder is always the inspector's own copy; a sync pushes every version the server lacks
/// (each push is idempotent: session id + save sequence + content hash), so an interrupted sync
/// simply runs again, and pulls what the group needs without ever replacing a newer file.
public struct FolderSync: Sendable {
  /// What one sync did, for the summary line.
  public struct Report: Sendable, Equatable {
    /// Versions the server stored because of this sync.
    public var pushed = 0
    /// Versions the server had already.
    public var alreadyThere = 0
    /// Sessions written into the folder (absent or older here).
    public var pulled = 0
    /// Leader files pushed or pulled.
    public var documents = 0
    /// Files that could not be pushed or written, with why, in Chinese and English.
    public var messages: [Localized] = []
    /// `messages` in Chinese.
    public var problems: [String] { messages.map(\.zh) }
    /// The files written for sessions the server holds in several copies that went apart,
    /// with who pushed each: a leader's command over a mirror names the people, not the files.
    public var copiesApart: [String: PulledCopy] = [:]

    /// Creates an empty report.
    public init() {}
  }

  /// The folder.
  public var directory: String
  /// The server.
  public var client: SyncClient

  /// Creates a sync of `directory` with `client`'s server.
  public init(directory: String, client: SyncClient) {
    self.directory = directory
    self.client = client
  }

  /// Pushes every session file (newest copy of each) and, for a leader, the group's leader
  /// files, that the server does not have yet.
  public func push(into report: inout Report) async throws(SyncError) {
    let store = SessionStore(directory: directory)
    let (found, problems) = store.list()
    for problem in problems {
      if case .olderCopy = problem { continue }
      if case .suspectValues = problem { continue }
      if let words = Self.notPushed(problem) {
        report.messages.append(words)
        continue
      }
      report.messages.append(problem.message)
    }
    // Copies that went apart: pushing the one `list` keeps would make the other's answers an
    // older version on the server, never used again.
    let apart = Self.sessionsApart(problems)
    let index = try await client.get(SyncRoute.sessionIndex, as: SessionIndex.self)
    let known = Set(index.versions)
    let newest = Self.newestOnServer(index.versions)
    // A masked copy pulled from the server is the server's own version, masked: never sent back.
    for (path, session) in found where session.maskedCopy != true && !apart.contains(session.id) {
      guard let bytes = FileManager.default.contents(atPath: path) else {
        report.messages.append(
          Localized("\(path)：读不出来，没有上传。", en: "\(path): cannot be read; not uploaded."))
        continue
      }
      let key = SessionVersionKey(
        id: session.id, saveSequence: session.saveSequence ?? 0,
        contentHash: SessionVersionKey.contentHash(of: bytes))
      // Pushed all the same (nothing is lost), and said: the leader cannot choose between them.
      if let words = Self.apartOnServer(path, key, newest) { report.messages.append(words) }
      if known.contains(key) {
        report.alreadyThere += 1
        continue
      }
      do {
        let receipt = try await client.post(SyncRoute.sessions, body: bytes, as: PushReceipt.self)
        if receipt.stored { report.pushed += 1 } else { report.alreadyThere += 1 }
      } catch .refused(let status, let message) {
        // One refused file (another group's unit, a damaged file) must not stop the others.
        let name = (path as NSString).lastPathComponent
        report.messages.append(
          Localized(
            "\(name)：服务器拒绝（\(status)）：\(message)",
            en: "\(name): the server refused (\(status)): \(message)"))
      } catch {
        // The network went away half-way: what is already on the server is said with it.
        throw report.pushed > 0 ? .interrupted(pushed: report.pushed, cause: error) : error
      }
    }
  }

  /// Writes the server's newest versions of each session the account may see into the folder
  /// when no copy in the folder holds them (`SaveHistory.holds`: the folder lacks the session,
  /// or holds an older save of it); a copy here that is newer, the same, or continued apart is
  /// never replaced. A version beside which the folder keeps a copy it does not hold is
  /// written beside it (`…-另一份2.json`), so that the listing names both.
  public func pullSessions(into report: inout Report, group: String? = nil, reveal: Bool = false)
    async throws(SyncError)
  {
    try await pullSessions(into: &report, group: group, reveal: reveal, mirroring: false)
  }

  /// `pullSessions`; when `mirroring` (a private folder for one command), copies apart on the
  /// server are not said here: the command's listing says them, naming who pushed each.
  private func pullSessions(
    into report: inout Report, group: String?, reveal: Bool, mirroring: Bool
  ) async throws(SyncError) {
    let store = SessionStore(directory: directory)
    let (local, problems) = store.list()
    let apart = Self.ownCopiesApart(problems)
    let here = Self.copiesHere(local, problems)
    let query = Self.query(group: group, reveal: reveal)
    let pull = try await client.get(SyncRoute.sessions, query: query, as: SessionPull.self)
    try makeFolder()
    for copies in Self.bySession(pull.sessions) {
      let key = copies[0].key
      var written: [String] = []
      var unit: String?
      defer {
        // Two laptops pushed this session apart: every copy comes, and is said.
        if copies.count > 1, !mirroring {
          report.messages.append(Self.notOneCopy(copies, unit: unit, written: written))
        }
      }
      var pulled: [(PulledSession, Session)] = []
      for version in copies {
        guard let session = try? JSONDecoder().decode(Session.self, from: Data(version.body.utf8)),
          session.id == version.key.id
        else {
          report.messages.append(
            Localized(
              "服务器上的记录 \(version.key.id) 读不懂，没有写入。",
              en: "the server's record \(version.key.id) cannot be read; not written."))
          continue
        }
        unit = unit ?? session.unit.name
        pulled.append((version, session))
      }
      let mine = here[key.id] ?? []
      let missing = pulled.filter { _, session in
        !mine.contains { SaveHistory.holds($0.session, session) }
      }
      if missing.isEmpty { continue }
      // Written under the session's own name, it would replace one of two copies that went
      // apart here, and that copy's answers with it.
      if apart.contains(key.id) {
        report.messages.append(Self.notPulled(key, problems))
        continue
      }
      for (number, (version, session)) in zip(1..., missing) {
        let canonical = store.path(for: session)
        // The session's own name is taken over only from a copy the pulled version holds.
        let replaces =
          number == 1
          && (mine.first { $0.path == canonical }.map { SaveHistory.holds(session, $0.session) }
            ?? !FileManager.default.fileExists(atPath: canonical))
        if replaces { Self.removeMaskedCopies(of: key.id, problems) }
        let path = replaces ? canonical : Self.freeCopyPath(canonical, from: number)
        do {
          try AtomicFile.write(Data(version.body.utf8), to: path)
          written.append(path)
          if copies.count > 1 {
            report.copiesApart[path] = PulledCopy(
              id: key.id, saveSequence: version.key.saveSequence, pushedBy: version.pushedBy,
              unit: session.unit.name)
          }
          report.pulled += 1
        } catch {
          report.messages.append(Self.notWritten(path, error))
        }
      }
    }
  }

  /// Pushes the leader files changed here since the last sync, then writes the server's newest
  /// version of each where this folder has no unsynced edit of its own.
  public func syncDocuments(
    into report: inout Report, pushing: Bool, group: String? = nil, reveal: Bool = false
  ) async throws(SyncError) {
    var state = SyncState.load(directory: directory, server: client.server.absoluteString)
    if pushing {
      for name in GroupDocument.names {
        guard let bytes = FileManager.default.contents(atPath: directory + "/" + name) else {
          continue
        }
        let hash = SessionVersionKey.contentHash(of: bytes)
        guard state.documents[name] != hash else { continue }
        let push = DocumentPush(
          name: name, previousHash: state.bases?[name] ?? state.documents[name],
          body: String(decoding: bytes, as: UTF8.self))
        do {
          let body = try JSONEncoder().encode(push)
          let stored = try await client.post(
            SyncRoute.documents, body: body, as: GroupDocument.self)
          state.documents[name] = stored.contentHash
          state.bases = state.bases ?? [:]
          state.bases?[name] = stored.contentHash
          report.documents += 1
        } catch let error as SyncError {
          if case .refused(let status, let message) = error {
            report.messages.append(
              Localized(
                "\(name)：服务器拒绝（\(status)）：\(message)",
                en: "\(name): the server refused (\(status)): \(message)"))
            continue
          }
          throw error
        } catch {
          report.messages.append(Localized("\(name)：\(error)", en: "\(name): \(error)"))
        }
      }
    }
    let pull = try await client.get(
      SyncRoute.documents, query: Self.query(group: group, reveal: reveal), as: DocumentPull.self)
    try makeFolder()
    for document in pull.documents where GroupDocument.names.contains(document.name) {
      let path = directory + "/" + document.name
      let localHash = FileManager.default.contents(atPath: path).map(SessionVersionKey.contentHash)
      let pulledHash = SessionVersionKey.contentHash(of: Data(document.body.utf8))
      state.bases = state.bases ?? [:]
      // The same version as here: the server's own text, or the masked copy pulled before.
      if localHash == document.contentHash || localHash == pulledHash {
        state.documents[document.name] = localHash
        state.bases?[document.name] = document.contentHash
        continue
      }
      // Local edits not yet on the server are kept; the leader pushes them (or resolves the
      // conflict) first.
      if localHash != nil, localHash != state.documents[document.name] {
        report.messages.append(
          Localized(
            "\(document.name)：本机的改动还没上传，服务器上也有 \(document.pushedBy) 的新版本；没有覆盖本机文件。",
            en:
              "\(document.name): the changes here are not uploaded yet, and the server has a newer"
              + " version by \(document.pushedBy); the file here was not overwritten."))
        continue
      }
      do {
        try AtomicFile.write(Data(document.body.utf8), to: path)
        state.documents[document.name] = pulledHash
        state.bases?[document.name] = document.contentHash
        report.documents += 1
      } catch {
        report.messages.append(Self.notWritten(path, error))
      }
    }
    do {
      try state.save(directory: directory)
    } catch {
      report.messages.append(
        Localized(
          "\(directory)：同步记录写不进去（\(error)）。",
          en: "\(directory): the record of this sync cannot be written (\(error))."))
    }
  }

  /// `group` (a county account narrowing to one group) and `reveal` as URL query items.
  static func query(group: String?, reveal: Bool) -> [URLQueryItem] {
    var items: [URLQueryItem] = []
    if let group { items.append(URLQueryItem(name: "group", value: group)) }
    if reveal { items.append(URLQueryItem(name: "reveal", value: "1")) }
    return items
  }

  /// Everything a sync does, in order: push sessions (and, when `documents`, the leader files),
  /// then, when `pull`, bring the group's sessions and leader files into the folder.
  public func run(pull: Bool, group: String? = nil, reveal: Bool = false)
    async throws(SyncError) -> Report
  {
    var report = Report()
    try await push(into: &report)
    let account = try await client.get(SyncRoute.whoami, as: AccountInfo.self)
    if account.role == .leader || pull {
      try await syncDocuments(
        into: &report, pushing: account.role == .leader, group: group, reveal: reveal)
    }
    if pull { try await pullSessions(into: &report, group: group, reveal: reveal) }
    return report
  }

  /// Fills `directory` (new, empty) with what the account may see of the server: the newest
  /// version of each session and the group's leader files, for a leader's read-only command.
  public func mirror(group: String?, reveal: Bool) async throws(SyncError) -> Report {
    var report = Report()
    try await pullSessions(into: &report, group: group, reveal: reveal, mirroring: true)
    try await syncDocuments(into: &report, pushing: false, group: group, reveal: reveal)
    return report
  }

  private static func notWritten(_ path: String, _ error: any Error) -> Localized {
    Localized("\(path)：写不进去（\(error)）。", en: "\(path): cannot be written (\(error)).")
  }

  private func makeFolder() throws(SyncError) {
    guard !FileManager.default.fileExists(atPath: directory) else { return }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw .folderNotMade(path: directory, detail: "\(error)")
    }
  }
}
