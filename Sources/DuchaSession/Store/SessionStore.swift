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
  /// Why a session file could not be used.
  public enum LoadError: Error, Sendable, Equatable {
    /// Not JSON, or not a session.
    case unreadable(path: String, detail: String)
    /// Written by a newer ducha.
    case newerFormat(path: String, version: Int)
    /// Written by an older ducha whose format this one cannot read.
    case olderFormat(path: String, version: Int)

    /// What to tell the user, with what to do.
    public var message: Localized {
      switch self {
      case .unreadable(let path, let detail):
        Localized(
          "\(path)：不是 ducha 的检查记录，或文件已损坏（\(detail)）。文件没有改动；请向发送者要一份完整的文件。",
          en: "\(path): not a ducha session, or damaged (\(detail)). The file was left untouched.")
      case .newerFormat(let path, let version):
        Localized(
          "\(path)：记录格式第 \(version) 版，比本程序支持的第 \(Session.currentFormatVersion) 版新。请升级 ducha 后再打开；文件没有改动。",
          en:
            "\(path): format version \(version) is newer than this ducha (\(Session.currentFormatVersion)); upgrade ducha. The file was left untouched."
        )
      case .olderFormat(let path, let version):
        Localized(
          "\(path)：记录格式第 \(version) 版已不再支持。文件没有改动。",
          en:
            "\(path): format version \(version) is no longer supported. The file was left untouched."
        )
      }
    }
  }

  /// The folder.
  public var directory: String

  /// Creates a store over `directory`, which is created on first save.
  public init(directory: String) {
    self.directory = directory
  }

  /// The file of a session: date, unit, checklist and id, so a folder reads well in a file
  /// manager and files from several inspectors never collide. Each part is cleaned of
  /// characters that would point into another folder or make an invalid name (a date typed as
  /// `2021/11/05` must not mean a folder `2021/11`); the unit name is cut to 40 characters so
  /// the name stays within the file system's 255-byte limit.
  public func path(for session: Session) -> String {
    let unit = String(Self.fileNamePart(session.unit.name).prefix(40))
    let parts = [
      Self.fileNamePart(session.date), unit, Self.fileNamePart(session.checklistID),
      Self.fileNamePart(session.id),
    ]
    return directory + "/" + parts.joined(separator: "_") + ".json"
  }

  /// `text` without path separators, characters Windows forbids, whitespace and controls.
  private static func fileNamePart(_ text: String) -> String {
    text.filter { character in
      !"/\\:*?\"<>|".contains(character) && !character.isWhitespace
        && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
  }

  /// Saves `session` durably; on return the file is complete on disk.
  public func save(_ session: Session) throws {
    if !FileManager.default.fileExists(atPath: directory) {
      // 0700: the folder holds minors' names; only the inspector may list or read it.
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      chmod(directory, 0o700)
      // The new folder's own entry must reach the disk too, or a power cut could lose it.
      AtomicFile.syncDirectory((directory as NSString).deletingLastPathComponent)
    }
    try AtomicFile.write(try Self.encode(session), to: path(for: session))
  }

  /// Encodes a session as the documented JSON: pretty, keys sorted, so diffs stay readable.
  public static func encode(_ session: Session) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(session)
  }

  /// Reads a session file, refusing other format versions with a clear message.
  public static func load(path: String) throws(LoadError) -> Session {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, detail: "无法读取 / cannot read")
    }
    struct Version: Decodable { var formatVersion: Int }
    guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
      throw .unreadable(path: path, detail: "没有 formatVersion / no formatVersion")
    }
    if version.formatVersion > Session.currentFormatVersion {
      throw .newerFormat(path: path, version: version.formatVersion)
    }
    if version.formatVersion < 1 { throw .olderFormat(path: path, version: version.formatVersion) }
    do {
      return try JSONDecoder().decode(Session.self, from: data)
    } catch {
      throw .unreadable(path: path, detail: "\(error)".prefix(160).description)
    }
  }

  /// Every session file in the folder, newest first, with files that could not be read.
  public func list() -> (sessions: [(path: String, session: Session)], problems: [LoadError]) {
    sweepStaleTemporaries()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var sessions: [(String, Session)] = []
    var problems: [LoadError] = []
    // "." marks temporary files of a save in progress; "_" marks the team leader's own files
    // (merge decisions, the problem list) kept in the same folder.
    for name in names.sorted()
    where name.hasSuffix(".json") && !name.hasPrefix(".") && !name.hasPrefix("_") {
      let path = directory + "/" + name
      do {
        sessions.append((path, try Self.load(path: path)))
      } catch {
        problems.append(error)
      }
    }
    return (sessions.sorted { $0.1.updatedAt > $1.1.updatedAt }, problems)
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
