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

  /// Records `checklist` (which must have been loaded from text).
  public init(_ checklist: Checklist) {
    self.id = checklist.id
    self.contentHash = checklist.contentHash
    self.fileName = (checklist.file as NSString).lastPathComponent
    self.source = checklist.source
  }

  /// The file named `fileName` in the first of `folders` that holds one, with its short hash,
  /// when its text is not the recorded one; nil when it is the same or no folder holds it.
  /// A file given with `--checklist FILE` is in no checklist folder; its path is not kept in
  /// the session (a field older versions do not know would make them refuse the file, and a
  /// path shows the inspector's own folders), so it is looked for where the inspector works.
  public func changedFile(in folders: [String]) -> (path: String, hash: String)? {
    for folder in folders {
      let path = (folder as NSString).appendingPathComponent(fileName)
      guard FileManager.default.fileExists(atPath: path) else { continue }
      // Decoded as the loader decodes it (GB18030, a BOM), so a file saved unchanged matches.
      guard let text = SourceDecoder.load(path: path).0?.text else { return nil }
      let hash = ContentHash.of(text)
      return hash == contentHash ? nil : (path, hash)
    }
    return nil
  }

  /// Parses and validates the recorded text. Diagnostics point at `SESSION#FILE`.
  public func load(sessionPath: String) -> (Checklist?, [Diagnostic]) {
    let (checklist, diagnostics) = ChecklistLoader.load(
      source: SourceText(file: "\(sessionPath)#\(fileName)", text: source))
    guard let checklist, checklist.id == id else { return (nil, diagnostics) }
    return (checklist, diagnostics)
  }
}
