import Foundation

/// Makes sure readline decodes keystrokes as UTF-8.
///
/// readline takes its character set from the environment (LC_ALL, LC_CTYPE, LANG), not from the
/// program's `setlocale`, and containers often have none set; readline then treats each byte of
/// a Chinese character as a separate character, so Backspace leaves broken bytes behind.
enum ReadlineLocale {
  private static let prepared: Void = {
    if setlocale(LC_CTYPE, "") != nil, isUTF8() {
      return
    }
    // Changes the environment of the whole process (and its children): acceptable for an
    // interactive session, and the only setting readline honours.
    setenv("LC_ALL", "C.UTF-8", 1)
    setlocale(LC_ALL, "")
  }()

  /// Runs the fix once, before readline reads its first key.
  static func prepare() {
    prepared
  }

  private static func isUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else {
      return false
    }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
