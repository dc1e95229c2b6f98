import DuchaChecklist
import Foundation

/// Reads a number the way inspectors type it on a Chinese keyboard: `15000`, `15,000`, full-width
/// `２０`, `1.5万`, `1.5w`, `1千2百`, `一千二百`, `九十二点五`, `3个`, `3人`, `95%`, `百分之95`. Every spelling is either read
/// to its exact value or refused with a message; nothing is read halfway (`1.5万` is never 1.5).
///
/// Hand-written because no Swift package reads Chinese numerals mixed with Arabic digits; the
/// grammar is small (digits, 十百千, 万亿, 零, one unit word) and refuses every ambiguity.
public enum TypedNumber {
  /// What the number is for, which decides the unit words and the `%` sign it may carry.
  public enum Kind: Sendable {
    /// 计数: people, classes, times — unit words 个人名次… and no decimals.
    case count
    /// 数值: money and other amounts — 元 allowed, and ㎡/平方米/米 for areas and lengths.
    case amount
    /// 百分比: `%` or `百分之` allowed.
    case percent
    /// 酌情 points: 分 allowed.
    case points
  }

  /// Why a spelling was refused.
  public enum Problem: Error, Equatable, Sendable {
    /// Not a number at all.
    case notANumber
    /// Commas that are not thousands separators (`1,5`, `15,00`).
    case badGrouping
    /// `1万2`, `一千二`: colloquial, and probably `likely` (12000, 1200), but 1.2万 or 1万2千
    /// would be clear.
    case ambiguousTail(likely: Decimal)
    /// Units out of order (`1百2千`) or repeated.
    case unitOrder
    /// A `%` on something that is not a percentage, or a unit word that does not fit.
    case wrongUnit(String)
    /// More digits than any real figure has.
    case tooLong
  }

  /// Unit words accepted after the number, per kind.
  static func unitWords(_ kind: Kind) -> [String] {
    switch kind {
    case .count:
      [
        "个", "人", "名", "次", "所", "班", "例", "项", "位", "间", "本", "份", "件", "台", "户", "条", "处", "张",
        "门",
      ]
    // Areas and lengths as the forms' prompts give them (学校占地面积（㎡）): 15000㎡,
    // 1.5万平方米. 平方米 before 米, which it ends with.
    case .amount: ["元", "块", "平方米", "平米", "㎡", "m²", "米"]
    case .percent: ["%"]
    case .points: ["分"]
    }
  }

