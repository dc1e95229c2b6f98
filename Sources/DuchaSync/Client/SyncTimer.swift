import Foundation

/// Where a `SyncClient` reads the time and waits. The command line uses the real clock; tests
/// use a clock of their own, so that what the client does at a silent address (how long each
/// try may connect, when it gives up, what it says) is checked without waiting for it, and
/// the same on a busy test machine as on a quiet one.
struct SyncTimer: Sendable {
  /// The time since an arbitrary start.
  var now: @Sendable () -> Duration
  /// The pause between two tries.
  var pause: @Sendable (Duration) async -> Void
  /// Returns once `now` has reached the given time while a request is out, or earlier when
  /// the task is cancelled (the answer came first): the delay before "正在连接 …" is said.
  /// A time, not a length: the watch may start after the request has already taken a while.
  var watch: @Sendable (Duration) async -> Void

  /// The machine's own clock.
  static var continuous: SyncTimer {
    let origin = ContinuousClock.now
    return SyncTimer(
      now: { origin.duration(to: .now) },
      pause: { try? await Task.sleep(for: $0) },
      watch: { try? await Task.sleep(until: origin + $0, clock: .continuous) })
  }
}

/// Sends one request with its limits: libcurl (`CurlTransport.send`), or a test's stand-in.
typealias SyncTransport =
  @Sendable (
    _ method: String, _ url: String, _ headers: [String], _ body: Data?,
    _ limits: CurlTransport.Limits
  ) async -> CurlTransport.Outcome
