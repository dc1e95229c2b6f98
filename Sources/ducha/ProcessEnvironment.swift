import Foundation

/// Environment variables read one by one with `getenv`.
///
/// `ProcessInfo.processInfo.environment` copies every variable into a new dictionary each time
/// it is read: about 0.45 million instructions, and the REPL's start read it four times before
/// its first question (callgrind, issue 13). The libraries still take a dictionary (their tests
/// pass one); this gives them one holding only the variables they read.
enum ProcessEnvironment {
  /// The value of `name`, or nil when it is not set.
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// The variables of `names` that are set, by name.
  static func values(_ names: [String]) -> [String: String] {
    var values: [String: String] = [:]
    for name in names {
      if let value = value(name) { values[name] = value }
    }
    return values
  }
}
