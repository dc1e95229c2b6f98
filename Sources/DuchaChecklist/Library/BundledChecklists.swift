import Foundation

/// The checklists compiled into the program from the repository's `Checklists/` folder (by the
/// BundleChecklists build plugin), so ducha works from any folder and as a lone installed binary.
public enum BundledChecklists {
  /// How bundled files are shown in messages: not a path on disk.
  public static let folderLabel = "(内置)"

  /// How a bundled file's bytes are stored in the program (written by `DuchaBundleTool`).
  enum Stored {
    /// A file in UTF-8: its text, whose UTF-8 is the file's bytes.
    case utf8(String)
    /// A file in another encoding: base64 of its bytes.
    case base64(String)
  }

  /// How many files are bundled, without decoding them (`ducha --version`, messages).
  public static var count: Int { storedFiles.count }

  /// The bundled files, in name order.
  public static let files: [ChecklistFile] = storedFiles.compactMap { name, stored in
    let data: Data
    switch stored {
    // Copied from the text's contiguous bytes: `Data(text.utf8)` went byte by byte (0.6
    // million instructions for the bundled set at every start).
    case .utf8(let text):
      data = text.utf8.withContiguousStorageIfAvailable { Data(buffer: $0) } ?? Data(text.utf8)
    case .base64(let base64):
      guard let decoded = Data(base64Encoded: base64) else { return nil }
      data = decoded
    }
    return ChecklistFile(name: name, path: folderLabel + "/" + name, origin: .bundled, data: data)
  }
}

/// One checklist file: its name, where it came from and its bytes.
public struct ChecklistFile: Sendable, Equatable {
  /// Where a checklist file was found.
  public enum Origin: Sendable, Equatable {
    /// A folder on disk (`--checklists`, `DUCHA_CHECKLISTS`, `./Checklists`) or a path.
    case folder(String)
    /// Compiled into the program.
    case bundled
  }

  /// The file name, e.g. `lingbi-xueji.ducha`.
  public var name: String
  /// The path shown in messages and diagnostics (`(内置)/NAME` for bundled files).
  public var path: String
  /// Where it was found.
  public var origin: Origin
  /// The file's bytes.
  public var data: Data

  /// Creates a file record.
  public init(name: String, path: String, origin: Origin, data: Data) {
    self.name = name
    self.path = path
    self.origin = origin
    self.data = data
  }

  /// Reads a file on disk, or nil when it cannot be read.
  public static func read(path: String) -> ChecklistFile? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return ChecklistFile(
      name: PathName.last(path), path: path,
      origin: .folder(ParentFolder.of(path)), data: data)
  }

  /// Decodes, parses and validates the file.
  public func load() -> (Checklist?, [Diagnostic]) {
    let (source, decoding) = SourceDecoder.decode(data, file: path)
    guard let source else { return (nil, decoding) }
    return ChecklistLoader.load(source: source, prior: decoding)
  }
}
