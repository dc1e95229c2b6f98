import DuchaChecklist
import DuchaSession
import Foundation

/// The leader's merge decisions, kept as `合并决定.json` in the folder beside the sessions, so
/// the inspectors' own files are never modified.
public struct MergeDecisionStore: Sendable {
  /// The file's name inside a folder.
  public static let fileName = "_合并决定.json"

  /// The folder.
  public var directory: String

  /// Creates a store for `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  // `第三组/` as typed (a shell completes folders with the slash) must not print `第三组//…`.
  var path: String { (directory as NSString).appendingPathComponent(Self.fileName) }

  /// The decisions recorded so far (none when the file does not exist).
  public func load() throws -> [MergeDecision] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return try JSONDecoder().decode([MergeDecision].self, from: data)
  }

  /// Appends a decision and saves durably.
  public func append(_ decision: MergeDecision) throws {
    var decisions = try load()
    decisions.append(decision)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try AtomicFile.write(try encoder.encode(decisions), to: path)
  }
}
