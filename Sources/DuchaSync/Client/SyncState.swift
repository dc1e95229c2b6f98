import DuchaSession
import Foundation

/// What the folder last agreed with a server on: the content hash of each leader file, so a
/// sync can tell a local edit (push it) from a stale copy (replace it). Kept as
/// `.ducha-sync.json` in the folder (a dot file: never read as a session).
struct SyncState: Codable, Sendable {
  static let fileName = ".ducha-sync.json"

  /// The server this state is about.
  var server: String
  /// Leader file name → content hash of the file as last pushed or written here.
  var documents: [String: String] = [:]
  /// Leader file name → the server's hash of the version the file here stands for: a pulled
  /// copy is masked (`SharedCopy.document`), so its own hash is not the server's, and an edit of
  /// it must name the server's version as the one it started from. Nil in older state files.
  var bases: [String: String]?

  static func load(directory: String, server: String) -> SyncState {
    guard let data = FileManager.default.contents(atPath: directory + "/" + fileName),
      let state = try? JSONDecoder().decode(SyncState.self, from: data), state.server == server
    else { return SyncState(server: server) }
    return state
  }

  func save(directory: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try AtomicFile.write(try encoder.encode(self), to: directory + "/" + Self.fileName)
  }
}
