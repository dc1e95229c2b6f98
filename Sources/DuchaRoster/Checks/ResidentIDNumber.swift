import DuchaChecklist

/// Checks of a resident ID number by GB 11643-1999: 18 characters (6-digit region, birth date
/// YYYYMMDD, 3-digit sequence whose parity is the sex, check character by ISO 7064 MOD 11-2).
public enum ResidentIDNumber {
  private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  private static let checkCharacters: [Character] = Array("10X98765432")

  /// What can be wrong with a number, each saying what is expected.
  public enum Problem: Sendable, Equatable {
    /// A 15-digit number of the first generation (before 1999), which has no check character.
    case oldFifteenDigit
    /// Not 18 characters.
    case length(Int)
    /// A character that is not a digit (the last one may be X); position is 1-based.
    case notDigit(position: Int, character: Character)
    /// Positions 7–14 are not a real date.
    case impossibleDate(String)
    /// The birth date is after today.
    case futureDate(CivilDate)
    /// The check character is wrong; `expected` is the right one.
    case checkCharacter(expected: Character, found: Character)
    /// The column was saved as numbers and the number shows in scientific notation
    /// (`9.90158E+17`, in a CSV re-saved from Excel or an XLSX number cell): the digits are
    /// gone and only a new export brings them back (`IDSavedAsNumber`).
    case scientificNotation(String)
    /// 18 digits ending in 000 with a wrong check character: Excel keeps 15 significant digits
    /// of a number stored as a number, and the last three became zeros.
    case roundedByExcel

    /// How to fix the number: `IDSavedAsNumber.fix` for the two kinds of Excel damage, nil for
    /// the others (the number was miscopied: the household register or ID card has it).
    public var savedAsNumberFix: Localized? {
      switch self {
      case .scientificNotation, .roundedByExcel: IDSavedAsNumber.fix
      default: nil
      }
    }

    /// What to tell the user, in Chinese and English.
    public var message: Localized {
      switch self {
      case .oldFifteenDigit:
        Localized("15 位旧身份证号，应换成 18 位号码", en: "an old 15-digit number; use the 18-digit one")
      case .length(let count):
        Localized("身份证号有 \(count) 位，应为 18 位", en: "the number has \(count) characters, not 18")
      case .notDigit(let position, let character):
        Localized(
          "第 \(position) 位“\(character)”不是数字",
          en: "character \(position) (\(character)) is not a digit")
      case .impossibleDate(let text):
        Localized(
          "第 7–14 位的出生日期 \(text) 不存在",
          en: "the birth date \(text) in characters 7–14 does not exist")
      case .futureDate(let date):
        Localized("出生日期 \(date) 晚于今天", en: "the birth date \(date) is in the future")
      case .checkCharacter(let expected, let found):
        Localized(
          "校验位应为 \(expected)，不是 \(found)",
          en: "the check character should be \(expected), not \(found)")
      case .scientificNotation(let text):
        IDSavedAsNumber.scientific(text)
      case .roundedByExcel:
        IDSavedAsNumber.rounded
      }
    }
  }

  /// A cell's number as every reader checks and compares it (the roster check, 数据比对, the
  /// case import): spreadsheet padding and `="…"` removed, spaces inside removed (a number
  /// copied from a form in groups, `341323 2012 0315 0012`, full-width spaces too), full-width
  /// digits and letters made ASCII, upper-cased.
  public static func normalized(cell text: String) -> String {
    CellText.asciiUpper(CellText.withoutSpaces(CellText.clean(text)))
  }

  /// The check character the first 17 digits call for; nil unless they are 17 ASCII digits.
  public static func checkCharacter(forFirst17 digits: some Collection<Character>) -> Character? {
    guard digits.count == 17 else { return nil }
    var sum = 0
    for (character, weight) in zip(digits, weights) {
      guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
      sum += digit * weight
    }
    return checkCharacters[sum % 11]
  }