  static let chineseDigits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
  ]
  static let smallUnits: [Character: Int] = [
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
  ]
  /// `w`/`W` is 万 as typed on a phone keyboard (`1.5w`), where the number pad has no 万.
  static let bigUnits: [Character: Decimal] = [
    "万": 10_000, "萬": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000,
  ]

  /// Reads `text` (already `AnswerParser.normalize`d: full-width forms are ASCII) as a `kind`.
  public static func parse(_ text: String, as kind: Kind) -> Result<Decimal, Problem> {
    // Nearly every typed answer is a few plain digits, which every kind reads the same way:
    // they are read at once. Going through `parseSpelled` (two Foundation trims, the unit words,
    // an array of Characters) was a fifth of the walk's work between an answer's save and the
    // next (`perf record`); `TypedNumberFastPathTests` holds the two to the same Decimal.
    if let whole = plainWholeNumber(text) { return .success(whole) }
    return parseSpelled(text, as: kind)
  }

  /// `parse` without the shortcut for plain digits: every spelling, units and percent signs.
  static func parseSpelled(_ text: String, as kind: Kind) -> Result<Decimal, Problem> {
    var body = text.trimmingCharacters(in: .whitespaces)
    // `￥15000`: the input method's currency sign before an amount of money, as 元 after it.
    if let sign = body.first, sign == "¥" || sign == "￥" {
      guard kind == .amount else { return .failure(.wrongUnit(String(sign))) }
      body.removeFirst()
      body = body.trimmingCharacters(in: .whitespaces)
    }
    var isPercent = false
    if body.hasPrefix("百分之") {
      body.removeFirst(3)
      isPercent = true
    } else if body.hasSuffix("%") || body.hasSuffix("‰") {
      if body.hasSuffix("‰") { return .failure(.wrongUnit("‰")) }
      body.removeLast()
      isPercent = true
    }
    if isPercent, kind != .percent { return .failure(.wrongUnit("%")) }
    if !isPercent {
      for unit in unitWords(.count) + unitWords(.amount) + unitWords(.points)
      where body.hasSuffix(unit) {
        guard unitWords(kind).contains(unit) else { return .failure(.wrongUnit(unit)) }
        body.removeLast(unit.count)
        break
      }
    }
    // `3 人` is fine; `3 4` is not one number.
    body = body.trimmingCharacters(in: .whitespaces)
    // `1.5 万`: some input methods put a space before the Chinese character; a space anywhere
    // else still splits two numbers (`3 4万`).
    body = withoutSpacesBeforeBigUnits(body)
    guard !body.isEmpty, !body.contains(where: \.isWhitespace) else { return .failure(.notANumber) }
    guard body.count <= 40 else { return .failure(.tooLong) }
    return read(body)
  }

  /// `text` without the spaces just before 万, 萬 or 亿.
  private static func withoutSpacesBeforeBigUnits(_ text: String) -> String {
    guard text.contains(where: { bigUnits[$0] != nil }) else { return text }
    var characters: [Character] = []
    for character in text {
      if bigUnits[character] != nil {
        while characters.last?.isWhitespace == true { characters.removeLast() }
      }
      characters.append(character)
    }
    return String(characters)
  }

  /// Reads digits, decimal points, thousands commas and Chinese units.
  private static func read(_ body: String) -> Result<Decimal, Problem> {
    var negative = false
    var characters = Array(body)
    if characters.first == "-" || characters.first == "负" {
      negative = true
      characters.removeFirst()
    }
    if let point = characters.firstIndex(of: "点") {
      return spokenDecimal(whole: characters[..<point], rest: characters[(point + 1)...])
        .map { negative ? -$0 : $0 }
    }
    var total: Decimal = 0  // whole 万/亿 sections already closed
    var section: Decimal = 0  // the part below 万 being built
    var current: Decimal?  // the number just read, waiting for its unit
    var lastSmall = Int.max  // the last 十百千 in this section, to keep them descending
    var lastBig = Decimal.greatestFiniteMagnitude
    var sawZero = false
    var sawUnit = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isASCII, character.isNumber || character == "." {
        guard current == nil else { return .failure(.notANumber) }
        var end = index
        while end < characters.count,
          characters[end].isASCII
            && (characters[end].isNumber || characters[end] == "." || characters[end] == ",")
        {
          end += 1
        }
        guard let literal = arabic(String(characters[index..<end])) else {
          return .failure(
            String(characters[index..<end]).contains(",") ? .badGrouping : .notANumber)
        }
        current = literal
        index = end
        continue
      }
      if let digit = chineseDigits[character] {
        if digit == 0 {
          guard current == nil else { return .failure(.notANumber) }
          sawZero = true
        } else {
          guard current == nil else { return .failure(.notANumber) }
          current = Decimal(digit)
        }
        index += 1
        continue
      }
      if let unit = smallUnits[character] {
        guard unit < lastSmall else { return .failure(.unitOrder) }
        // 十五 = 15: a 十 with nothing before it counts one ten.
        guard let value = current ?? (unit == 10 && section == 0 ? 1 : nil), value < 10 else {
          return .failure(.notANumber)
        }
        section += value * Decimal(unit)
        lastSmall = unit
        current = nil
        sawZero = false
        sawUnit = true
        index += 1
        continue
      }
      if let unit = bigUnits[character] {
        guard unit < lastBig else { return .failure(.unitOrder) }
        let value = section + (current ?? 0)
        guard value != 0 || current != nil else { return .failure(.notANumber) }
        total += value * unit
        lastBig = unit
        section = 0
        current = nil
        lastSmall = Int.max
        sawZero = false
        sawUnit = true
        index += 1
        continue
      }
      return .failure(.notANumber)
    }
    if let tail = current {
      // 一千二 and 1万2 are colloquial for 1200 and 12000; 十五, 一千零二 and a bare 1200 are clear.
      let likelyStep = lastSmall != Int.max ? Decimal(lastSmall / 10) : lastBig / 10
      let likely = (total + section + tail * likelyStep) * (negative ? -1 : 1)
      if sawUnit, lastSmall != 10, !sawZero { return .failure(.ambiguousTail(likely: likely)) }
      if sawUnit, tail != ScoreFormat.round(tail, places: 0) { return .failure(.notANumber) }
      if sawUnit, tail >= 10, lastSmall == 10 || sawZero { return .failure(.notANumber) }
      section += tail
    } else if sawZero, !sawUnit {
      // 零 alone.
    } else if !sawUnit {
      return .failure(.notANumber)
    }
    let value = total + section
    return .success(negative ? -value : value)
  }

  /// A number said with 点, as a Chinese voice input or a careful typist writes it:
  /// `九十二点五` (92.5), `百分之九十二点五`, `零点五`, `二点零五` (2.05), `一点五万` (15000). Before
  /// 点 a whole number in any spelling `read` accepts (without 万 or 亿: `一万二点五` is refused as
  /// unclear); after it single digits, Chinese or Arabic, then at most one 万 or 亿 for the whole.
  private static func spokenDecimal(whole: ArraySlice<Character>, rest: ArraySlice<Character>)
    -> Result<Decimal, Problem>
  {
    guard !whole.isEmpty, !rest.isEmpty, !whole.contains(where: { bigUnits[$0] != nil }) else {
      return .failure(.notANumber)
    }
    var digits = rest
    var scale: Decimal = 1
    if let last = digits.last, let unit = bigUnits[last] {
      scale = unit
      digits.removeLast()
    }
    guard !digits.isEmpty else { return .failure(.notANumber) }
    let wholeValue: Decimal
    switch read(String(whole)) {
    case .success(let value): wholeValue = value
    case .failure(let problem): return .failure(problem)
    }
    var fraction: Decimal = 0
    var place: Decimal = 1
    for character in digits {
      let digit: Int
      if let spoken = chineseDigits[character] {
        digit = spoken
      } else if let arabic = character.wholeNumberValue, character.isASCII {
        digit = arabic
      } else {
        return .failure(.notANumber)
      }
      place /= 10
      fraction += Decimal(digit) * place
    }
    return .success((wholeValue + fraction) * scale)
  }

  /// `15000`, `15,000`, `1,234.5`, `1.5`: digits with an optional point and correct grouping.
  private static func arabic(_ text: String) -> Decimal? {
    guard isArabicLiteral(text) else { return nil }
    if let whole = plainWholeNumber(text) { return whole }
    let plain = text.replacingOccurrences(of: ",", with: "")
    return Decimal(
      string: plain.hasPrefix(".") ? "0" + plain : plain, locale: posix)
  }

  private static let posix = Locale(identifier: "en_US_POSIX")

  /// `text` when it is 1 to 18 ASCII digits and nothing else (nearly every typed answer), read
  /// by `DecimalLiteral` without `Decimal(string:locale:)`, which asks ICU for the locale's decimal separator and
  /// goes through `replacingOccurrences` first: a few percent of a walk's samples in `perf
  /// record`. The same value, exponent and significand (`TypedNumberTests`).
  static func plainWholeNumber(_ text: String) -> Decimal? {
    let bytes = text.utf8
    guard (1...18).contains(bytes.count),
      bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    // The checklist library's reader of number literals, held to Foundation's stored bytes.
    return DecimalLiteral.value(text)
  }

  /// What `arabic` read before `plainWholeNumber`, for the tests that hold the two together.
  static func foundationDecimal(_ text: String) -> Decimal? {
    Decimal(string: text, locale: posix)
  }

  /// Whether `text` is `[0-9]+(\.[0-9]+)?`, `[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?` or `\.[0-9]+`.
  /// Written out because a regex literal is parsed again at every use, and every typed number
  /// of the walk passes here (`TypedNumberTests` holds it to the regex).
  static func isArabicLiteral(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    let point = bytes.firstIndex(of: UInt8(ascii: "."))
    let whole = bytes[..<(point ?? bytes.count)]
    if let point {
      let fraction = bytes[(point + 1)...]
      guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return false }
    }
    if whole.isEmpty { return point != nil }
    if whole.allSatisfy(isDigit) { return true }
    // Grouped: one to three digits, then one or more `,ddd`.
    let groups = whole.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
    guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else {
      return false
    }
    return groups.allSatisfy { $0.allSatisfy(isDigit) }
      && groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
