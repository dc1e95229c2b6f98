import Foundation

/// Frees a large value on another core. A summary of ten thousand units is millions of small
/// objects: freeing them one by one on the main thread, after the output is written, kept the
/// process from ending for a tenth of a second while the other core was idle.
public enum BackgroundRelease {
  /// Takes `value` (the caller keeps no copy of it: pass it `consuming`, or clear the variable)
  /// and lets it go on a global queue; the process may end before that finishes.
  public static func release<T: Sendable>(_ value: consuming T) {
    let box = Box(value)
    DispatchQueue.global().async { box.clear() }
  }

  /// Holds the value until the queue clears it, so the freeing happens there whichever side
  /// lets go of the box last.
  private final class Box<T: Sendable>: @unchecked Sendable {
    // Written once by `init` and once by `clear` on the queue, never read.
    private var value: T?
    init(_ value: consuming T) { self.value = value }
    func clear() { value = nil }
  }
}
