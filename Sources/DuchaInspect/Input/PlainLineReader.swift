import DuchaChecklist
import Foundation

/// Reads lines from a pipe or file without prompts, echo or escape codes, so the output of a
/// scripted run (`ducha inspect < 检查.txt`) contains nothing but results.
///
/// Accepts what files made on Windows tend to contain: CRLF line ends, a UTF-8 byte order mark,
/// no line break after the last line, a line in GB18030/GBK (Notepad's “ANSI” on Chinese
/// Windows) and a whole file in UTF-16 with its byte-order mark (Notepad's “Unicode”). Those
/// were read as U+FFFD: a script's 组别 was recorded as “��” and every answer refused. Bytes
/// that are none of these become U+FFFD rather than stopping the run. Never returns
/// `.interrupted`: without a terminal there is no line being edited to cancel.
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
  /// The lines of a UTF-16 file, decoded at once (its line breaks are two bytes wide).
  private var wideLines: [String]? = nil

  /// Creates a reader for `fileHandle`, standard input by default.
  public init(fileHandle: FileHandle = .standardInput) {
    self.fileHandle = fileHandle
  }

  /// Returns the next line; `prompt` is ignored.
  public func readLine(prompt: String) -> LineReadResult {
    if isFirstLine, wideLines == nil { readWideFileIfMarked() }
    if wideLines != nil {
      guard let line = wideLines?.first else { return .endOfInput }
      wideLines?.removeFirst()
      return .line(line)
    }
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

  /// A stream starting with a UTF-16 byte-order mark is read to its end and split into lines.
  private func readWideFileIfMarked() {
    while buffer.count < 2, !reachedEnd { readChunk() }
    guard buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) else { return }
    while !reachedEnd { readChunk() }
    isFirstLine = false
    let even = buffer.count % 2 == 0 ? buffer[...] : buffer.dropLast()
    var text = String(data: Data(even), encoding: .utf16) ?? ""
    if text.first == "\u{FEFF}" { text.removeFirst() }
    // CR LF is one `Character`, a newline like LF alone.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
    if lines.last == "" { lines.removeLast() }
    wideLines = lines
    buffer = []
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
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    if let text = String(data: Data(bytes), encoding: SourceDecoder.gb18030) { return text }
    return String(decoding: bytes, as: UTF8.self)
  }
}
