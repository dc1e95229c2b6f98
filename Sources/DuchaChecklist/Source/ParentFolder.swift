/// The folder that holds a path, computed on the string itself.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on a one-character path on Linux
/// (`--sessions 组` crashed the first save), so ducha never calls it on a name a user gives.
public enum ParentFolder {
  /// The folder part of `path`: `组` → `.`, `第三组/a.json` → `第三组`, `/a` → `/`,
  /// `a/b/` → `a`. Trailing slashes are ignored; a path without a slash is in `.`.
  public static func of(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    var parent = trimmed[..<slash]
    while parent.hasSuffix("/") { parent = parent.dropLast() }
    return parent.isEmpty ? "/" : String(parent)
  }
}
