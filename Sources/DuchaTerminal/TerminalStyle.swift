/// Colour and emphasis for terminal output that switch themselves off where escape codes would
/// end up as garbage: pipes, files, `NO_COLOR`, dumb terminals.
public struct TerminalStyle: Sendable, Equatable {
  /// Whether the methods add escape codes; when false they return their argument unchanged.
  public let isEnabled: Bool

  /// Creates a style that always (`true`) or never (`false`) emits escape codes.
  public init(enabled: Bool) {
    isEnabled = enabled
  }

  /// The variables `detect` reads.
  public static let environmentNames = ["NO_COLOR", "TERM"]

  /// The style for an output stream: enabled only on a terminal (`isTTY`), when `NO_COLOR` is
  /// unset or empty (https://no-color.org) and `TERM` is not "dumb".
  public static func detect(isTTY: Bool, environment: [String: String]) -> TerminalStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TerminalStyle(enabled: isTTY && !noColor && environment["TERM"] != "dumb")
  }

  /// Bold text, for headings and the thing the reader must act on.
  public func bold(_ text: String) -> String { wrap(text, on: 1, off: 22) }
  /// Dimmed text, for secondary details such as file paths and hints.
  public func dim(_ text: String) -> String { wrap(text, on: 2, off: 22) }
  /// Red text, for failed checks and errors.
  public func red(_ text: String) -> String { wrap(text, on: 31, off: 39) }
  /// Green text, for passed checks.
  public func green(_ text: String) -> String { wrap(text, on: 32, off: 39) }
  /// Yellow text, for warnings and items needing review.
  public func yellow(_ text: String) -> String { wrap(text, on: 33, off: 39) }
  /// Cyan text, for names, commands and other highlights.
  public func cyan(_ text: String) -> String { wrap(text, on: 36, off: 39) }

  /// Ends with the matching "off" code rather than a full reset (0), so styles nest:
  /// `red("未通过 " + bold("3") + " 项")` stays red after the bold part.
  private func wrap(_ text: String, on: Int, off: Int) -> String {
    guard isEnabled, !text.isEmpty else {
      return text
    }
    return "\u{1B}[\(on)m\(text)\u{1B}[\(off)m"
  }
}
