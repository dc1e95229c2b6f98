import Foundation

/// The checklists in a folder (by default `Checklists/`), found by path, file name or id.
public struct ChecklistLibrary: Sendable {
  /// The folder searched for names that are not paths.
  public var directory: String

  /// Creates a library over `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  /// The `.ducha` files of the folder, sorted by name.
  public func files() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".ducha") }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }

  /// Resolves `reference` — a path, a file name in the folder with or without `.ducha`, or a
  /// checklist id — to a path.
  public func path(for reference: String) -> String? {
    let manager = FileManager.default
    if manager.fileExists(atPath: reference) { return reference }
    for candidate in [reference, reference + ".ducha"] {
      let path = (directory as NSString).appendingPathComponent(candidate)
      if manager.fileExists(atPath: path) { return path }
    }
    return files().first { path in
      guard let source = SourceDecoder.load(path: path).0 else { return false }
      let (tree, _) = ChecklistParser.parse(source)
      return tree.id?.0 == reference
    }
  }

  /// Loads every checklist of the folder, with the diagnostics of each.
  public func loadAll() -> [(path: String, checklist: Checklist?, diagnostics: [Diagnostic])] {
    files().map { path in
      let (checklist, diagnostics) = ChecklistLoader.load(path: path)
      return (path, checklist, diagnostics)
    }
  }
}
