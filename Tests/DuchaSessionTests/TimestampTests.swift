import Foundation
import Testing

@testable import DuchaSession

/// The hand-written timestamp (every answer is stamped twice) is held to Foundation's
/// `ISO8601DateFormatter` in Asia/Shanghai, which it replaces for dates since 1992.
@Suite struct TimestampTests {
  @Test func knownMomentsReadAsInspectorsReadThem() {
    // 2021-10-27 09:30 in 灵璧 is 01:30 UTC.
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_635_298_200))
        == "2021-10-27T09:30:00+08:00")
    // Fractions of a second are cut, after Foundation rounds to whole milliseconds.
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_635_298_200.9994))
        == "2021-10-27T09:30:00+08:00")
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_635_298_200.9995))
        == "2021-10-27T09:30:01+08:00")
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_635_298_199.9994))
        == "2021-10-27T09:29:59+08:00")
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_709_251_199.999))
        == "2024-03-01T07:59:59+08:00")
    // Midnight in China is 16:00 UTC the day before: a leap day ends.
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_709_222_400))
        == "2024-03-01T00:00:00+08:00")
    #expect(
      Timestamp.string(from: Date(timeIntervalSince1970: 1_709_222_399))
        == "2024-02-29T23:59:59+08:00")
  }

  @Test func sameTextAsTheFormatterFrom1992OnWholeAndFractionalSeconds() {
    var generator = SystemRandomNumberGenerator()
    var moments: [Double] = [
      Timestamp.fixedOffsetSince, Timestamp.fixedOffsetSince + 0.5, 951_782_400, 951_868_799.75,
      4_107_542_400, 4_107_542_399.001, 1_635_298_200.999_9, 1_635_298_200.999_5,
      1_635_298_200.999_49, 1_635_298_200.000_5, 1_635_298_199.999_4, 1_635_298_199.999_5,
    ]
    // Random moments up to 2200, and midnights around month and year ends, leap days and
    // centuries (2000, 2100).
    for _ in 0..<5_000 {
      moments.append(
        Double.random(in: Timestamp.fixedOffsetSince..<7_258_118_400, using: &generator))
    }
    for day in stride(from: 8_035, to: 83_000, by: 1) where day % 30 < 2 || day % 365 < 2 {
      moments.append(Double(day) * 86_400 - 8 * 3600)
    }
    // One formatter for the sweep (building one per date would take seconds); the first dates
    // also go through `formatterString`, which the dates before 1992 use.
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
    for (index, moment) in moments.enumerated() {
      let date = Date(timeIntervalSince1970: moment)
      let expected = formatter.string(from: date)
      #expect(Timestamp.fixedOffsetString(date) == expected, "\(moment)")
      if index < 20 { #expect(Timestamp.formatterString(date) == expected) }
    }
  }

  @Test func earlierDatesUseTheFormatterWithChinasDaylightSavingTime() {
    // 1988-07-01 04:00 UTC: clocks in China read 13:00 (daylight saving time, 1986–1991).
    let summer1988 = Date(timeIntervalSince1970: 583_732_800)
    #expect(Timestamp.fixedOffsetString(summer1988) == nil)
    #expect(Timestamp.string(from: summer1988) == Timestamp.formatterString(summer1988))
    #expect(Timestamp.string(from: summer1988).hasSuffix("+09:00"))
    let lastSecondBefore1992 = Date(timeIntervalSince1970: Timestamp.fixedOffsetSince - 1)
    #expect(Timestamp.fixedOffsetString(lastSecondBefore1992) == nil)
    #expect(Timestamp.string(from: lastSecondBefore1992) == "1991-12-31T23:59:59+08:00")
  }
}
