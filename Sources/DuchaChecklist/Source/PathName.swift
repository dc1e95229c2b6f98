import Foundation

/// A path's last component, and that name without its extension, as Foundation's `NSString`
/// gives them.
///
/// On Linux each `NSString` path call rebuilds the whole path with its slashes fixed: about
/// 25,000 instructions, and listing the checklists of the REPL's start made 58 of them
/// (callgrind, issue 13). A path of ASCII characters is read here on its bytes, where every
/// byte is a character of its own; anything else (a trailing slash, a name in Chinese) goes
/// to `NSString`, so the answer is always the same.
public enum PathName {
  /// `(path as NSString).lastPathComponent`: `Checklists/a.ducha` → `a.ducha`.
  public static func last(_ path: String) -> String {
    let bytes = path.utf8
    // A trailing slash is dropped by NSString (and `/` alone is kept): left to it.
    guard let end = bytes.last, end != slash, isASCII(bytes) else {
      return (path as NSString).lastPathComponent
    }
    guard let position = bytes.lastIndex(of: slash) else { return path }
    return String(path[bytes.index(after: position)...])
  }

  /// `((path as NSString).lastPathComponent as NSString).deletingPathExtension`:
  /// `Checklists/a.ducha` → `a`, `a.b.ducha` → `a.b`, `.ducha` → `.ducha`.
  public static func stem(_ path: String) -> String {
    let name = last(path)
    let bytes = name.utf8
    guard !bytes.isEmpty, bytes.last != slash, isASCII(bytes) else {
      return (name as NSString).deletingPathExtension
    }
    // The last dot starts the extension, unless it starts the name (`.ducha`) or the name is
    // `..`: NSString keeps those whole.
    guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex,
      name != ".."
    else { return name }
    return String(name[..<dot])
  }

  private static let slash = UInt8(ascii: "/")

  private static func isASCII(_ bytes: String.UTF8View) -> Bool {
    bytes.allSatisfy { $0 < 0x80 }
  }
}
