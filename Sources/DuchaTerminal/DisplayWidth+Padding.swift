extension DisplayWidth {
  /// Pads `text` with spaces to exactly `width` columns.
  ///
  /// Text already `width` columns or wider is returned unchanged: cutting is a separate, visible
  /// decision (`truncate(_:to:)`), never a side effect of aligning.
  public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String
  {
    let missing = width - of(text)
    guard missing > 0 else {
      return text
    }
    // Written as bytes: `String(repeating: " ", count:)` cost about 3,000 instructions a cell.
    let fill = String(unsafeUninitializedCapacity: missing) { buffer in
      buffer.initialize(repeating: 0x20)
      return missing
    }
    switch alignment {
    case .left: return text + fill
    case .right: return fill + text
    }
  }

  /// Shortens `text` to at most `width` columns, ending it with "…" (one column) when anything
  /// was cut.
  ///
  /// A wide character that would straddle the limit is dropped whole, so the result can be one
  /// column narrower than `width`. Escape sequences after the cut are kept (they take no
  /// columns), so a colour reset at the end of the text still takes effect.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width else {
      return text
    }
    guard width > 0 else {
      return ""
    }
    let ellipsis = "…"
    let budget = width - of(ellipsis)
    var result = ""
    var used = 0
    var isCut = false
    for unit in TerminalText.units(of: text) {
      if unit.isEscape {
        result += unit.text
      } else if !isCut {
        if used + unit.width <= budget {
          result += unit.text
          used += unit.width
        } else {
          result += ellipsis
          isCut = true
        }
      }
    }
    return result
  }
}
