import Foundation

/// Fields of a session file that this ducha does not know and would drop when it saves the
/// file again (written by a newer ducha, or added by hand). ducha refuses such a file rather
/// than lose them; see docs/session-format.md §6.
enum UnknownFields {
  /// The dotted path of the first field of `data` missing from `reencoded` (the same session as
  /// this ducha writes it); nil when nothing would be lost. `null` values count as absent.
  static func first(in data: Data, reencoded: Data) -> String? {
    guard let original = try? JSONSerialization.jsonObject(with: data),
      let written = try? JSONSerialization.jsonObject(with: reencoded)
    else { return nil }
    return missing(original, written, path: "", depth: 0)
  }

  private static func missing(_ original: Any, _ written: Any, path: String, depth: Int) -> String?
  {
    guard depth < 64 else { return nil }
    if let object = original as? [String: Any] {
      let other = written as? [String: Any] ?? [:]
      for key in object.keys.sorted() where !(object[key] is NSNull) {
        let field = path.isEmpty ? key : path + "." + key
        guard let value = object[key], let counterpart = other[key] else { return field }
        if let found = missing(value, counterpart, path: field, depth: depth + 1) { return found }
      }
    } else if let array = original as? [Any], let other = written as? [Any] {
      for (index, value) in array.enumerated() where index < other.count {
        if let found = missing(value, other[index], path: "\(path)[\(index)]", depth: depth + 1) {
          return found
        }
      }
    }
    return nil
  }
}
