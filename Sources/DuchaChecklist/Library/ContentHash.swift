/// The content hash of a checklist's text, as recorded in sessions: `sha256:` and 64 hex digits
/// of the UTF-8 text with its line ends as line feeds (the same as `sha256sum` of a UTF-8 file
/// written with LF line ends). A copy that Windows Notepad saved with CRLF line ends is the same
/// form, and one version of it: inspections made with either are summarised and ranked together.
public enum ContentHash {
  /// The hash of `text`.
  public static func of(_ text: String) -> String {
    "sha256:" + SHA256.hex(lineFeedBytes(text))
  }

  /// The UTF-8 bytes of `text`, each CRLF or lone CR as LF.
  static func lineFeedBytes(_ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    guard bytes.contains(0x0D) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D {
        result.append(0x0A)
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
      } else {
        result.append(bytes[index])
      }
      index += 1
    }
    return result
  }

  /// The first 8 hex digits, for messages.
  public static func short(_ hash: String) -> String {
    let digits = hash.hasPrefix("sha256:") ? hash.dropFirst(7) : Substring(hash)
    return String(digits.prefix(8))
  }
}
