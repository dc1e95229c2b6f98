/// A value JSONEncoder wrote on its own, re-indented to sit inside a larger pretty-printed
/// document: the session's fields, its answers and its undo steps are written this way, and
/// each must come out byte for byte as JSONEncoder writes the whole session.
enum JSONIndent {
  /// `written` with `spaces` spaces after each new line that does not start an empty line (a
  /// JSON string never holds a raw new line, and JSONEncoder leaves an empty array's or
  /// object's inner line empty), and before the first line too when `indentingFirstLine`.
  static func indented(
    _ written: [UInt8], by spaces: Int, indentingFirstLine: Bool = false
  ) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(written.count + written.count / 2 + spaces)
    if indentingFirstLine { bytes.append(contentsOf: repeatElement(0x20, count: spaces)) }
    var lineStart = 0
    for index in written.indices where written[index] == 0x0A {
      bytes.append(contentsOf: written[lineStart...index])
      lineStart = index + 1
      if lineStart < written.count, written[lineStart] != 0x0A {
        bytes.append(contentsOf: repeatElement(0x20, count: spaces))
      }
    }
    bytes.append(contentsOf: written[lineStart...])
    return bytes
  }
}
