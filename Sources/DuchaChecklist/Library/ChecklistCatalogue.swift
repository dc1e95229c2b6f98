import Foundation

/// The checklists a REPL offers: listed from their headers at start, each parsed and validated
/// only when it is chosen or when a flow needs them all (resuming, verification lists). A
/// library of many checklists is ready at once, and a file with an error after its header is
/// still listed: choosing it reports the error.
public final class ChecklistCatalogue: @unchecked Sendable {
  /// What the chooser shows of one checklist.
  public struct Entry: Sendable, Equatable {
    /// `清单` id.
    public var id: String
    /// `标题`.
    public var title: String
    /// The path shown in messages (`Checklists/x.ducha`, `(内置)/x.ducha`).
    public var path: String
  }

  /// The checklists in lookup order.
  public let entries: [Entry]
  // Every mutable field below is read and written under `lock` (the REPL is single-threaded,
  // but the catalogue is shared through a Sendable environment).
  private let lock = NSLock()
  private var results: [(Checklist?, [Diagnostic])?]
  private let files: [ChecklistFile?]

  /// A catalogue of checklists already loaded (tests, callers that hold them).
  public init(checklists: [Checklist]) {
    entries = checklists.map { Entry(id: $0.id, title: $0.title, path: $0.file) }
    results = checklists.map { ($0, []) }
    files = checklists.map { _ in nil }
  }

  /// A catalogue of what `ChecklistLibrary.list` found.
  public init(listing: ChecklistLibrary.Listing) {
    entries = listing.entries.map { Entry(id: $0.id, title: $0.title, path: $0.path) }
    results = listing.entries.map(\.loaded)
    files = listing.entries.map(\.file)
  }

  /// The checklist of `entries[index]` with every diagnostic of its file, loaded once.
  public func load(_ index: Int) -> (checklist: Checklist?, diagnostics: [Diagnostic]) {
    lock.lock()
    if let known = results[index] {
      lock.unlock()
      return known
    }
    let file = files[index]
    lock.unlock()
    let fresh = file?.load() ?? (nil, [])
    lock.lock()
    results[index] = fresh
    lock.unlock()
    return fresh
  }

  /// Every usable checklist, in lookup order; files with errors are left out (their entries
  /// stay listed, and choosing one reports its errors). Loads the ones not loaded yet on all
  /// cores.
  public var usable: [Checklist] {
    lock.lock()
    let missing = results.indices.filter { results[$0] == nil }
    lock.unlock()
    let files = self.files
    let fresh = missing.concurrentMap { files[$0]?.load() ?? (nil, []) }
    lock.lock()
    for (index, result) in zip(missing, fresh) where results[index] == nil {
      results[index] = result
    }
    let all = results.compactMap { $0?.0 }
    lock.unlock()
    return all
  }

  /// The entries whose files have errors, with their diagnostics; loads every entry.
  public var failures: [(path: String, diagnostics: [Diagnostic])] {
    _ = usable
    lock.lock()
    defer { lock.unlock() }
    return zip(entries, results).compactMap { entry, result in
      guard let result, result.0 == nil else { return nil }
      return (entry.path, result.1)
    }
  }
}
