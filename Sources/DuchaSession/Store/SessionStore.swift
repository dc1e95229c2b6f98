import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder of session files (by default `Sessions/`): one JSON file per session, written
/// atomically and durably after every change.
public struct SessionStore: Sendable {
  /// A place in a session file: 1-based line and column (in characters).
  public struct Place: Equatable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
  }

  /// What is wrong with a file that cannot be read, and where when that is known.
  public struct Unreadable: Equatable, Sendable {
    /// What is wrong, in words a leader can act on.
    public var text: Localized
    /// Where, when the file is JSON enough to say.
    public var place: Place?

    /// `path:line:column` when the place is known, else `path`.
    public func located(_ path: String) -> String {
      place.map { "\(path):\($0.line):\($0.column)" } ?? path
    }
  }

  /// Why a session file could not be used.
  public enum LoadError: UserFacingError, Sendable, Equatable {
    /// Not JSON, or not a session.
    case unreadable(path: String, detail: Unreadable)
    /// Written by a newer ducha.
    case newerFormat(path: String, version: Int)
    /// Written by an older ducha whose format this one cannot read.
    case olderFormat(path: String, version: Int)
    /// The same key twice in one JSON object (Foundation would silently keep one).
    case duplicateKey(path: String, field: String)
    /// A field this ducha does not know (a newer ducha's, or added by hand): saving would drop it.
    case unknownField(path: String, field: String)
    /// Values the checklist cannot accept (out of range, not an option, absurd counts): the
    /// session is used, these answers are not scored and their items are 待定.
    case suspectValues(path: String, findings: [SessionFinding])
    /// Another file of the same session (e.g. `…(1).json` received again over WeChat) is newer:
    /// this copy is not used, and never replaces the newer one.
    case olderCopy(path: String, newer: String, id: String, sequence: Int, newerSequence: Int)
    /// Another file of the same session that the kept copy does not hold (`CopiesApart`): at
    /// the same save with other answers, or at another save whose history parts from the
    /// kept one's — the file was copied to two laptops and continued on both, or edited by
    /// hand. Neither is newer, whatever their save numbers, so neither silently wins: said as
    /// a file that cannot be used, with what differs (`used` is the copy a partial result
    /// takes).
    case divergentCopy(path: String, used: String, id: String, apart: CopiesApart)
    /// A file whose name says JSON but does not end in `.json` (`….json.txt`, `….JSON`: a
    /// messenger or a file manager renamed it): not read, and said, so that a session is never
    /// left out of a count without a word.
    case misnamed(path: String, suggested: String)

    /// What to tell the user, with what to do.
    public var message: Localized {
      switch self {
      case .unreadable(let path, let detail):
        Localized(
          "\(detail.located(path))：不是 ducha 的检查记录，或文件已损坏：\(detail.text.zh)。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。",
          en:
            "\(detail.located(path)): not a ducha session, or damaged: \(detail.text.en). The file was left untouched; correct it and run again, or ask the sender for a complete file."
        )
      case .newerFormat(let path, let version):
        Localized(
          "\(path)：记录格式第 \(version) 版，比本程序支持的第 \(Session.currentFormatVersion) 版新。请升级 ducha 后再打开；文件没有改动。",
          en:
            "\(path): format version \(version) is newer than this ducha (\(Session.currentFormatVersion)); upgrade ducha. The file was left untouched."
        )
      case .duplicateKey(let path, let field):
        Localized(
          "\(path)：键“\(field)”出现了两次，不知道该用哪个值。文件没有改动；请删掉多余的一个（或向发送者要一份完整的文件）。",
          en:
            "\(path): the key '\(field)' appears twice, so its value is ambiguous. The file was left untouched; remove one of them."
        )
      case .unknownField(let path, let field):
        Localized(
          "\(path)：有本程序不认识的字段“\(field)”（可能由更新版本的 ducha 写入，或被手工加入）。为免保存时丢掉它，不打开这份文件；请升级 ducha。文件没有改动。",
          en:
            "\(path): unknown field '\(field)' (a newer ducha's, or added by hand). Not opened, so that saving cannot drop it; upgrade ducha. The file was left untouched."
        )
      case .suspectValues(let path, let findings):
        Localized(
          findings.map {
            "\(Unreadable(text: $0.problem, place: $0.place).located(path))："
              + "\($0.field) = \($0.value)：\($0.problem.zh)"
              + ($0.leavesItemsPending
                ? "；相应条目记为“待定”。请在文件的这个位置改正后重新运行，或由检查人员用 ducha resume 打开、“改”这一项。" : "。")
          }.joined(separator: "\n"),
          en: findings.map {
            "\(Unreadable(text: $0.problem, place: $0.place).located(path)): "
              + "\($0.field) = \($0.value): \($0.problem.en)"
              + ($0.leavesItemsPending
                ? "; its items are pending. Correct it at this place in the file and run again, or have the inspector open it with ducha resume and change the item."
                : ".")
          }.joined(separator: "\n"))
      case .olderCopy(let path, let newer, let id, let sequence, let newerSequence)
      where sequence == newerSequence:
        // Same save number: almost always one file received twice ("…(1).json"); calling one
        // of them "newer" would send the leader looking for a difference that is not there.
        Localized(
          "\(path)：与 \((newer as NSString).lastPathComponent) 是同一次检查（编号 \(id)），两份都保存到第 \(sequence) 次（多半是同一个文件收到了两次），只用那份。这份没有使用，文件没有改动。",
          en:
            "\(path): same session (\(id)) as \((newer as NSString).lastPathComponent), both at save \(sequence) (most likely one file received twice); only that one is used. This file was not used and is untouched."
        )
      case .olderCopy(let path, let newer, let id, let sequence, let newerSequence):
        Localized(
          "\(path)：与 \((newer as NSString).lastPathComponent) 是同一次检查（编号 \(id)）；这份是第 \(sequence) 次保存，那份是第 \(newerSequence) 次，用较新的那份。这份没有使用，文件没有改动。",
          en:
            "\(path): same session (\(id)) as \((newer as NSString).lastPathComponent); this is save \(sequence), that one save \(newerSequence), so the newer is used. This file was not used and is untouched."
        )
      case .divergentCopy(let path, let used, let id, let apart):
        Localized(
          apart.described(path: path, used: used, id: id, english: false)
            + "请核对两份：用 ducha resume 要用的那份文件 --settle 以它为准接着做（另一份不同的回答会列出来，还要的补上，此后另一份就算较旧的），或把另一份移出文件夹，再运行；"
            + "加 --allow-partial 时只用 \((used as NSString).lastPathComponent)。两份都没有改动。",
          en: apart.described(path: path, used: used, id: id, english: true)
            + " Compare them: ducha resume FILE --settle goes on with the one to use (the other's differing"
            + " answers are listed to re-enter; the other then counts as older), or move the other"
            + " out of the folder; then run again; with --allow-partial only"
            + " \((used as NSString).lastPathComponent) is used. Both files were left untouched."
        )
      case .misnamed(let path, let suggested):
        Localized(
          "\(path)：文件名不以 .json 结尾（多半是微信或电脑改了扩展名），没有读入。如果它是检查记录，请改名为 \(suggested) 后再运行；文件没有改动。",
          en:
            "\(path): the name does not end in .json (a messenger or the computer changed it), so it was not read. If it is a session, rename it to \(suggested) and run again; the file was left untouched."
        )
      case .olderFormat(let path, let version):
        Localized(
          "\(path)：记录格式第 \(version) 版已不再支持。文件没有改动。",
          en:
            "\(path): format version \(version) is no longer supported. The file was left untouched."
        )
      }
    }

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }
  }

  /// The folder.
  public var directory: String
  /// The last file this store wrote per path (shared by its copies), for `newestCopy`.
  let memo = SaveSequenceMemo()
  /// The bytes of each field of the last session this store saved (shared by its copies), so a
  /// save encodes only the fields that changed.
  let fieldBytes = SessionFieldBytes()
  /// The last file name worked out (every save of a walk asks for the same one).
  let lastPath = LastPath()

  /// Creates a store over `directory`, which is created on first save. A trailing `/`, as a
  /// shell's completion writes `第三组/`, is dropped, so every path and message reads
  /// `第三组/…json`, not `第三组//…json`.
  public init(directory: String) {
    var folder = Substring(directory)
    while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
    self.directory = String(folder)
  }

  /// The file of a session: date, unit, checklist and id, so a folder reads well in a file
  /// manager and files from several inspectors never collide. Each part is cleaned of
  /// characters that would point into another folder or make an invalid name (a date typed as
  /// `2021/11/05` must not mean a folder `2021/11`); the unit name is cut to 40 characters so
  /// the name stays within the file system's 255-byte limit.
  public func path(for session: Session) -> String {
    let parts = [directory, session.date, session.unit.name, session.checklistID, session.id]
    return lastPath.path(for: parts) { makePath(session) }
  }

  /// `path(for:)` worked out: the cleaning looks at the Unicode properties of every character.
  private func makePath(_ session: Session) -> String {
    let unit = String(FileNamePart.clean(session.unit.name).prefix(40))
    let parts = [
      FileNamePart.clean(session.date), unit, FileNamePart.clean(session.checklistID),
      FileNamePart.clean(session.id),
    ]
    var folder = Substring(directory)
    while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }  // `组/` → `组`
    return (folder == "/" ? "" : folder) + "/" + parts.joined(separator: "_") + ".json"
  }

  /// Why a save was refused.
  public enum SaveError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
    /// A copy of the session on disk has a later save sequence than the one being saved from:
    /// another process (or a file copied in) wrote it. Replacing it would lose its answers.
    case newerOnDisk(path: String, onDisk: Int, here: Int)
    /// The session is a masked copy from the county server (`Session.maskedCopy`): saving it
    /// would put masked ID numbers over the real ones.
    case maskedCopy(path: String)

    /// What to tell the user.
    public var message: Localized {
      switch self {
      case .maskedCopy(let path):
        Localized(
          "\(path) 是从县服务器取回的遮蔽副本（姓名、身份证号已遮蔽），只能查看和汇总，不能继续检查或修改：保存会把遮蔽后的姓名和号码当作最新版本，盖过真实的记录。没有保存；请在做这次检查的电脑上继续。",
          en:
            "\(path) is a masked copy from the county server (names and ID numbers hidden): it can be read and summarised, not continued or changed, since saving it would put the masked names and numbers over the real ones. Not saved; continue on the computer the inspection was made on."
        )
      case .newerOnDisk(let path, let onDisk, let here):
        Localized(
          "\(path) 已是第 \(onDisk) 次保存，比这里（第 \(here) 次）新：另一个窗口或另一台电脑改过这份记录。为免覆盖，没有保存；请退出后用 ducha resume 重新打开。",
          en:
            "\(path) is at save \(onDisk), newer than this one (\(here)): another window or computer changed it. Not saved, to avoid overwriting; quit and ducha resume it again."
        )
      }
    }

    /// The Chinese message.
    public var description: String { message.zh }

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }
  }

  /// The highest save sequence among the files of session `id` in the folder (its own file
  /// and copies such as `…(1).json`), with the file that has it.
  public func newestCopy(of id: String, besides path: String) -> (path: String, sequence: Int)? {
    struct Header: Decodable {
      var id: String
      var saveSequence: Int?
    }
    // The folder is listed and the files read with the C library's calls: this runs before
    // every save of a walk, and FileManager's listing and reading (bridged strings, a Data per
    // file) cost more than the bytes they moved (`FolderFiles`).
    var paths = FolderFiles.names(in: directory, containing: id).filter { name in
      name.hasSuffix(".json") && !name.hasPrefix(".") && !name.hasPrefix("_")
    }.map { directory + "/" + $0 }
    if !paths.contains(path) { paths.append(path) }
    var newest: (path: String, sequence: Int)?
    for candidate in paths {
      guard let data = FolderFiles.contents(of: candidate) else { continue }
      // The file this process wrote last, byte for byte, need not be decoded again.
      var header = memo.lookup(candidate, data)
      if header == nil {
        guard
          let read = try? JSONDecoder().decode(
            Header.self, from: SessionFastRead.withoutEmbeddedSource(data) ?? data)
        else { continue }
        header = (read.id, read.saveSequence ?? 0)
      }
      guard let (headerID, sequence) = header, headerID == id else { continue }
      if sequence > newest?.sequence ?? Int.min { newest = (candidate, sequence) }
    }
    return newest
  }

  /// Saves `session` durably and advances its save sequence; on return the file is complete on
  /// disk. Refuses (`SaveError.newerOnDisk`) when a file of the session on disk has a later
  /// sequence than `session`: an older copy never replaces a newer one.
  public func save(_ session: inout Session) throws {
    let save = try prepareSave(&session)
    do {
      try save.run()
    } catch {
      save.restore(&session)
      throw error
    }
  }

  /// `save`, with the check for a newer copy run on another thread while this one encodes the
  /// session and writes the temporary file (write, fsync), and then `work` run on that thread;
  /// the rename that puts the file in place waits for the check and does not happen when it
  /// refuses. The same steps, outcome and errors as `save`: the check still comes before
  /// anything replaces a file. The REPL scores the answer as `work` while the disk flushes.
  /// `work` runs whatever happens: on this thread when the save cannot start (a masked copy, a
  /// folder that cannot be made), since the caller may wait for what it does.
  public func save(_ session: inout Session, alongside work: @escaping @Sendable () -> Void)
    throws
  {
    let save: SaveJob
    do {
      save = try prepareSave(&session)
    } catch {
      work()
      throw error
    }
    let check = CheckAlongside(save, then: work)
    do {
      var gateReached = false
      do {
        try save.write(beforeReplacing: {
          gateReached = true
          try check.outcome()
        })
      } catch {
        // A write that failed before the rename: the check came first in `save`, so its
        // refusal is what is reported, as there.
        if !gateReached { try check.outcome() }
        throw error
      }
    } catch {
      save.restore(&session)
      throw error
    }
  }

  /// What is done before the file is written, on the caller's thread: refusing a masked copy,
  /// creating the folder, advancing the sequence. The rest is `SaveJob.run`.
  func prepareSave(_ session: inout Session) throws -> SaveJob {
    if session.maskedCopy == true { throw SaveError.maskedCopy(path: path(for: session)) }
    if !FileManager.default.fileExists(atPath: directory) {
      // 0700: the folder holds minors' names; only the inspector may list or read it.
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      chmod(directory, 0o700)
      // The new folder's own entry must reach the disk too, or a power cut could lose it.
      AtomicFile.syncDirectory(ParentFolder.of(directory))
    }
    let job = SaveJob(
      store: self, session: session, sequenceBefore: session.saveSequence,
      formatBefore: session.formatVersion)
    session.saveSequence = job.session.saveSequence
    session.saveHistory = job.session.saveHistory
    session.formatVersion = job.session.formatVersion
    return job
  }

  /// One save after `prepareSave`: the check for a newer copy, the encoding, the durable write.
  struct SaveJob: Sendable {
    let store: SessionStore
    /// The session as it is written: the current format, the next sequence.
    let session: Session
    let sequenceBefore: Int?
    let historyBefore: [String]?
    let formatBefore: Int
    /// The file written.
    let target: String

    init(store: SessionStore, session: Session, sequenceBefore: Int?, formatBefore: Int) {
      self.store = store
      self.sequenceBefore = sequenceBefore
      self.historyBefore = session.saveHistory
      self.formatBefore = formatBefore
      var saved = session
      // Read from an older version, written as the current one (which has saveSequence).
      saved.formatVersion = Session.currentFormatVersion
      saved.saveSequence = (sequenceBefore ?? 0) + 1
      // The history records this save's fingerprint, worked out from the bytes written
      // without the history and the undo log (`SaveHistory`).
      var bare = saved
      bare.saveHistory = nil
      bare.undoLog = nil
      if let bytes = try? SessionStore.encodedBytes(bare, reusing: store.fieldBytes) {
        saved.saveHistory = SaveHistory.appending(
          (sequenceBefore ?? 0) + 1, SaveHistory.fingerprint(ofBytes: bytes),
          to: saved.saveHistory)
      }
      self.session = saved
      target = store.path(for: saved)
    }

    /// The whole save, in order: the check, then the write.
    func run() throws {
      try check()
      try write(beforeReplacing: {})
    }

    /// Refuses (`SaveError.newerOnDisk`) when a file of the session on disk has a later
    /// sequence than the one this save starts from.
    func check() throws {
      let here = sequenceBefore ?? 0
      if let newest = store.newestCopy(of: session.id, besides: target), newest.sequence > here {
        throw SaveError.newerOnDisk(path: newest.path, onDisk: newest.sequence, here: here)
      }
    }

    /// Encodes the session and writes it durably (`AtomicFile.write`), calling `gate` once
    /// the temporary file is complete on disk and before it replaces the session's file: a
    /// `gate` that throws leaves the file as it was.
    func write(beforeReplacing gate: () throws -> Void) throws {
      let bytes = try SessionStore.encodedBytes(session, reusing: store.fieldBytes)
      try bytes.withUnsafeBytes { buffer in
        try AtomicFile.write(buffer, to: target, beforeReplacing: gate)
      }
      store.memo.remember(target, bytes, id: session.id, sequence: (sequenceBefore ?? 0) + 1)
    }

    /// Puts back the sequence and format version of a session whose save failed.
    func restore(_ session: inout Session) {
      session.saveSequence = sequenceBefore
      session.saveHistory = historyBefore
      session.formatVersion = formatBefore
    }
  }

  /// Encodes a session as the documented JSON: pretty, keys sorted, so diffs stay readable.
  public static func encode(_ session: Session) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Most of the file is the same at every save of a walk: the embedded checklist text (escaped
    // once) and the undo log's steps (each encoded once). Both are spliced into the rest, which
    // is all the encoder still has to write.
    let source = session.inspectedChecklist?.source ?? ""
    let steps = session.undoLog ?? []
    guard !source.isEmpty || !steps.isEmpty else { return try encoder.encode(session) }
    var rest = session
    if !source.isEmpty { rest.inspectedChecklist?.source = "" }
    if !steps.isEmpty { rest.undoLog = [] }
    let bytes = [UInt8](try encoder.encode(rest))
    var pieces: [(range: Range<Int>, bytes: [UInt8])] = []
    if !source.isEmpty {
      guard
        let range = bytes.withUnsafeBufferPointer({ SessionFastRead.embeddedSourceRange(in: $0) }),
        range.isEmpty
      else { return try encoder.encode(session) }
      pieces.append((range, try EscapedSourceCache.shared.escaped(source, encoder: encoder)))
    }
    if !steps.isEmpty {
      guard let range = bytes.withUnsafeBufferPointer({ UndoLogSplice.valueRange(in: $0) }) else {
        return try encoder.encode(session)
      }
      pieces.append((range, try UndoLogSplice.arrayBytes(steps, encoder: encoder)))
    }
    pieces.sort { $0.range.lowerBound < $1.range.lowerBound }
    var data = Data(capacity: bytes.count + pieces.reduce(0) { $0 + $1.bytes.count })
    var position = 0
    for piece in pieces {
      data.append(contentsOf: bytes[position..<piece.range.lowerBound])
      data.append(contentsOf: piece.bytes)
      position = piece.range.upperBound
    }
    data.append(contentsOf: bytes[position...])
    return data
  }

  /// The bytes `encode` writes, made from the bytes of each field at the last save through
  /// `fields` where the field did not change (`SessionFieldBytes`).
  static func encode(_ session: Session, reusing fields: SessionFieldBytes) throws -> Data {
    Data(try encodedBytes(session, reusing: fields))
  }

  /// `encode(_:reusing:)`'s bytes as the array they are put together in, which a save writes.
  static func encodedBytes(_ session: Session, reusing fields: SessionFieldBytes) throws
    -> [UInt8]
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try fields.bytes(session, encoder: encoder)
  }

  /// Reads a session file, refusing other format versions with a clear message.
  public static func load(path: String) throws(LoadError) -> Session {
    try load(path: path, keepingUndoLog: true)
  }

  /// `load(path:)`; `keepingUndoLog: false` gives the session without its undo log, which the
  /// fast reader then checks without building (`UndoLogCheck`). The checks and messages are
  /// those of `load(path:)`.
  static func load(path: String, keepingUndoLog: Bool) throws(LoadError) -> Session {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(
        path: path, detail: Unreadable(text: Localized("无法读取", en: "cannot read")))
    }
    var session = try read(data, path: path, keepingUndoLog: keepingUndoLog)
    if !keepingUndoLog { session.undoLog = nil }
    return session
  }

  /// Reads a session from a file's bytes (a file pushed to the county server), with the same
  /// checks as `load(path:)`; `path` names it in messages.
  public static func decode(_ data: Data, path: String) throws(LoadError) -> Session {
    try read(data, path: path)
  }

  /// Reads the bytes of the session file at `path`. `fast: false` skips the fast path, so tests
  /// can hold the two to the same answers and the same messages.
  /// `keepingUndoLog: false` lets the fast reader leave the undo log out (the exact path still
  /// reads it; the caller drops it).
  static func read(
    _ data: Data, path: String, fast: Bool = true, keepingUndoLog: Bool = true
  ) throws(LoadError) -> Session {
    // The session format as ducha writes it, read in one pass; nil for anything unusual.
    if fast, !SessionReader.switchedOff,
      let session = data.withUnsafeBytes({
        SessionReader.read($0.bindMemory(to: UInt8.self), keepingUndoLog: keepingUndoLog)
      })
    {
      return session
    }
    // Saved again as “Unicode” in Notepad: every other byte is 0, and read as UTF-8 bytes the
    // file was reported as a duplicate key spelled “ i n s p e c t e d …” with binary junk.
    if let problem = SessionDecodingProblem.utf16(data) {
      throw .unreadable(
        path: path, detail: Unreadable(text: problem, place: Place(line: 1, column: 1)))
    }
    // Foundation keeps one of two equal keys silently: `"formatVersion": 3 … "formatVersion": 2`
    // would be read as either. Such a file is refused, naming the key.
    let bytes = [UInt8](data)
    if let duplicate = JSONKeyCheck.firstDuplicate(in: bytes) {
      throw .duplicateKey(path: path, field: duplicate.field)
    }
    if fast, let session = fastLoad(bytes, path: path) { return session }
    return try decodeChecked(data, path: path)
  }

  /// The file without the bytes of its embedded checklist text, through the same checks as the
  /// whole file, with the text decoded on its own and put back (see `SessionFastRead`); nil
  /// whenever the whole file must be read instead (so every message stays that path's).
  private static func fastLoad(_ bytes: [UInt8], path: String) -> Session? {
    let cut = bytes.withUnsafeBufferPointer { buffer -> (Data, String)? in
      guard let range = SessionFastRead.embeddedSourceRange(in: buffer),
        let source = SessionFastRead.plainString(buffer, range)
      else { return nil }
      var reduced = Data(capacity: buffer.count - range.count)
      reduced.append(UnsafeBufferPointer(rebasing: buffer[..<range.lowerBound]))
      reduced.append(UnsafeBufferPointer(rebasing: buffer[range.upperBound...]))
      return (reduced, source)
    }
    guard let (reduced, source) = cut, var session = try? decodeChecked(reduced, path: path),
      session.inspectedChecklist?.source.isEmpty == true
    else { return nil }
    session.inspectedChecklist?.source = source
    return session
  }

  /// Every check of `load` after the duplicate keys: format version, decoding, unknown fields.
  private static func decodeChecked(_ data: Data, path: String) throws(LoadError) -> Session {
    struct Version: Decodable { var formatVersion: Int }
    guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
      if let (place, detail) = SessionDecodingProblem.syntax(data) {
        throw .unreadable(path: path, detail: Unreadable(text: detail, place: place))
      }
      throw .unreadable(
        path: path,
        detail: Unreadable(text: Localized("没有 formatVersion", en: "no formatVersion")))
    }
    if version.formatVersion > Session.currentFormatVersion {
      throw .newerFormat(path: path, version: version.formatVersion)
    }
    if version.formatVersion < 1 { throw .olderFormat(path: path, version: version.formatVersion) }
    let session: Session
    do {
      session = try JSONDecoder().decode(Session.self, from: data)
    } catch {
      // Foundation's parser lets `045` and GBK bytes through and the decoder then refuses the
      // whole file without a place: what it is is found and named instead.
      let (place, detail) =
        SessionDecodingProblem.hiddenProblem(data)
        ?? SessionDecodingProblem.describe(error, in: data)
      throw .unreadable(path: path, detail: Unreadable(text: detail, place: place))
    }
    // Fields this ducha does not know would be dropped by its next save: refuse to open.
    if let reencoded = try? encode(session),
      let field = UnknownFields.first(in: data, reencoded: reencoded)
    {
      throw .unknownField(path: path, field: field)
    }
    return session
  }

  /// Every session file in the folder, newest first, with files that could not be read.
  /// Values a checklist cannot accept are reported as `.suspectValues` (the sessions are still
  /// listed): against the session's checklist among `checklists`, else the counts alone.
  public func list(checkingAgainst checklists: [Checklist] = []) -> (
    sessions: [(path: String, session: Session)], problems: [LoadError]
  ) {
    list(checkingAgainst: checklists, keepingUndoLogs: true)
  }

  /// `list`; `keepingUndoLogs: false` drops each session's undo log as soon as it is read: a
  /// leader's summary never uses it, and ten thousand of them were held until it was built.
  /// `checkingValues: false` reports no `.suspectValues`, for a caller that checks every
  /// session against the checklist that scores it anyway (`SessionCollection`).
  public func list(
    checkingAgainst checklists: [Checklist] = [], keepingUndoLogs: Bool,
    checkingValues: Bool = true
  ) -> (sessions: [(path: String, session: Session)], problems: [LoadError]) {
    sweepStaleTemporaries()
    let found = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    // Sorted once, by their bytes where that is `String`'s order (`PlainTextOrder`): ten
    // thousand names of Chinese units were sorted twice through Unicode comparisons, on one
    // core while the others waited.
    let names =
      found.allSatisfy(PlainTextOrder.isPlain)
      ? found.sorted(by: PlainTextOrder.bytesLess) : found.sorted()
    var problems: [LoadError] = []
    // "." marks temporary files of a save in progress; "_" marks the team leader's own files
    // (merge decisions, the problem list) kept in the same folder.
    let paths = names.filter {
      $0.hasSuffix(".json") && !$0.hasPrefix(".") && !$0.hasPrefix("_")
    }.map { directory + "/" + $0 }
    for name in names {
      if let suggested = Self.sessionNameRenamed(name) {
        problems.append(.misnamed(path: directory + "/" + name, suggested: suggested))
      }
    }
    // Files are read, decoded and checked on every core; the results are taken in name order.
    let loaded = paths.concurrentMap { path -> Result<(Session, [SessionFinding]), LoadError> in
      do throws(LoadError) {
        let session = try Self.load(path: path, keepingUndoLog: keepingUndoLogs)
        guard checkingValues else { return .success((session, [])) }
        let findings =
          checklists.first { $0.id == session.checklistID }.map { session.findings(against: $0) }
          ?? session.findingsWithoutChecklist
        return .success((session, findings))
      } catch {
        return .failure(error)
      }
    }
    // Each session is moved out of its result, never copied: a copy retains every field, and
    // ten thousand of them (then their releases) ran on one core while the other waited.
    var read: [Session?] = []
    var readPaths: [String] = []
    read.reserveCapacity(loaded.count)
    readPaths.reserveCapacity(loaded.count)
    for (path, result) in zip(paths, consume loaded) {
      switch consume result {
      case .success(let (session, findings)):
        read.append(session)
        readPaths.append(path)
        if !findings.isEmpty {
          problems.append(
            .suspectValues(path: path, findings: SessionFinding.located(findings, inFileAt: path)))
        }
      case .failure(let error):
        problems.append(error)
      }
    }
    let (order, older) = Self.newestOrder(
      paths: readPaths, ids: read.map { $0?.id ?? "" },
      sequences: read.map { $0?.saveSequence ?? 0 }, times: read.map { $0?.updatedAt ?? "" },
      apart: { other, kept in
        guard let other = read[other], let kept = read[kept] else { return nil }
        return CopiesApart.between(other, kept: kept)
      })
    var sessions: [(path: String, session: Session)] = []
    sessions.reserveCapacity(order.count)
    for index in order {
      var session: Session?
      swap(&session, &read[index])
      if let session { sessions.append((readPaths[index], session)) }
    }
    return (sessions, problems + older)
  }

  /// One file per session id: the newest (highest save sequence, then latest `updatedAt`, then
  /// the shorter name), newest first; the other copies reported as `.olderCopy` when it holds
  /// them, else (continued apart, edited by hand: `CopiesApart`) as `.divergentCopy`, never
  /// used.
  public static func newestCopies(_ found: [(path: String, session: Session)]) -> (
    sessions: [(path: String, session: Session)], older: [LoadError]
  ) {
    let (order, older) = newestOrder(
      paths: found.map(\.path), ids: found.map(\.session.id),
      sequences: found.map { $0.session.saveSequence ?? 0 }, times: found.map(\.session.updatedAt),
      apart: { CopiesApart.between(found[$0].session, kept: found[$1].session) })
    return (order.map { found[$0] }, older)
  }

  /// `newestCopies` by positions: the positions of the copies kept, newest first, and the
  /// others reported. Positions are compared, kept and sorted, by keys read once, never the
  /// entries: a Session is a large value, and moving (even reading `found[i]` of) ten thousand
  /// of them through a dictionary and a sort retained and released every field of each many
  /// times, on one core while the others waited.
  ///
  /// `apart(other, kept)` says how the copy at `other` stands to the copy kept for its id
  /// (`CopiesApart.between`): nil when the kept one holds it. It is asked only of ids with
  /// more than one file (rare), so the fingerprints it works out cost nothing in a folder of
  /// one file per session.
  static func newestOrder(
    paths: [String], ids: [String], sequences: [Int], times: [String],
    apart: (Int, Int) -> CopiesApart?
  ) -> (order: [Int], older: [LoadError]) {
    func isNewer(_ a: Int, _ b: Int) -> Bool {
      if sequences[a] != sequences[b] { return sequences[a] > sequences[b] }
      if times[a] != times[b] { return times[a] > times[b] }
      // The same save under two names: keep the name ducha gave it, not the "…(1).json" a
      // chat program made when the file was received again (it sorts first: "(" < ".").
      if paths[a].utf8.count != paths[b].utf8.count {
        return paths[a].utf8.count < paths[b].utf8.count
      }
      return paths[a] < paths[b]
    }
    var best: [String: Int] = [:]
    best.reserveCapacity(ids.count)
    for index in ids.indices {
      if let current = best[ids[index]], !isNewer(index, current) { continue }
      best[ids[index]] = index
    }
    var older: [LoadError] = []
    for index in ids.indices {
      guard let kept = best[ids[index]], paths[kept] != paths[index] else { continue }
      if let details = apart(index, kept) {
        older.append(
          .divergentCopy(path: paths[index], used: paths[kept], id: ids[index], apart: details))
        continue
      }
      older.append(
        .olderCopy(
          path: paths[index], newer: paths[kept], id: ids[index], sequence: sequences[index],
          newerSequence: sequences[kept]))
    }
    // Names of one time compared by their bytes where that is the same order (`PlainTextOrder`).
    let plain = paths.map(PlainTextOrder.isPlain)
    let order = best.values.sorted { a, b in
      times[a] != times[b]
        ? times[a] > times[b] : PlainTextOrder.less(paths[a], plain[a], paths[b], plain[b])
    }
    return (order, older)
  }

  /// Removes temporary files that a killed save left behind (`.NAME.PID.RAND.tmp` whose process
  /// is gone): they hold minors' data and would otherwise pile up. A live process's file is
  /// left alone — it may be saving right now.
  public func sweepStaleTemporaries() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
      let parts = name.split(separator: ".")
      guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
        unlink(directory + "/" + name)
      }
    }
  }
}
