/// Finds keys that appear twice in one JSON object. Foundation's decoders silently keep one of
/// them, so a hand-edited file saying `"formatVersion": 3, …, "formatVersion": 2` would be read
/// as whichever came first; ducha refuses such a file instead. One linear pass over the bytes;
/// the nesting depth is bounded so hostile input cannot exhaust memory.
public enum JSONKeyCheck {
  /// A key found twice in one object: the path of the object (`answers.values`) and the key.
  public struct Duplicate: Sendable, Equatable {
    /// Dotted path of the object holding the key; empty for the top level.
    public var path: String
    /// The repeated key, as written between the quotes.
    public var key: String

    /// `answers.values.宣传` or the key alone at the top level.
    public var field: String { path.isEmpty ? key : path + "." + key }

    /// Creates a finding.
    public init(path: String, key: String) {
      self.path = path
      self.key = key
    }
  }

  /// The deepest nesting inspected; deeper containers are skipped for key checks.
  static let maximumDepth = 512

  /// The first duplicate key in `bytes`, or nil. Malformed JSON is left to the decoder to report.
  public static func firstDuplicate(in bytes: [UInt8]) -> Duplicate? {
    struct Level {
      var isObject: Bool
      var keys: Set<[UInt8]> = []
      var name: String
      var expectingKey: Bool
      var lastKey: String = ""
    }
    var stack: [Level] = []
    var position = 0
    let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case quote:
        let start = position + 1
        position += 1
        while position < bytes.count, bytes[position] != quote {
          position += bytes[position] == backslash ? 2 : 1
        }
        let end = min(position, bytes.count)
        position += 1
        guard var level = stack.last, level.isObject, level.expectingKey else { continue }
        let key = Array(bytes[start..<end])
        let text = String(decoding: key, as: UTF8.self)
        if level.keys.contains(key) {
          let path = stack.dropFirst().map(\.name).filter { !$0.isEmpty }.joined(separator: ".")
          return Duplicate(path: path, key: text)
        }
        level.keys.insert(key)
        level.expectingKey = false
        level.lastKey = text
        stack[stack.count - 1] = level
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if stack.count >= maximumDepth { return nil }
        let name = stack.last.map { $0.isObject ? $0.lastKey : "" } ?? ""
        stack.append(Level(isObject: byte == UInt8(ascii: "{"), name: name, expectingKey: true))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if !stack.isEmpty { stack.removeLast() }
      case UInt8(ascii: ","):
        if !stack.isEmpty, stack[stack.count - 1].isObject {
          stack[stack.count - 1].expectingKey = true
        }
      default: break
      }
      position += 1
    }
    return nil
  }
}
