import Foundation

/// The file path of the last session `SessionStore.path(for:)` named, with what it was made
/// from: every save of a walk names the same file, and cleaning each part looks at the Unicode
/// properties of every character (about 2% of a walk's samples in `perf record`).
final class LastPath: @unchecked Sendable {
  private let lock = NSLock()
  private var parts: [String] = []
  private var path = ""

  /// The path for `parts` (folder, date, unit, checklist id, session id), made by `make` unless
  /// it is the last one asked for.
  func path(for parts: [String], make: () -> String) -> String {
    lock.lock()
    if parts == self.parts {
      defer { lock.unlock() }
      return path
    }
    lock.unlock()
    let made = make()
    lock.lock()
    self.parts = parts
    path = made
    lock.unlock()
    return made
  }
}
