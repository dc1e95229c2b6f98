import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on a folder, held only while a leader file in it (`_问题清单.json`,
/// `_合并决定.json`) is compared with what was read and replaced.
///
/// Comparing the bytes first and renaming after is not enough between processes: two commands
/// could both find the file as they read it and both rename, the second over the first's change
/// (six `problems edit` at once kept two edits, and each said it had saved). Under the lock the
/// comparison and the rename are one step; the other command then finds the file changed and
/// applies its change again, or says it did not save. The lock is the folder's own (`flock` on
/// its descriptor), so no lock file is left among the records; the kernel drops it when the
/// process ends, even on `kill -9`.
public enum FolderLock {
  /// Runs `body` holding the exclusive lock of `directory` (waiting for another process to let
  /// it go). When the folder cannot be opened or locked (a file system without locks), `body`
  /// runs unlocked, as before the lock existed, rather than refusing to save.
  public static func exclusively<Result>(
    _ directory: String, _ body: () throws -> Result
  ) rethrows -> Result {
    let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return try body() }
    defer { close(descriptor) }
    var locked = flock(descriptor, LOCK_EX)
    while locked != 0, errno == EINTR { locked = flock(descriptor, LOCK_EX) }
    defer { if locked == 0 { flock(descriptor, LOCK_UN) } }
    return try body()
  }
}
