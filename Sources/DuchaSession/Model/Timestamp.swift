import Foundation

/// Times as inspectors read them: ISO 8601 in China Standard Time (+08:00), which also sorts
/// correctly as text because every timestamp carries the same offset.
public enum Timestamp {
  /// `date` as `2021-10-27T09:30:00+08:00`.
  public static func string(from date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
    return formatter.string(from: date)
  }

  /// Now.
  public static var now: String { string(from: Date()) }
}
