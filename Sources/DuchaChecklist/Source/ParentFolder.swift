/// The folder that holds a path, computed on the string itself.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on a one-character path on Linux
/// (`--sessions 组` crashed the first save), so ducha never calls it on a name a user gives.
public enum ParentFolder {
  /// The folder part of `path`: `组` → `.`, `第三组/a.json` → `第三组`, `/a` → `/`,
  /// `a/b/` → `a`. Trailing slashes are ignored; a path without a slash is in `.`.
  public static func of(_ path: String) -> String {
    // On the bytes when every byte is a character of its own (ASCII): walking `Character`s
    // back to the slash cost 15,000 instructions per checklist file listed.
    if path.utf8.allSatisfy({ $0 < 0x80 }) { return ofASCII(path) }
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    var parent = trimmed[..<slash]
    while parent.hasSuffix("/") { parent = parent.dropLast() }
    return parent.isEmpty ? "/" : String(parent)
  }

  /// `of(path)` for an ASCII path, read on its bytes.
  private static func ofASCII(_ path: String) -> String {
    let slash = UInt8(ascii: "/")
    var bytes = Substring(path).utf8
    while bytes.count > 1, bytes.last == slash { bytes = bytes.dropLast() }
    guard let position = bytes.lastIndex(of: slash) else { return "." }
    var parent = bytes[..<position]
    while parent.last == slash { parent = parent.dropLast() }
    return parent.isEmpty ? "/" : String(Substring(parent))
  }
}