  /// The problems of `number` (already upper-cased ASCII), empty when it is valid. Works on
  /// bytes: it runs once per student of a county-wide export.
  public static func problems(of number: String, today: CivilDate) -> [Problem] {
    let bytes = Array(number.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      // Chinese or full-width text in the number: name the first character that is not a digit.
      let characters = Array(number)
      if characters.count != 18 { return [.length(characters.count)] }
      let index = characters.firstIndex { !($0.isASCII && $0.isNumber) } ?? 0
      return [.notDigit(position: index + 1, character: characters[index])]
    }
    let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    if isScientific(bytes) { return [.scientificNotation(number)] }
    if bytes.count == 15, bytes.allSatisfy(isDigit) { return [.oldFifteenDigit] }
    guard bytes.count == 18 else { return [.length(bytes.count)] }
    for (index, byte) in bytes.enumerated() where !isDigit(byte) && !(index == 17 && byte == 0x58) {
      return [.notDigit(position: index + 1, character: Character(Unicode.Scalar(byte)))]
    }
    var problems: [Problem] = []
    var date = 0
    for byte in bytes[6..<14] { date = date * 10 + Int(byte - 0x30) }
    if let birth = CivilDate(year: date / 10000, month: date / 100 % 100, day: date % 100) {
      if today < birth { problems.append(.futureDate(birth)) }
    } else {
      problems.append(.impossibleDate(String(decoding: bytes[6..<14], as: UTF8.self)))
    }
    var sum = 0
    for (byte, weight) in zip(bytes[..<17], weights) { sum += Int(byte - 0x30) * weight }
    let expected = checkCharacters[sum % 11]
    let found = Character(Unicode.Scalar(bytes[17]))
    if expected != found {
      problems.append(
        bytes[15..<18].elementsEqual("000".utf8)
          ? .roundedByExcel : .checkCharacter(expected: expected, found: found))
    }
    return problems
  }

  /// Whether Excel damaged `number` (scientific notation, or 18 digits rounded to …000 with a
  /// wrong check character): the other columns cannot then be compared with it.
  public static func isExcelDamaged(_ number: String) -> Bool {
    let bytes = Array(number.utf8)
    if isScientific(bytes) { return true }
    guard bytes.count == 18, bytes[15..<18].elementsEqual("000".utf8),
      let expected = checkCharacter(forFirst17: number.prefix(17))
    else { return false }
    return expected != "0"
  }

  /// `9.90158E+17`, `9.9E17`, `1E+17`: a digit, optionally `.` and digits, then `E`, an
  /// optional `+` and digits — how Excel shows and saves a long number it holds as a number.
  private static func isScientific(_ bytes: [UInt8]) -> Bool {
    let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    guard let e = bytes.firstIndex(where: { $0 == 0x45 }), e > 0, isDigit(bytes[0]) else {
      return false
    }
    let mantissa = bytes[1..<e]
    guard mantissa.isEmpty || (mantissa.first == 0x2E && mantissa.dropFirst().allSatisfy(isDigit))
    else { return false }
    var exponent = bytes[(e + 1)...]
    if exponent.first == 0x2B { exponent = exponent.dropFirst() }
    return !exponent.isEmpty && exponent.allSatisfy(isDigit)
  }

  /// The 18-character form of an old 15-digit number (GB 11643 replaced them in 1999): `19`
  /// before the two-digit year, then the check character; nil unless `number` is 15 ASCII
  /// digits whose date exists. `ducha compare` reads both forms as one child (`ResidentKey`).
  public static func widened(_ number: String) -> String? {
    guard number.utf8.count == 15, number.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    let first17 = String(number.prefix(6)) + "19" + String(number.dropFirst(6))
    guard let check = checkCharacter(forFirst17: first17) else { return nil }
    let full = first17 + String(check)
    return birthDate(of: full) == nil ? nil : full
  }

  /// The birth date in characters 7–14 of an 18-character number, if it is a real date.
  public static func birthDate(of number: String) -> CivilDate? {
    let value: Int?
    if let bytes = CellText.oneBytePerCharacter(number) {
      // Every character is one byte: read the eight without building Characters (this runs
      // once per student of a county-wide export).
      guard bytes.count == 18 else { return nil }
      value = Int(Substring(decoding: bytes[6..<14], as: UTF8.self))
    } else {
      let characters = Array(number)
      guard characters.count == 18 else { return nil }
      value = Int(String(characters[6..<14]))
    }
    guard let value else { return nil }
    return CivilDate(year: value / 10000, month: value / 100 % 100, day: value % 100)
  }

  /// 男 when the sequence's last digit (character 17) is odd, 女 when even.
  public static func sex(of number: String) -> String? {
    let digit: Int?
    if let bytes = CellText.oneBytePerCharacter(number) {
      guard bytes.count == 18 else { return nil }
      digit = (0x30...0x39).contains(bytes[16]) ? Int(bytes[16] - 0x30) : nil
    } else {
      let characters = Array(number)
      guard characters.count == 18 else { return nil }
      digit = characters[16].wholeNumberValue
    }
    guard let digit else { return nil }
    return digit % 2 == 1 ? "男" : "女"
  }

  /// Whether `number` has 18 characters, counted as bytes when it is ASCII.
  static func hasEighteenCharacters(_ number: String) -> Bool {
    CellText.oneBytePerCharacter(number).map { $0.count == 18 } ?? (number.count == 18)
  }
}
