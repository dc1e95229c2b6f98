import Foundation

/// Reads lines from a pipe or file without prompts, echo or escape codes, so the output of a
/// scripted run (`ducha inspect < 检查.txt`) contains nothing but results.
///
/// Accepts what files made on Windows tend to contain: CRLF line ends, a UTF-8 byte order mark,
/// and no line break after the last line. Bytes that are not valid UTF-8 (say, a GBK file) become
/// U+FFFD rather than stopping the run. Never returns `.interrupted`: without a terminal there is
/// no line being edited to cancel.
public final class PlainLineReader: LineReader {
  private static let chunkSize = 4096
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Kept so the descriptor stays open as long as the reader exists.
  private let fileHandle: FileHandle
  private var buffer: [UInt8] = []
  /// Where to resume looking for a line break, so a long line arriving in many chunks is not
  /// rescanned from its start each time.
  private var scannedCount = 0
  private var reachedEnd = false
  private var isFirstLine = true

  /// Creates a reader for `fileHandle`, standard input by default.
  public init(fileHandle: FileHandle = .standardInput) {
    self.fileHandle = fileHandle
  }

  /// Returns the next line; `prompt` is ignored.
  public func readLine(prompt: String) -> LineReadResult {
    while true {
      if let newline = buffer[scannedCount...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scannedCount = 0
        return .line(line)
      }
      scannedCount = buffer.count
      if reachedEnd {
        guard !buffer.isEmpty else {
          return .endOfInput
        }
        let line = decode(buffer[...])
        buffer = []
        scannedCount = 0
        return .line(line)
      }
      readChunk()
    }
  }

  /// Does nothing: a script has no one to recall lines.
  public func addHistory(_ line: String) {}

  /// Uses `read(2)` rather than `FileHandle.availableData`, which traps on a read error instead
  /// of reporting it; here an error simply ends the input.
  private func readChunk() {
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        read(fileHandle.fileDescriptor, $0.baseAddress, $0.count)
      }
      if count > 0 {
        buffer += chunk[..<count]
        return
      }
      if count < 0, errno == EINTR {
        continue
      }
      reachedEnd = true
      return
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var bytes = bytes
    if isFirstLine {
      isFirstLine = false
      if bytes.starts(with: Self.byteOrderMark) {
        bytes = bytes.dropFirst(Self.byteOrderMark.count)
      }
    }
    if bytes.last == UInt8(ascii: "\r") {
      bytes = bytes.dropLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
