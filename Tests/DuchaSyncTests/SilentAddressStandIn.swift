import Foundation

@testable import DuchaSync

/// A clock of the test's own for `SyncClient.timer`: time moves only when the stand-in
/// transport says a try took so long or the client pauses between tries, so what the client
/// does at a silent address is the same on a loaded test machine as on a quiet one, and is
/// checked without waiting for it.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var time: Duration = .zero
  private var watchers: [UUID: (Duration, CheckedContinuation<Void, Never>)] = [:]

  /// The time since the test began.
  var now: Duration { lock.withLock { time } }

  /// Moves the time on by `duration`, ending the watches it passes.
  func advance(_ duration: Duration) {
    let due = lock.withLock {
      time += duration
      let due = watchers.filter { $0.value.0 <= time }
      for id in due.keys { watchers[id] = nil }
      return due.values.map(\.1)
    }
    for watcher in due { watcher.resume() }
  }

  /// Returns once this clock reads `due`, or when the task is cancelled.
  func watch(_ due: Duration) async {
    let id = UUID()
    await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let now = lock.withLock {
          if Task.isCancelled || due <= time { return true }
          watchers[id] = (due, continuation)
          return false
        }
        if now { continuation.resume() }
      }
    } onCancel: {
      lock.withLock { watchers.removeValue(forKey: id) }?.1.resume()
    }
  }

  /// The timer a client keeps by this clock: a pause between tries moves the time on.
  var timer: SyncTimer {
    SyncTimer(
      now: { self.now }, pause: { self.advance($0) }, watch: { await self.watch($0) })
  }
}

/// Stands in for libcurl at an address: each try is answered as `answer` says for its number
/// (1, 2, …) and the connection limit it was given, after which the clock moves on by as long as
/// that try took. What each try was given is kept.
final class StandInAddress: @unchecked Sendable {
  /// What a try gets: an answer or a failure, and how long it took.
  typealias Answer = (_ attempt: Int, _ limits: CurlTransport.Limits) -> (
    CurlTransport.Outcome, Duration
  )

  let clock = TestClock()
  private let answer: Answer
  private let lock = NSLock()
  private var given: [CurlTransport.Limits] = []

  init(_ answer: @escaping Answer) { self.answer = answer }

  /// A silent address: every try waits its whole connection limit and times out, as curl says.
  static func silent() -> StandInAddress {
    StandInAddress { _, limits in
      (
        .failure("Connection timed out after \(limits.connectMilliseconds) milliseconds"),
        .milliseconds(limits.connectMilliseconds)
      )
    }
  }

  /// The connection limit of each try so far, in milliseconds.
  var connectLimits: [Int] { lock.withLock { given.map(\.connectMilliseconds) } }

  /// `client` talking to this address by this clock.
  func serve(_ client: SyncClient) -> SyncClient {
    var client = client
    client.timer = clock.timer
    client.transport = { _, _, _, _, limits in
      let attempt = self.lock.withLock {
        self.given.append(limits)
        return self.given.count
      }
      let (outcome, took) = self.answer(attempt, limits)
      self.clock.advance(took)
      return outcome
    }
    return client
  }
}

/// Collects what a client says while it works.
final class Said: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [SyncProgress] = []
  func add(_ line: SyncProgress) { lock.withLock { lines.append(line) } }
  var all: [SyncProgress] { lock.withLock { lines } }
  var text: [String] { all.map(\.description) }
}
