import Foundation

extension SessionStore {
  /// The name a session file had before a messenger or a file manager renamed it —
  /// `…_渔沟小学_lingbi-xueji_….json.txt` → `….json`, `….JSON` → `….json` — or nil for a name
  /// that is not a renamed session: `.json` files themselves, photos and documents, the
  /// leader's `_` files, a save's `.` temporaries.
  public static func sessionNameRenamed(_ name: String) -> String? {
    guard !name.hasPrefix("."), !name.hasPrefix("_"), !name.hasSuffix(".json"),
      let json = name.range(of: ".json", options: [.caseInsensitive, .backwards])
    else { return nil }
    return String(name[..<json.lowerBound]) + ".json"
  }
}
