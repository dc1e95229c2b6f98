#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of an export, a piece at a time: a county's million-row file is read in pieces of
/// a few megabytes instead of whole. Bytes already in memory (tests, a file read whole for an
/// exact error message) are handed out the same way.
final class ByteSource {
  private enum Origin {
    case file(Int32)
    case memory([UInt8])
  }

  private let origin: Origin
  private var offset = 0
  /// The file's path; nil for bytes in memory.
  let path: String?
  /// Whether a read failed after the file was opened (a disk or network error).
  private(set) var failed = false

  /// Opens `path`; nil when it cannot be opened.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    origin = .file(descriptor)
    self.path = path
  }

  /// Hands out `bytes`.
  init(bytes: [UInt8]) {
    origin = .memory(bytes)
    path = nil
  }

  deinit {
    if case .file(let descriptor) = origin { close(descriptor) }
  }

  /// Up to `count` more bytes; empty at the end (or after a failed read, see `failed`).
  func read(_ count: Int) -> [UInt8] {
    switch origin {
    case .memory(let bytes):
      let end = offset + min(count, bytes.count - offset)
      defer { offset = end }
      return Array(bytes[offset..<end])
    case .file(let descriptor):
      var result = [UInt8](repeating: 0, count: count)
      var filled = 0
      while filled < count {
        let got = result.withUnsafeMutableBytes { buffer in
          readBytes(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled)
        }
        if got < 0, errno == EINTR { continue }
        if got < 0 { failed = true }
        if got <= 0 { break }
        filled += got
      }
      offset += filled
      result.removeLast(count - filled)
      return result
    }
  }

  /// Every byte from the first (a file that needs the whole text for its message, or a
  /// workbook given as bytes); check `failed` after.
  func readAll() -> [UInt8] {
    rewind()
    var bytes: [UInt8] = []
    while true {
      let piece = read(1 << 22)
      if piece.isEmpty { break }
      bytes += piece
    }
    return bytes
  }

  /// Starts again from the first byte (to read the file under another encoding).
  func rewind() {
    offset = 0
    if case .file(let descriptor) = origin { lseek(descriptor, 0, SEEK_SET) }
  }
}

/// `read(2)`, named apart from `ByteSource.read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
