import Foundation

/// Messages collected from several threads.
final class FailureList: @unchecked Sendable {
  // @unchecked: every access to `items` holds `lock`.
  private let lock = NSLock()
  private var items: [String] = []

  func append(_ message: String) {
    lock.lock()
    defer { lock.unlock() }
    items.append(message)
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}

/// Runs every body on its own thread, all at once, and waits for all to finish. Plain
/// threads, not tasks: the stores' calls block, and blocking Swift's cooperative pool (two
/// threads on a two-core machine) could starve it.
func runConcurrently(_ bodies: [@Sendable () -> Void], timeout: TimeInterval = 120) throws {
  let done = DispatchGroup()
  let threads = bodies.map { body in
    done.enter()
    return Thread {
      body()
      done.leave()
    }
  }
  threads.forEach { $0.start() }
  if done.wait(timeout: .now() + timeout) == .timedOut {
    throw ConcurrencyTimeout(seconds: timeout)
  }
}

/// The concurrent clerks did not finish in time (a lock never released).
struct ConcurrencyTimeout: Error, CustomStringConvertible {
  var seconds: TimeInterval
  var description: String { "the concurrent clerks did not finish within \(Int(seconds)) s" }
}
