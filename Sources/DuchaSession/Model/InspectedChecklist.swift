import DuchaChecklist
import Foundation

/// The checklist a session was inspected with (format 3): its id, content hash and full text,
/// recorded when the inspection starts, so the file scores the same on any laptop even when
/// that laptop's checklists are missing or newer.
public struct InspectedChecklist: Codable, Sendable, Equatable {
  /// The checklist's `清单` id.
  public var id: String
  /// `sha256:` and the SHA-256 of `source` in UTF-8.
  public var contentHash: String
  /// The file name it was read from, e.g. `lingbi-xueji.ducha`.
  public var fileName: String
  /// The checklist's full text.
  public var source: String
  /// The absolute path it was read from, so that `resume` can say when that file has changed
  /// since (a file given with `--checklist FILE` is in no checklist folder to compare with).
  /// Absent from files written before it was kept.
  public var path: String?

  /// Records `checklist` (which must have been loaded from text).
  public init(_ checklist: Checklist) {
    self.id = checklist.id
    self.contentHash = checklist.contentHash
    self.fileName = (checklist.file as NSString).lastPathComponent
    self.source = checklist.source
    self.path = Self.absolute(checklist.file)
  }

  /// The file at `path` when its text is not the recorded one: its short hash, else nil (the
  /// same text, no path kept, or a file that is gone or unreadable).
  public func changedFileHash() -> String? {
    // Decoded as the loader decodes it (GB18030, a BOM), so a file saved unchanged matches.
    guard let path, let text = SourceDecoder.load(path: path).0?.text else { return nil }
    let hash = ContentHash.of(text)
    return hash == contentHash ? nil : hash
  }

  /// The file's absolute path, or nil when `file` names no file on disk (a checklist built
  /// into the program, or text loaded under a label).
  private static func absolute(_ file: String) -> String? {
    guard !file.isEmpty else { return nil }
    let directory = FileManager.default.currentDirectoryPath as NSString
    let path =
      file.hasPrefix("/")
      ? file : (directory.appendingPathComponent(file) as NSString).standardizingPath
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Parses and validates the recorded text. Diagnostics point at `SESSION#FILE`.
  public func load(sessionPath: String) -> (Checklist?, [Diagnostic]) {
    let (checklist, diagnostics) = ChecklistLoader.load(
      source: SourceText(file: "\(sessionPath)#\(fileName)", text: source))
    guard let checklist, checklist.id == id else { return (nil, diagnostics) }
    return (checklist, diagnostics)
  }
}
