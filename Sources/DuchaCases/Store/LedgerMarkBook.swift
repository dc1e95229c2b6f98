import DuchaSession
import Foundation

/// What this machine's user last saw of each ledger file, kept in the user's state folder
/// (`$XDG_STATE_HOME/ducha/ledgers`, else `~/.local/state/ducha/ledgers`), one small file per
/// ledger path. Not beside the ledger: a clerk who copies yesterday's `Ledger/` folder back
/// from a USB stick would copy yesterday's mark with it. It is a safety net, not the ledger:
/// a mark that cannot be written is skipped (the change is already committed), and an
/// unreadable one reads as never seen.
public struct LedgerMarkBook: Sendable {
  /// The folder of the marks.
  public let folder: String

  /// A book in `folder`.
  public init(folder: String) {
    self.folder = folder
  }

  /// The variables `forUser` reads.
  public static let environmentNames = ["XDG_STATE_HOME", "HOME"]

  /// The user's book, from `XDG_STATE_HOME` or `HOME`; nil when neither is set (no place to
  /// keep what was seen, so nothing is checked).
  public static func forUser(environment: [String: String]) -> LedgerMarkBook? {
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
    return state.map { LedgerMarkBook(folder: $0 + "/ducha/ledgers") }
  }

  /// The ledger's absolute path with links resolved: `Ledger/ledger.sqlite` typed in its folder
  /// and the full path typed elsewhere are one ledger.
  static func key(_ ledger: String) -> String {
    URL(fileURLWithPath: ledger).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private struct Stored: Codable {
    var ledger: String
    var mark: LedgerMark
  }

  private func file(_ key: String) -> String {
    // FNV-1a of the path: a short file name for any path, the path itself kept inside.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return folder + "/" + String(hash, radix: 16) + ".json"
  }

  /// What was last seen of `ledger`, or nil.
  public func seen(_ ledger: String) -> LedgerMark? {
    let key = Self.key(ledger)
    guard let data = FileManager.default.contents(atPath: file(key)),
      let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.ledger == key
    else { return nil }
    return stored.mark
  }

  /// Records `mark` as seen of `ledger` (whole or not at all, mode 0600); false when it could
  /// not be written. A mark without `kept` keeps the one recorded before: who gave up later
  /// entries stays known after the next change.
  @discardableResult
  public func record(_ mark: LedgerMark, for ledger: String) -> Bool {
    let key = Self.key(ledger)
    var mark = mark
    if mark.kept == nil { mark.kept = seen(ledger)?.kept }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try AtomicFile.write(try encoder.encode(Stored(ledger: key, mark: mark)), to: file(key))
      return true
    } catch {
      return false
    }
  }
}
