import DuchaRoster
import Foundation

/// How the cells of one file turn from bytes into text. Only the cells that are output (a few
/// rows in a million) and the header are decoded; the comparison itself works on bytes.
public struct TextDecoding: Sendable, Equatable {
  /// The file's encoding: UTF-8 or GB18030.
  public var encoding: RosterEncoding

  /// Decodes in `encoding` (`.automatic` is taken as UTF-8 with a GB18030 fallback per cell).
  public init(encoding: RosterEncoding) { self.encoding = encoding }

  private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// The text of `bytes`. A cell that is not valid in the file's encoding is tried in the other
  /// one (files glued together from two exports exist), and last decoded with replacement
  /// characters rather than lost.
  public func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    if encoding == .gb18030 {
      if let text = String(data: Data(buffer: bytes), encoding: Self.gb18030) { return text }
      return String(decoding: bytes, as: UTF8.self)
    }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    if let text = String(data: Data(buffer: bytes), encoding: Self.gb18030) { return text }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The encoding of a file from its first bytes: UTF-8 when they carry a BOM or are valid
  /// UTF-8 (a sequence cut by the sample's end does not count), GB18030 otherwise.
  public static func detect(_ sample: [UInt8]) -> RosterEncoding {
    if sample.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
    var end = sample.count
    // Back off to the start of a possibly cut multi-byte sequence.
    var back = 0
    while end > 0, back < 4, sample[end - 1] & 0xC0 == 0x80 {
      end -= 1
      back += 1
    }
    if end > 0, sample[end - 1] >= 0xC0 { end -= 1 }
    let valid = sample[..<end].withUnsafeBufferPointer {
      String(validating: $0, as: UTF8.self) != nil
    }
    return valid ? .utf8 : .gb18030
  }
}
