import DuchaChecklist
import Foundation

/// What the client is doing while the user waits, said as it happens: a sync to a silent
/// address used to print nothing for half a minute, and the inspector thought ducha had hung.
public enum SyncProgress: Sendable, Equatable {
  /// The first request to `server` is going out; it is given up after `limit` if the server
  /// never answers.
  case connecting(server: String, limit: Duration)
  /// A request failed with `problem` and is sent again after `pause`; `reached` says whether
  /// this server has answered before (a dropped connection) or never has (still connecting).
  case retrying(problem: String, pause: Duration, reached: Bool)

  /// The line to show, in Chinese.
  public var description: String { message.zh }

  /// The line to show, in Chinese and English (`--lang en`).
  public var message: Localized {
    switch self {
    case .connecting(let server, let limit):
      Localized(
        "正在连接 \(server) …（连不上时最多等 \(Self.seconds(limit)) 秒）",
        en: "connecting to \(server) … (given up after \(Self.seconds(limit)) s without an answer)")
    case .retrying(let problem, let pause, let reached):
      Localized(
        (reached ? "与服务器的连接断了" : "还没连上") + "（\(problem)），"
          + (pause < .seconds(1) ? "马上再试…" : "\(Self.seconds(pause)) 秒后再试…"),
        en: (reached ? "the connection to the server dropped" : "not connected yet")
          + " (\(problem)), "
          + (pause < .seconds(1)
            ? "trying again now…" : "trying again in \(Self.seconds(pause)) s…"))
    }
  }

  /// Whole seconds, rounded up (a limit of 7.5 s is said as 8).
  static func seconds(_ duration: Duration) -> Int {
    let (whole, fraction) = duration.components
    return Int(clamping: whole) + (fraction > 0 ? 1 : 0)
  }

  /// Whole seconds, rounded to the nearest (15.1 s waited is said as 15).
  static func roundedSeconds(_ duration: Duration) -> Int {
    let (whole, fraction) = duration.components
    return Int(clamping: whole) + (fraction >= 500_000_000_000_000_000 ? 1 : 0)
  }
}

/// Whether a client has had an answer from its server yet, shared by every copy of the client
/// (a `SyncClient` is a value, copied into each task of a sync).
final class ServerContact: @unchecked Sendable {
  private let lock = NSLock()
  private var answered = false
  private var said = false

  /// Whether the server has answered any request of this client.
  var reached: Bool { lock.withLock { answered } }

  /// Notes an answer from the server.
  func markReached() { lock.withLock { answered = true } }

  /// Whether the "connecting" line has been said.
  var announced: Bool { lock.withLock { said } }

  /// Runs `say` the first time only (the "connecting" line is said once per client), holding
  /// the lock while it runs, so that a retry said by another task comes after it.
  func announceOnce(_ say: () -> Void) {
    lock.withLock {
      guard !said else { return }
      said = true
      say()
    }
  }
}
