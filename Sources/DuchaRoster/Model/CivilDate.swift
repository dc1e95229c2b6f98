import DuchaChecklist

/// A calendar date without time or zone, as birth dates are written.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// 1–12.
  public var month: Int
  /// 1–31.
  public var day: Int

  /// A date when `year`, `month` and `day` name a real day (leap years included).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= CalendarDay.count(inMonth: month, of: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Orders dates in time.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
  public init(daysSinceEpoch days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.month = month
    self.day = day
  }

  /// Reads the ways a birth date is written in exports: `2013-05-06`, `2013/5/6`, `2013.5.6`,
  /// `20130506`, `2013年5月6日`, with a time after it, or an Excel day number (`41400`); the
  /// full-width digits and separators of a Chinese input method (`２０１３－０５－０６`) as their
  /// ASCII forms.
  public init?(parsing text: String) {
    let cleaned = CellText.clean(text)
    guard !cleaned.isEmpty else { return nil }
    // Nearly every cell is ASCII, one byte a character: read the bytes the way the lines below
    // read Characters, which cost an eighth of `roster check` over a county's export.
    if let bytes = CellText.oneBytePerCharacter(cleaned) {
      guard let date = Self.parsingASCII(bytes) else { return nil }
      self = date
      return
    }
    // Only the rare cell that is not ASCII is narrowed (a date typed in full-width mode).
    let trimmed = FullWidth.narrowed(cleaned)
    if let bytes = CellText.oneBytePerCharacter(trimmed) {
      guard let date = Self.parsingASCII(bytes) else { return nil }
      self = date
      return
    }
    // Drop a time part: "2013-05-06 00:00:00", "2013-05-06T00:00:00".
    let datePart =
      trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init)
      ?? trimmed
    if datePart.allSatisfy({ $0.isASCII && $0.isNumber }) {
      if datePart.count == 8, let value = Int(datePart) {
        self.init(year: value / 10000, month: value / 100 % 100, day: value % 100)
        return
      }
      // Excel's day numbers count from 1900-01-01 = 1 (with its phantom 1900-02-29):
      // day 25569 is 1970-01-01. Plausible birth dates lie between 1900 and 2100.
      if datePart.count <= 5, let serial = Int(datePart), serial > 60, serial <= 73_050 {
        self.init(daysSinceEpoch: serial - 25_569)
        return
      }
      return nil
    }
    let numbers = datePart.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).compactMap {
      Int($0)
    }
    guard numbers.count == 3 else { return nil }
    self.init(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// `init(parsing:)` of a cleaned ASCII cell without a carriage return, step for step, in
  /// place: no piece of the cell is copied.
  private static func parsingASCII(_ bytes: [UInt8]) -> CivilDate? {
    let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    // The date part: the first piece between spaces and `T`s, the whole cell if none.
    let isBreak = { (byte: UInt8) in byte == 0x20 || byte == 0x54 }
    var start = 0
    while start < bytes.count, isBreak(bytes[start]) { start += 1 }
    var end = start
    while end < bytes.count, !isBreak(bytes[end]) { end += 1 }
    let datePart = start < bytes.count ? bytes[start..<end] : bytes[...]
    if datePart.allSatisfy(isDigit) {
      // At most eight digits: no overflow.
      let value = { datePart.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
      if datePart.count == 8 {
        let date = value()
        return CivilDate(year: date / 10000, month: date / 100 % 100, day: date % 100)
      }
      if datePart.count <= 5 {
        let serial = value()
        return serial > 60 && serial <= 73_050 ? CivilDate(daysSinceEpoch: serial - 25_569) : nil
      }
      return nil
    }
    // Runs of digits; one too long for an `Int` is left out, as `Int(_:)` gave nil for it.
    var numbers: [Int] = []
    var index = datePart.startIndex
    while index < datePart.endIndex {
      guard isDigit(datePart[index]) else {
        index += 1
        continue
      }
      var value = 0
      var fits = true
      while index < datePart.endIndex, isDigit(datePart[index]) {
        if fits {
          let (times, over) = value.multipliedReportingOverflow(by: 10)
          let (sum, overSum) = times.addingReportingOverflow(Int(datePart[index] - 0x30))
          fits = !over && !overSum
          value = sum
        }
        index += 1
      }
      if fits {
        numbers.append(value)
        if numbers.count > 3 { return nil }
      }
    }
    guard numbers.count == 3 else { return nil }
    return CivilDate(year: numbers[0], month: numbers[1], day: numbers[2])
  }
}
