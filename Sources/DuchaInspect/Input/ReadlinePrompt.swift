/// Prepares prompts for readline.
enum ReadlinePrompt {
  /// readline counts every byte of the prompt as a column unless invisible parts are bracketed
  /// by \u{1} and \u{2}; a coloured prompt would otherwise make it redraw long lines in the
  /// wrong place. Prompts that already contain the markers are left alone.
  static func markingInvisible(_ prompt: String) -> String {
    let escape: Unicode.Scalar = "\u{1B}"
    guard prompt.unicodeScalars.contains(escape), !prompt.unicodeScalars.contains("\u{1}") else {
      return prompt
    }
    var result = String.UnicodeScalarView()
    var scalars = prompt.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == escape else {
        result.append(scalar)
        continue
      }
      result.append("\u{1}")
      result.append(scalar)
      if let next = scalars.popFirst() {
        result.append(next)
        if next == "[" {
          // A control sequence runs to its final byte, 0x40–0x7E.
          while let part = scalars.popFirst() {
            result.append(part)
            if (0x40...0x7E).contains(part.value) {
              break
            }
          }
        }
      }
      result.append("\u{2}")
    }
    return String(result)
  }
}
