/// The content hash of a checklist's text, as recorded in sessions: `sha256:` and 64 hex digits
/// of the UTF-8 text (the same as `sha256sum` of a UTF-8 file).
public enum ContentHash {
  /// The hash of `text`.
  public static func of(_ text: String) -> String {
    "sha256:" + SHA256.hex(Array(text.utf8))
  }

  /// The first 8 hex digits, for messages.
  public static func short(_ hash: String) -> String {
    let digits = hash.hasPrefix("sha256:") ? hash.dropFirst(7) : Substring(hash)
    return String(digits.prefix(8))
  }
}
