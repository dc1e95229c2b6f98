import DuchaChecklist
import Foundation

/// Turns what an inspector types at a prompt into a typed answer, or a one-line message
/// saying what was expected. Accepts full-width digits and punctuation from Chinese keyboards.
public enum AnswerParser {
  /// The result of parsing one line.
  public enum Outcome: Equatable, Sendable {
    /// A valid answer.
    case value(AnswerValue)
    /// Not valid: the message says what to type instead.
    case invalid(Localized)
  }

  /// Parses `text` as an answer to `input`.
  public static func parse(_ text: String, for input: Input) -> Outcome {
    let text = normalize(text)
    switch input.type {
    case .count, .number, .percent, .discretionary:
      return number(text, input)
    case .yesNo:
      if ["是", "有", "y", "yes", "1", "对", "√"].contains(text.lowercased()) {
        return .value(.bool(true))
      }
      if ["否", "无", "没有", "n", "no", "0", "不", "×"].contains(text.lowercased()) {
        return .value(.bool(false))
      }
      return .invalid(Localized("请回答“是”或“否”。", en: "answer 是 (yes) or 否 (no)."))
    case .choice(let options):
      if let index = Int(text), options.indices.contains(index - 1) {
        return .value(.choice(options[index - 1].label))
      }
      if let option = options.first(where: { $0.label == text }) {
        return .value(.choice(option.label))
      }
      let matches = options.filter { $0.label.hasPrefix(text) }
      if matches.count == 1, !text.isEmpty { return .value(.choice(matches[0].label)) }
      return .invalid(
        Localized(
          "请输入选项的序号（1–\(options.count)）或名称。",
          en: "type an option's number (1–\(options.count)) or its name."))
    case .multiple(_, let entries):
      return several(text, entries)
    case .date:
      return date(text)
    case .text:
      return text.isEmpty
        ? .invalid(Localized("请输入文字。", en: "type some text.")) : .value(.text(text))
    case .verification:
      return .invalid(
        Localized("核验项请逐项回答。", en: "verification inputs are answered entry by entry."))
    }
  }

  /// Parses a verification status: 齐全/缺失/不全 or 1/2/3.
  public static func status(_ text: String) -> VerificationStatus? {
    switch normalize(text) {
    case "1", "齐全", "齐", "有", "complete": .complete
    case "2", "缺失", "缺", "无", "missing": .missing
    case "3", "不全", "残缺", "incomplete": .incomplete
    default: nil
    }
  }

  /// Full-width digits, letters and punctuation to their ASCII forms; surrounding spaces trimmed.
  public static func normalize(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      case 0x3000: result.append(" ")
      // 。 after a digit is a decimal point typed on a Chinese keyboard.
      case 0x3002 where result.last?.isNumber == true: result.append(".")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result.trimmingCharacters(in: .whitespaces)
  }

  private static func number(_ text: String, _ input: Input) -> Outcome {
    var digits = text
    if digits.hasSuffix("%") { digits.removeLast() }
    let isCount: Bool
    if case .count = input.type { isCount = true } else { isCount = false }
    guard digits.wholeMatch(of: /-?\d+(\.\d+)?/) != nil,
      let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    else {
      return .invalid(
        isCount
          ? Localized("请输入一个整数，如 3。", en: "type a whole number, e.g. 3.")
          : Localized("请输入一个数，如 99.5。", en: "type a number, e.g. 99.5."))
    }
    if isCount, value != ScoreFormat.round(value, places: 0) {
      return .invalid(
        Localized("请输入整数（人数、次数没有小数）。", en: "type a whole number (counts have no decimals)."))
    }
    let (low, high) = input.type.bounds
    if (low.map { value < $0 } ?? false) || (high.map { value > $0 } ?? false) {
      if let custom = input.rangeMessage { return .invalid(Localized(custom)) }
      return .invalid(rangeMessage(low, high))
    }
    return .value(.number(value))
  }

  /// `应在 0 到 100 之间` / `至少 0` / `至多 5`.
  static func rangeMessage(_ low: Decimal?, _ high: Decimal?) -> Localized {
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    switch (low, high) {
    case (let low?, let high?):
      return Localized(
        "应在 \(f(low)) 到 \(f(high)) 之间。", en: "must be between \(f(low)) and \(f(high)).")
    case (let low?, nil): return Localized("至少为 \(f(low))。", en: "must be at least \(f(low)).")
    case (nil, let high?): return Localized("至多为 \(f(high))。", en: "must be at most \(f(high)).")
    default: return Localized("超出范围。", en: "out of range.")
    }
  }

  private static func several(_ text: String, _ entries: [String]) -> Outcome {
    if ["全部", "都有", "all"].contains(text.lowercased()) { return .value(.multiple(entries)) }
    if ["无", "没有", "none", "-"].contains(text.lowercased()) { return .value(.multiple([])) }
    var chosen: [String] = []
    for word in text.split(whereSeparator: { " ,、;；".contains($0) }).map(String.init) {
      if let index = Int(word), entries.indices.contains(index - 1) {
        chosen.append(entries[index - 1])
      } else if entries.contains(word) {
        chosen.append(word)
      } else {
        return .invalid(
          Localized(
            "“\(word)”不在名单里。请输入序号或名称，用空格或“、”分隔；“全部”或“无”。",
            en:
              "'\(word)' is not in the list. Type numbers or names separated by spaces; 'all' or 'none'."
          ))
      }
    }
    guard !chosen.isEmpty else {
      return .invalid(
        Localized("请输入序号或名称；一个都没有请输入“无”。", en: "type numbers or names; 'none' if there are none."))
    }
    return .value(.multiple(entries.filter(chosen.contains)))
  }

  private static func date(_ text: String) -> Outcome {
    let parts = text.split(whereSeparator: { "-./年月日".contains($0) }).compactMap { Int($0) }
    guard parts.count == 3, (1949...2100).contains(parts[0]), (1...12).contains(parts[1]),
      (1...31).contains(parts[2])
    else {
      return .invalid(
        Localized("请按 年-月-日 输入，如 2021-10-26。", en: "type a date as YYYY-MM-DD, e.g. 2021-10-26."))
    }
    return .value(.date(String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])))
  }

  /// An answer as the inspector would write it, for echoes and corrections.
  public static func display(_ value: AnswerValue) -> String { value.display }
}
