/// Greedy line filling for one paragraph of `DisplayWidth.wrap`.
struct LineWrapper {
  let width: Int
  private var lines: [String] = []
  private var line: [TerminalUnit] = []
  private var lineWidth = 0
  private var pendingSpace: WrapToken?
  /// Spaces before the first word of a paragraph are indentation worth keeping; spaces at a
  /// wrap point are not.
  private var isParagraphStart = true

  init(width: Int) {
    self.width = width
  }

  mutating func place(_ token: WrapToken) {
    if token.isSpace {
      if !line.isEmpty || isParagraphStart {
        pendingSpace = token
      }
      return
    }
    if token.width == 0 {
      // An escape sequence on its own would otherwise start a line that looks empty.
      line += token.units
      return
    }
    let spaceWidth = pendingSpace?.width ?? 0
    if lineWidth + spaceWidth + token.width <= width {
      line += pendingSpace?.units ?? []
      line += token.units
      lineWidth += spaceWidth + token.width
      pendingSpace = nil
      isParagraphStart = false
      return
    }
    pendingSpace = nil
    isParagraphStart = false
    if lineWidth > 0 {
      flush()
    }
    if lineWidth + token.width <= width {
      line += token.units
      lineWidth += token.width
    } else {
      cut(token)
    }
  }

  mutating func finish() -> [String] {
    if !line.isEmpty || lines.isEmpty {
      flush()
    }
    return lines
  }

  /// Only reached for a token wider than the free space on the line, such as a long number or
  /// path: it is split at character boundaries rather than overflowing.
  private mutating func cut(_ token: WrapToken) {
    for unit in token.units {
      if lineWidth > 0, lineWidth + unit.width > width {
        flush()
      }
      line.append(unit)
      lineWidth += unit.width
    }
  }

  private mutating func flush() {
    var units = line
    // Drop trailing spaces even when an escape sequence follows them.
    var index = units.count - 1
    while index >= 0 {
      if units[index].isBreakSpace {
        units.remove(at: index)
      } else if !units[index].isEscape {
        break
      }
      index -= 1
    }
    lines.append(units.map(\.text).joined())
    line = []
    lineWidth = 0
  }
}
