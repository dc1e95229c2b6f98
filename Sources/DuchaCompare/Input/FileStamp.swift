#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's size and modification time. The comparison reads each file twice (every row, then
/// the rows to output by their place in it); a file re-exported or saved over in between
/// gives the second reading other rows at those places: another child's name beside a number.
struct FileStamp: Equatable, Sendable {
  var size: Int64
  var seconds: Int
  var nanoseconds: Int

  /// The stamp of the file at `path` now; nil when it cannot be looked at.
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      return FileStamp(
        size: Int64(info.st_size), seconds: info.st_mtimespec.tv_sec,
        nanoseconds: info.st_mtimespec.tv_nsec)
    #else
      return FileStamp(
        size: Int64(info.st_size), seconds: info.st_mtim.tv_sec,
        nanoseconds: info.st_mtim.tv_nsec)
    #endif
  }
}
