#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How many columns the output may use: `COLUMNS` when set (shells export it, and tests and
/// scripts set it), else the size of the terminal on standard output, else 80 (a pipe or file).
public enum TerminalWidth {
  /// The narrowest width tables are laid out for; anything narrower is treated as this.
  public static let minimum = 40
  /// The widest width used, so a very wide window does not produce unreadable long lines.
  public static let maximum = 400

  /// The variables `detect` reads.
  public static let environmentNames = ["COLUMNS"]

  /// The width for `environment` and the terminal on descriptor `descriptor`.
  public static func detect(environment: [String: String], descriptor: Int32 = 1) -> Int {
    if let text = environment["COLUMNS"], let columns = Int(text.filter { $0 != " " }),
      columns > 0
    {
      return clamp(columns)
    }
    var size = winsize()
    if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return clamp(Int(size.ws_col))
    }
    return 80
  }

  private static func clamp(_ columns: Int) -> Int { min(max(columns, minimum), maximum) }
}
