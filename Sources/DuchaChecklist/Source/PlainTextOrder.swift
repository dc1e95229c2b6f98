import Foundation

/// `String`'s `<`, by bytes where that gives the same answer. `String` compares texts by their
/// canonical (NFC) forms, which for Chinese names costs a normalisation check of each compared
/// part; two texts already in NFC compare as their UTF-8 bytes do (UTF-8 keeps the order of
/// code points). A summary sorts ten thousand unit names and file names on one core.
public enum PlainTextOrder {
  /// Whether every scalar of `text` is in NFC on its own and combines with nothing: ASCII and
  /// Latin-1 (below U+0300, where the combining marks begin), the CJK symbols 、。〈〉… (up to
  /// U+3029: U+302A… combine), the CJK unified ideographs and the full-width forms. Such a text
  /// is its own NFC form.
  public static func isPlain(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0..<0x300, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
      default: false
      }
    }
  }

  /// `a < b` for two plain texts (`isPlain`): their UTF-8 bytes compared.
  public static func bytesLess(_ a: String, _ b: String) -> Bool {
    var (a, b) = (a, b)
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let shared = Swift.min(x.count, y.count)
        if shared > 0, let left = x.baseAddress, let right = y.baseAddress {
          let order = memcmp(left, right, shared)
          if order != 0 { return order < 0 }
        }
        return x.count < y.count
      }
    }
  }

  /// `a < b` as `String` orders them, by bytes when both are plain (`aPlain`, `bPlain`).
  public static func less(_ a: String, _ aPlain: Bool, _ b: String, _ bPlain: Bool) -> Bool {
    aPlain && bPlain ? bytesLess(a, b) : a < b
  }
}
