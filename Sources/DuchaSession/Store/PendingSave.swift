import Dispatch
import Foundation

/// A save running on another thread (`SessionStore.startSaving`).
///
/// Nothing else changes while it runs: the check for a newer copy, the encoding and the durable
/// write are the same steps as `SessionStore.save`, in the same order, only off the caller's
/// thread, so the answer's score can be worked out and printed while the disk flushes. The
/// caller waits before it asks anything else or saves again: one save of a session is in flight
/// at a time, and each is on disk before the next question.
public final class PendingSave: @unchecked Sendable {
  private let job: SessionStore.SaveJob
  private let done = DispatchSemaphore(value: 0)
  // Written by the saving thread before `done` is signalled, read after the wait.
  private var failure: (any Error)?
  private var waited = false

  init(_ job: SessionStore.SaveJob) {
    self.job = job
    DispatchQueue.global(qos: .userInitiated).async {
      do {
        try job.run()
      } catch {
        self.failure = error
      }
      self.done.signal()
    }
  }

  /// Returns once the file is complete on disk; throws what `SessionStore.save` would have.
  /// Waiting twice returns the first outcome again.
  public func wait() throws {
    if !waited {
      done.wait()
      waited = true
    }
    if let failure { throw failure }
  }

  /// Puts back the save sequence and format version `startSaving` advanced, after a failure.
  public func restore(_ session: inout Session) {
    job.restore(&session)
  }
}
