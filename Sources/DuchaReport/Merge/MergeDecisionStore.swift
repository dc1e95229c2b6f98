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

  /// Why the decisions could not be read.
  public struct LoadError: Error, Sendable {
    /// What to tell the user: where, what, how to fix.
    public var message: Localized
  }

  /// The decisions recorded so far (none when the file does not exist). A file that cannot be
  /// read (cut short, saved again as GBK, edited by hand) is refused at its place, never taken
  /// as no decisions: a summary would then show the leader's choices as open again, and a
  /// merge would write its new choices over the old ones.
  public func load() throws(LoadError) -> [MergeDecision] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    do {
      return try JSONDecoder().decode([MergeDecision].self, from: data)
    } catch {
      let what = JSONFileProblem.located(path, error, in: data, opening: "[")
      throw LoadError(
        message: Localized(
          "\(what.zh)。组长的合并决定读不了，文件没有改动；改好后重新运行（或换回一份完整的文件）。",
          en:
            "\(what.en). The leader's merge decisions cannot be read and were left untouched; run again once the file is mended (or a whole copy is back)."
        ))
    }
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
