import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Listing a folder and reading a file with the C library, for the check before every save
/// (`SessionStore.newestCopy`).
///
/// `perf record` of a 1,000-answer walk: FileManager's `contentsOfDirectory` and `contents`
/// were 2.9% of all samples (a third of the check), most of it outside the system calls —
/// bridging each name, building a `Data` through its growth path. These do the same calls
/// (`opendir`/`readdir`, `open`/`fstat`/`read`) and nothing else; the names and bytes are the
/// same, so the check's answer is too.
enum FolderFiles {
  /// The names in `directory` that contain `needle`, found by the C library's `strstr` on each
  /// entry's name before a `String` is made of it; empty when it cannot be listed. (A session id
  /// holds no NUL; if one did, only its part before the NUL would be looked for, a wider net:
  /// `newestCopy` reads the id of every file it is given.)
  ///
  /// `perf record` of a 1,000-answer walk: 120 of the check's 283 samples were the standard
  /// library's generic `Collection.contains` over each name's UTF-8 view (about 25 µs per save
  /// in a folder of 4 entries, more in a year's sessions); the names of other sessions are now
  /// passed over without being decoded at all.
  static func names(in directory: String, containing needle: String) -> [String] {
    guard let folder = opendir(directory) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let capacity = MemoryLayout.size(ofValue: entry.pointee.d_name)
      let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
        field.withMemoryRebound(to: CChar.self, capacity: capacity) { name -> String? in
          strstr(name, needle) == nil ? nil : String(cString: name)
        }
      }
      if let name, name != ".", name != ".." { names.append(name) }
    }
    return names
  }

  /// The whole file at `path`; nil when it cannot be opened or read (as `FileManager.contents`
  /// gave), or is not a regular file.
  static func contents(of path: String) -> Data? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }
    // The size is a hint: the file may grow or shrink while it is read, so read to the end.
    // The bytes are read into one malloc'd block that the `Data` then owns: neither zeroed
    // first nor copied after (an array and a copy cost 66,000 instructions per 35 KB file).
    var capacity = max(Int(status.st_size), 0) + 1
    guard var block = malloc(capacity) else { return nil }
    var count = 0
    while true {
      if count == capacity {
        capacity *= 2
        guard let grown = realloc(block, capacity) else {
          free(block)
          return nil
        }
        block = grown
      }
      let read = readBytes(descriptor, block + count, capacity - count)
      if read < 0 {
        if errno == EINTR { continue }
        free(block)
        return nil
      }
      if read == 0 { break }
      count += read
    }
    return Data(bytesNoCopy: block, count: count, deallocator: .free)
  }
}

/// The C library's `read`, which `FolderFiles.contents` hides inside the type.
private func readBytes(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, bytes, count)
}
