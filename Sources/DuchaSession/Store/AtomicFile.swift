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
  public struct WriteError: Error, CustomStringConvertible {
    /// The path being written.
    public var path: String
    /// The step that failed.
    public var step: String
    /// errno at that step.
    public var code: Int32

    /// `path: step failed: strerror`.
    public var description: String { "\(path): \(step) failed: \(String(cString: strerror(code)))" }
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
    let directory = ParentFolder.of(path)
    let temporary =
      directory + "/." + (path as NSString).lastPathComponent
      + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw WriteError(path: path, step: "open", code: errno) }
    var failure: WriteError?
    // Exactly 0600 whatever the umask.
    if fchmod(descriptor, 0o600) != 0 {
      failure = WriteError(path: path, step: "fchmod", code: errno)
    }
    data.withUnsafeBytes { buffer in
      var offset = 0
      while failure == nil, offset < buffer.count {
        let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = WriteError(path: path, step: "write", code: errno)
          return
        }
        offset += written
      }
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

/// The C library's `write`, which `AtomicFile.write` hides inside the type (Glibc and Darwin).
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
