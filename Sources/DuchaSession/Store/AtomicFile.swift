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
  public static func write(_ data: Data, to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let temporary = (directory.isEmpty ? "." : directory) + "/." + (path as NSString).lastPathComponent
      + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw WriteError(path: path, step: "open", code: errno) }
    var failure: WriteError?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = WriteError(path: path, step: "write", code: errno)
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = WriteError(path: path, step: "fsync", code: errno) }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw failure
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw WriteError(path: path, step: "rename", code: code)
    }
    let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }
}
