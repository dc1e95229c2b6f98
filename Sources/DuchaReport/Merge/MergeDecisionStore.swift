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
  public struct LoadError: UserFacingError, Sendable {
    /// What to tell the user: where, what, how to fix.
    public var message: Localized

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }
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

  /// Appends a decision and saves durably. When another `ducha merge` (a second leader, a
  /// second terminal) saved a decision between the read and the write, the decision is
  /// appended to that newer file instead of writing the older one over it; after `attempts`
  /// such collisions it throws `LoadError` and the file keeps the other's decisions.
  public func append(_ decision: MergeDecision, attempts: Int = 3) throws {
    try append(decision, attempts: attempts, meanwhile: {})
  }

  /// `append`, running `meanwhile` between the read and the write: where a test plays the
  /// other terminal.
  func append(_ decision: MergeDecision, attempts: Int, meanwhile: () -> Void) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    for _ in 0..<max(attempts, 1) {
      let before = FileManager.default.contents(atPath: path)
      let decisions = try load() + [decision]
      let data = try encoder.encode(decisions)
      meanwhile()
      // Compared and replaced under the folder's lock, so another process's decision saved
      // between the two is never written over (`FolderLock`).
      let saved = try FolderLock.exclusively(directory) {
        guard FileManager.default.contents(atPath: path) == before else { return false }
        try AtomicFile.write(data, to: path)
        return true
      }
      if saved { return }
    }
    throw LoadError(
      message: Localized(
        "\(path) 一直在被另一条 ducha merge 改写；这次的决定没有保存，已有的决定都在。请等另一条命令结束后重新运行。",
        en:
          "\(path) kept being rewritten by another ducha merge; this decision was not saved and the ones there are kept. Run again once the other command has finished."
      ))
  }

  /// What to tell the user when `append` failed: the file's own message (damaged, kept
  /// changing), or which folder could not be written and what to do.
  public func explain(_ error: any Error) -> Localized {
    (error as? LoadError)?.message ?? OutputFileProblem.explain(path, error)
  }
}
