import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a crash at any moment leaves either the old or the new content,
/// never a mixture, and the new content is on disk before the call returns.
public enum AtomicFile {
  /// Why a write failed.
  public struct WriteError: UserFacingError, CustomStringConvertible {
    /// The path being written.
    public var path: String
    /// The step that failed.
    public var step: String
    /// errno at that step.
    public var code: Int32

    /// What went wrong and the fix, in words a clerk can act on (the folder is missing, no
    /// permission, the disk is full or write-protected): `OutputFileProblem`'s.
    public var message: Localized { OutputFileProblem.explain(path, self) }

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }

    /// The message in Chinese, the interface's default: this is what a `\(error)` shows. It was
    /// `path: rename failed: No space left on device`, English inside Chinese sentences.
    public var description: String { message.zh }
  }

  /// Writes `data` to a temporary file beside `path` (mode 0600: sessions hold minors' data),
  /// fsyncs it, renames it over `path`, then fsyncs the directory so the rename is durable too.
  /// The temporary file's name is unique to the call, so concurrent writes of one path within a
  /// process never share it: the last rename wins, each write whole.
  public static func write(_ data: Data, to path: String) throws {
    try write(data, to: path, beforeReplacing: {})
  }

  /// `write(_:to:)`, calling `gate` once the new content is complete and fsynced in its
  /// temporary file, just before the rename puts it in place. When `gate` throws, the temporary
  /// file is removed, `path` is left as it was, and the error is rethrown. (A session's save
  /// runs its check for a newer copy on another thread meanwhile, and waits for it here.)
  public static func write(
    _ data: Data, to path: String, beforeReplacing gate: () throws -> Void
  ) throws {
    try data.withUnsafeBytes { buffer in
      try write(buffer, to: path, beforeReplacing: gate)
    }
  }

  /// `write(_:to:beforeReplacing:)` of the bytes in `buffer` (a session's save writes the array
  /// it put them together in, without copying it into a `Data`).
  public static func write(
    _ buffer: UnsafeRawBufferPointer, to path: String, beforeReplacing gate: () throws -> Void
  ) throws {
    let (directory, prefix) = TemporaryNames.shared.parts(of: path)
    let temporary = prefix + "\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw WriteError(path: path, step: "open", code: errno) }
    var failure: WriteError?
    // Exactly 0600 whatever the umask.
    if fchmod(descriptor, 0o600) != 0 {
      failure = WriteError(path: path, step: "fchmod", code: errno)
    }
    var offset = 0
    while failure == nil, offset < buffer.count, let start = buffer.baseAddress {
      let written = writeBytes(descriptor, start + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = WriteError(path: path, step: "write", code: errno)
        break
      }
      offset += written
    }
    if failure == nil, fsync(descriptor) != 0 {
      failure = WriteError(path: path, step: "fsync", code: errno)
    }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw failure
    }
    do {
      try gate()
    } catch {
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw WriteError(path: path, step: "rename", code: code)
    }
    syncDirectory(directory)
  }

  /// fsyncs a folder so that names created or renamed in it are on disk. Best effort: some
  /// file systems (network shares, FAT on USB sticks) refuse it, and the data is already synced.
  public static func syncDirectory(_ directory: String) {
    let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}

/// The folder of a path and the start of its temporary files' names (`FOLDER/.NAME.PID.`), kept
/// for the last path: a walk saves the same file at every answer, and working them out again
/// (`NSString.lastPathComponent`, `ParentFolder.of`) was about 2% of the REPL thread's samples in
/// `perf record` of the bench walk.
private final class TemporaryNames: @unchecked Sendable {
  static let shared = TemporaryNames()
  private let lock = NSLock()
  private var last: (path: String, pid: Int32, directory: String, prefix: String)?

  func parts(of path: String) -> (directory: String, prefix: String) {
    let pid = getpid()
    lock.lock()
    defer { lock.unlock() }
    if let last, last.pid == pid, last.path == path { return (last.directory, last.prefix) }
    let directory = ParentFolder.of(path)
    let prefix = directory + "/." + (path as NSString).lastPathComponent + ".\(pid)."
    last = (path, pid, directory, prefix)
    return (directory, prefix)
  }
}

/// The C library's `write`, which `AtomicFile.write` hides inside the type (Glibc and Darwin).
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
