import Dispatch

/// The check for a newer copy of a session, run on another thread while the caller encodes and
/// writes the new file (`SessionStore.save(_:alongside:)`), followed there by other work.
final class CheckAlongside: @unchecked Sendable {
  private let checked = DispatchSemaphore(value: 0)
  // Written by the other thread before `checked` is signalled, read after waiting for it.
  private var refusal: (any Error)?

  init(_ job: SessionStore.SaveJob, then work: @escaping @Sendable () -> Void) {
    DispatchQueue.global(qos: .userInitiated).async {
      do {
        try job.check()
      } catch {
        self.refusal = error
      }
      self.checked.signal()
      work()
    }
  }

  /// Returns once the check is done; throws its refusal. Waiting twice is allowed.
  func outcome() throws {
    checked.wait()
    checked.signal()
    if let refusal { throw refusal }
  }
}
