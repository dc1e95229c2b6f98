import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One writer per inspection: an advisory lock (`flock`) on `.<id>.lock` beside the session
/// files, held by the REPL process for as long as it edits the session. The kernel releases it
/// when the process exits or is killed, so a crash never leaves a stale lock; the holder's host,
/// pid and start time are written into the file only so a second ducha can say who holds it.
public final class SessionLock: @unchecked Sendable {
  /// Who holds a lock, as its holder wrote it.
  public struct Holder: Sendable, Equatable {
    /// Host name of the holder's machine.
    public var host: String
    /// Process id of the holder.
    public var pid: Int32
    /// When the holder took the lock (ISO 8601, China Standard Time).
    public var since: String

    /// Creates a holder record.
    public init(host: String, pid: Int32, since: String) {
      self.host = host
      self.pid = pid
      self.since = since
    }

    /// `主机 vm 上的进程 7462（自 12月5日 08:30 起）`, for messages: the time as an inspector
    /// reads a clock, not the file's `2026-12-05T08:30:53+08:00`.
    public var description: Localized {
      Localized(
        "主机 \(host) 上的进程 \(pid)（自 \(readableSince.zh) 起）",
        en: "process \(pid) on \(host), since \(readableSince.en)")
    }

    /// `12月5日 08:30` of a timestamp `2026-12-05T08:30:53+08:00`; the text as it is otherwise.
    private var readableSince: Localized { ReadableTime.clock(since) }
  }

  /// Why a lock could not be taken.
  public enum Failure: Error, Sendable, Equatable {
    /// Another process edits the session.
    case held(by: Holder?)
    /// The lock file could not be opened (read-only folder, …).
    case unavailable(path: String, code: Int32)
  }

  /// The lock file.
  public let path: String
  private var descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { release() }

  /// The lock file of session `id` in `directory`.
  public static func path(directory: String, id: String) -> String {
    (directory.isEmpty ? "." : directory) + "/.\(id).lock"
  }

  /// Takes the lock of session `id` without waiting, recording `now` as the start time.
  public static func acquire(directory: String, id: String, now: String) throws(Failure)
    -> SessionLock
  {
    let path = path(directory: directory, id: id)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .unavailable(path: path, code: errno) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let holder = readHolder(descriptor)
      close(descriptor)
      throw .held(by: holder)
    }
    fchmod(descriptor, 0o600)
    let record = "\(hostName())\n\(getpid())\n\(now)\n"
    ftruncate(descriptor, 0)
    _ = record.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    return SessionLock(path: path, descriptor: descriptor)
  }

  /// Who holds the lock of session `id`, or nil when nobody does (the lock is free).
  public static func holder(directory: String, id: String) -> Holder? {
    let path = path(directory: directory, id: id)
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    // A shared lock succeeds only when no process holds the exclusive one.
    if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
      flock(descriptor, LOCK_UN)
      return nil
    }
    return readHolder(descriptor) ?? Holder(host: "?", pid: 0, since: "?")
  }

  /// Gives the lock up (also done by the kernel when the process ends). The file stays: removing
  /// it would let two processes lock two different files of one name.
  public func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  private static func readHolder(_ descriptor: Int32) -> Holder? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let lines = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n")
    guard lines.count >= 3, let pid = Int32(lines[1]) else { return nil }
    return Holder(host: String(lines[0]), pid: pid, since: String(lines[2]))
  }

  private static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
