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

  /// What inspectors type for 是: the paper form's ticks and the ways people say yes.
  static let yes: Set<String> = ["是", "有", "y", "yes", "1", "对", "√", "是的", "对的", "有的", "✓", "✔"]
  /// And for 否: `错` pairs with `对` as `×` with `√` on the paper form.
  static let no: Set<String> = [
    "否", "无", "没有", "n", "no", "0", "不", "×", "错", "不是", "不对", "没", "✗", "✘",
  ]

  /// An answer in the question's own words: asked “学生宿舍建筑面积是否达到标准？”, the inspector
  /// says `达到`/`达到了` (是) or `没达到`/`未达到`/`没有达到` (否), as one answers aloud. Only the
  /// words right after the question's 是否 (或 是不是) count, so nothing else is read as an answer;
  /// nil when the answer is not in them.
  static func questionWords(_ answer: String, question: String) -> Bool? {
    guard let asked = question.range(of: "是否") ?? question.range(of: "是不是") else { return nil }
    let words = question[asked.upperBound...].prefix { !"？?，,。；;（(、 ".contains($0) }
    var said = Substring(answer)
    while let last = said.last, "了的啦呀啊".contains(last) { said = said.dropLast() }
    // The words themselves first: asked “是不是不足50人的教学点”, `不足50人` is 是. Two
    // characters at least: `达` alone is no way of saying 达到.
    if said.count >= 2, words.hasPrefix(said) { return true }
    for negation in ["没有", "没", "未", "不"] where said.hasPrefix(negation) {
      let rest = said.dropFirst(negation.count)
      return !rest.isEmpty && words.hasPrefix(rest) ? false : nil
    }
    return nil
  }

  /// Parses `text` as an answer to `input`.
  /// `smallPercents`: the form compares this percentage only with small figures
  /// (`Checklist.comparesOnlyWithSmallFigures`), so `0.3` is 0.3% and is not asked back.
  public static func parse(_ text: String, for input: Input, smallPercents: Bool = false)
    -> Outcome
  {
    let text = normalize(text)
    switch input.type {
    case .count, .number, .percent, .discretionary:
      return number(text, input, smallPercents: smallPercents)
    case .yesNo:
      // "是。" typed with the sentence's full stop is still 是, and so is "是的，" cut short
      // after its comma (，and ！ are , and ! once normalized).
      let word = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "。.!！,、;~"))
      if yes.contains(word) { return .value(.bool(true)) }
      if no.contains(word) { return .value(.bool(false)) }
      if let answer = questionWords(word, question: input.prompt ?? input.name) {
        return .value(.bool(answer))
      }
      return .invalid(Localized("请回答“是”或“否”。", en: "answer 是 (yes) or 否 (no)."))
    case .choice(let options):
      if let option = Int(text).flatMap(options.entry(numbered:)) {
        return .value(.choice(option.label))
      }
      if let option = options.first(where: { $0.label == text }) {
        return .value(.choice(option.label))
      }
      if let hint = scoreHint(text, options) { return .invalid(hint) }
      // A number past the list (8 of 4 options) is no option: it was taken, silently, as the
      // option whose name begins with it (南昌 2: 8 → 80%符合, 8 of 10 points).
      if Int(text) != nil {
        return .invalid(
          Localized(
            "没有第 \(text) 项：请输入选项的序号（1–\(options.count)）或名称。",
            en:
              "there is no option \(text): type an option's number (1–\(options.count)) or its name."
          ))
      }
      let matches = text.isEmpty ? [] : options.filter { $0.label.hasPrefix(text) }
      let spoken = spokenNumber(text).flatMap { options.index(numbered: $0) == nil ? nil : $0 }
      // 一 for option 1 (好) must not silently become 一般 (option 2) by its first character.
      if let spoken, let other = matches.first(where: { $0.label != options[spoken - 1].label }) {
        return .invalid(
          Localized(
            "“\(text)”可以是第 \(spoken) 项“\(options[spoken - 1].label)”，也可以是“\(other.label)”：请输入序号（1–\(options.count)）或完整的名称。",
            en:
              "'\(text)' could be option \(spoken) (\(options[spoken - 1].label)) or '\(other.label)': type the number (1–\(options.count)) or the whole name."
          ))
      }
      if matches.count == 1 { return .value(.choice(matches[0].label)) }
      if let spoken { return .value(.choice(options[spoken - 1].label)) }
      // `A` for 达到A级要求, `C级` for 存在C级问题: a part of one option's name only. Asked, not
      // taken: it was refused with no hint, though the inspector typed the level the form names.
      let containing =
        text.isEmpty
        ? [] : options.indices.filter { options[$0].label.lowercased().contains(text.lowercased()) }
      if let near = containing.count == 1
        ? containing[0] : nearOption(text, options) ?? optionInSentence(text, options)
      {
        return .invalid(
          Localized(
            "“\(text)”不是选项。是不是第 \(near + 1) 项“\(options[near].label)”？请输入序号（1–\(options.count)）或完整的名称。",
            en:
              "'\(text)' is not an option. Did you mean option \(near + 1), '\(options[near].label)'? Type the number (1–\(options.count)) or the whole name."
          ))
      }
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
    case .verification(_, let entries):
      return statuses(text, entries)
    }
  }

  /// A 核验 input on one line, so it is saved with the Enter that ends it: the entries short of
  /// 齐全, each a number or name with its status (`2缺失 3不全`, `辍学台账=缺失`); the rest are
  /// 齐全. `全部齐全` (or `齐全`) when nothing is short. (It was refused with “核验项请逐项回答”
  /// and no way to answer, so a form with a 核验 input could not be walked.)
  private static func statuses(_ text: String, _ entries: [String]) -> Outcome {
    if ["全部齐全", "都齐全", "齐全", "全部", "all complete"].contains(text.lowercased()) {
      return .value(.verification([:]))
    }
    guard !text.isEmpty else {
      return .invalid(
        Localized("请回答；都齐全写“全部齐全”。", en: "answer; 'all complete' when none is short."))
    }
    let words = ["不齐全", "不完整", "缺失", "不全", "残缺", "不齐", "齐全", "缺"]
    var statuses: [String: VerificationStatus] = [:]
    for word in text.split(whereSeparator: { " ,，、;；".contains($0) }).map(String.init) {
      let spoken = words.first { word.hasSuffix($0) }
      var subject = spoken.map { String(word.dropLast($0.count)) } ?? ""
      if subject.hasSuffix("=") || subject.hasSuffix(":") || subject.hasSuffix("：") {
        subject.removeLast()
      }
      let entry =
        Int(subject).flatMap(entries.entry(numbered:))
        ?? (entries.contains(subject) ? subject : nil)
        ?? spokenNumber(subject).flatMap(entries.entry(numbered:))
      guard let spoken, let status = status(spoken), let entry else {
        return .invalid(
          Localized(
            "“\(word)”读不懂。逐项写不齐全的：序号或名称连着状态，如“2缺失 3不全”“辍学台账=缺失”；没写的算齐全；都齐全写“全部齐全”。",
            en:
              "cannot read '\(word)'. Write the entries short of complete, number or name with its status, e.g. '2缺失 3不全'; the rest are complete; 'all complete' when none is short."
          ))
      }
      if status != .complete { statuses[entry] = status } else { statuses[entry] = nil }
    }
    return .value(.verification(statuses))
  }

  /// The words that make a figure an estimate (`约30人`, `30人左右`, `将近50人`), and those that
  /// make it "more than" (`30多人`, `30余人`).
  static let estimateWords = ["差不多", "大约", "大概", "将近", "左右", "上下", "约", "近"]
  static let overWords = ["多", "余"]

  /// The figure in `text` without its estimate words (`约30人` → 30), written as digits, and
  /// whether it was said to be more than that; nil when `text` has none or is no figure
  /// without them.
  static func estimated(_ text: String, _ kind: TypedNumber.Kind) -> (figure: String, over: Bool)? {
    var body = text
    for word in estimateWords { body = body.replacingOccurrences(of: word, with: "") }
    let approximate = body
    for word in overWords { body = body.replacingOccurrences(of: word, with: "") }
    guard body != text, !body.isEmpty, case .success(let value) = TypedNumber.parse(body, as: kind)
    else { return nil }
    return (ScoreFormat.string(value, places: 6), approximate != body)
  }

  /// The number in a score written with the word that turns it (`扣2分`, `减 1`, `得4分`,
  /// `加0.5分`), as the inspector says it aloud; nil for anything else.
  static func signedScore(_ text: String) -> String? {
    guard let first = text.first, "扣减得加".contains(first) else { return nil }
    var body = text.dropFirst().trimmingCharacters(in: .whitespaces)
    if body.hasPrefix("了") { body = String(body.dropFirst()) }
    guard !body.isEmpty, case .success(let value) = TypedNumber.parse(body, as: .points)
    else { return nil }
    return ScoreFormat.string(value, places: 6)
  }

  /// The one option a slip of the input method away from `text` (`进有资料`, `一班` for
  /// `仅有资料`, `一般`: a homophone picked from the candidates); nil when none or several are.
  /// Never taken as the answer: the inspector is asked. One-character answers are not compared,
  /// as every one-character label is a single slip from any other.
  static func nearOption(_ text: String, _ options: [ChoiceOption]) -> Int? {
    guard text.count >= 2 else { return nil }
    let near = options.indices.filter { index in
      let label = Array(options[index].label)
      let distance = Command.editDistance(Array(text), label)
      return distance <= max(1, label.count / 4) && distance < label.count
    }
    if near.count == 1 { return near[0] }
    // `良好` for 良, `优秀` for 优: the two-character word for a one-character grade, which no
    // edit distance catches (a one-character label is one slip from any other).
    let longer = options.indices.filter { index in
      let label = options[index].label
      return text.count == label.count + 1 && text.hasPrefix(label)
    }
    return near.isEmpty && longer.count == 1 ? longer[0] : nil
  }

  /// Parses a verification status: 齐全/缺失/不全 or 1/2/3.
  public static func status(_ text: String) -> VerificationStatus? {
    switch normalize(text) {
    case "1", "齐全", "齐", "有", "complete": .complete
    case "2", "缺失", "缺", "无", "没有", "没", "missing": .missing
    case "3", "不全", "残缺", "不齐全", "不完整", "不齐", "incomplete": .incomplete
    default: nil
    }
  }

  /// Full-width digits, letters and punctuation to their ASCII forms; surrounding spaces trimmed.
  public static func normalize(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E:
        result.unicodeScalars.append(
          Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value - 0xFEE0)))
      case 0x3000: result.append(" ")
      // 。 after a digit is a decimal point typed on a Chinese keyboard.
      case 0x3002 where result.last?.isNumber == true: result.append(".")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result.trimmingSpaces()
  }

  /// 无, 没有: none at all, as a count (辍学人数：无) is often answered; 0.
  static let noneWords: Set<String> = ["无", "没有", "没"]

  /// The count in `text` as a typed number, or 0 for 无/没有 (the registry figures, roll-call
  /// counts and whole-school figures, as the form's count questions do).
  static func count(_ text: String) -> Result<Decimal, TypedNumber.Problem> {
    noneWords.contains(text) ? .success(0) : TypedNumber.parse(text, as: .count)
  }

  /// The largest count or amount accepted when the checklist states no upper bound: larger
  /// than any county's pupils or budget in 元, small enough that sums never overflow.
  public static let countCeiling: Decimal = 10_000_000
  /// The largest number of any other kind accepted without a stated bound.
  public static let amountCeiling: Decimal = 1_000_000_000_000

  private static func number(_ text: String, _ input: Input, smallPercents: Bool) -> Outcome {
    let kind: TypedNumber.Kind
    switch input.type {
    case .count: kind = .count
    case .percent: kind = .percent
    case .discretionary: kind = .points
    default: kind = .amount
    }
    let isCount = kind == .count
    var value: Decimal = 0
    // “辍学人数：无” — for a count, 无/没有 is none at all, and the echo says “记为 0”; so is
    // it for a 酌情 “应扣几分” (nothing to deduct). An amount or a rate typed 无 may mean
    // “not known”, and is refused.
    if !((isCount || kind == .points) && noneWords.contains(text)) {
      switch TypedNumber.parse(text, as: kind) {
      case .success(let read): value = read
      case .failure(let problem):
        // A coefficient (`数值 范围 0..0.59`, 南昌's 不合格 系数) typed as `50%`: 50% is 0.5,
        // exactly, and the echo shows “记为 0.5”. Only where the number is at most 1: a
        // share of an area or a sum of money is no percentage.
        if kind == .amount, let top = input.type.bounds.1, top <= 1,
          case .success(let percent) = TypedNumber.parse(text, as: .percent),
          text.hasSuffix("%") || text.hasPrefix("百分之")
        {
          value = percent / 100
        } else {
          return .invalid(message(problem, text: text, kind: kind, top: input.type.bounds.1))
        }
      }
    }
    if isCount, value != ScoreFormat.round(value, places: 0) {
      return .invalid(
        Localized(
          "“\(text)”是 \(ScoreFormat.string(value, places: 6))，不是整数（人数、次数没有小数）。",
          en:
            "'\(text)' is \(ScoreFormat.string(value, places: 6)), not a whole number (counts have no decimals)."
        ))
    }
    // Where the form compares the rate only with small figures (年辍学率 “控制在0.5%以内”),
    // 0.3 read as 30% is no reading: it is 0.3%. 0.03 is still asked, since 3% fits too.
    let plainlySmall = smallPercents && value * 100 >= Checklist.smallPercentCeiling
    if kind == .percent, !plainlySmall,
      let ambiguous = ambiguousPercent(value, typed: text, input: input)
    {
      return .invalid(ambiguous)
    }
    var (low, high) = input.type.bounds
    if high == nil, kind != .percent {
      let ceiling = isCount ? countCeiling : amountCeiling
      high = ceiling
      if let custom = input.rangeMessage, value > ceiling { return .invalid(Localized(custom)) }
    }
    if (low.map { value < $0 } ?? false) || (high.map { value > $0 } ?? false) {
      if let custom = input.rangeMessage { return .invalid(Localized(custom)) }
      return .invalid(rangeMessage(low, high, read: value, typed: text))
    }
    return .value(.number(value))
  }

  /// `0.9` typed for a percentage: the inspector may mean 90% (a rate read as a fraction off a
  /// statistics sheet) or 0.9% (a dropout rate), and the two score opposite ways; it was
  /// recorded as 0.9% without a word. A number between 0 and 1 without `%` or `百分之` is
  /// asked back, nothing recorded: typing `90` or `0.9%` at the same question answers it (in
  /// `--script` it is a refused line, as any other). Not where the form itself bounds the
  /// percentage at 1 or below, which says small numbers are meant, nor where its rules compare
  /// it only with small figures (the caller's `smallPercents`).
  static func ambiguousPercent(_ value: Decimal, typed text: String, input: Input) -> Localized? {
    guard value > 0, value < 1, !text.contains("%"), !text.hasPrefix("百分之") else { return nil }
    if let top = input.type.bounds.1, top <= 1 { return nil }
    let (small, whole) = (
      ScoreFormat.string(value, places: 6), ScoreFormat.string(value * 100, places: 6)
    )
    return Localized(
      "“\(text)”是 \(small)% 还是 \(whole)%？是 \(whole)% 请输入 \(whole)；是 \(small)% 请输入 \(small)%。",
      en:
        "is '\(text)' \(small)% or \(whole)%? For \(whole)% type \(whole); for \(small)% type \(small)%."
    )
  }

  /// The one-line message for a refused spelling, with examples of what works.
  /// `top`: the most a score may be, so that its examples are scores it may take (1 and 0.5
  /// for a 1-point item, not 3).
  static func message(
    _ problem: TypedNumber.Problem, text: String, kind: TypedNumber.Kind, top: Decimal? = nil
  ) -> Localized {
    let scores = top.map { top in
      [top, top / 2].map { ScoreFormat.string($0, places: 6) }.joined(separator: "、")
    }
    let examples =
      kind == .count
      ? Localized(
        "请输入一个整数，如 3、15000、15,000、1.5万。", en: "type a whole number, e.g. 3, 15000, 15,000.")
      : kind == .percent
        ? Localized("请输入百分比，如 95、95%、百分之95、99.5。", en: "type a percentage, e.g. 95, 95%, 99.5.")
        // A score is a few points: 15,000 and 1.5万 are no examples of one.
        : kind == .points
          ? Localized(
            "请输入分数，如 \(scores ?? "3、2.5")。",
            en:
              "type a score, e.g. \((scores ?? "3、2.5").replacingOccurrences(of: "、", with: ", "))."
          )
          : Localized("请输入一个数，如 99.5、15,000、1.5万。", en: "type a number, e.g. 99.5, 15,000.")
    switch problem {
    case .notANumber, .tooLong:
      // A row of cells copied from Excel arrives as numbers between tabs: `45	42	1`.
      let parts = text.split(separator: "\t")
      if parts.count > 1,
        parts.allSatisfy({
          if case .success = TypedNumber.parse(String($0), as: kind) { true } else { false }
        })
      {
        let list = parts.joined(separator: "、")
        return Localized(
          "“\(list)”是 \(parts.count) 个数（像是从 Excel 复制的一行）；这里只填一个数，请一个一个输入。",
          en: "'\(parts.joined(separator: ", "))' are \(parts.count) numbers (a row copied from"
            + " Excel?); type one number here, one question at a time.")
      }
      if kind == .points, let signed = signedScore(text) {
        // `扣2分` on a question that asks “扣几分” and `得4分` on one that asks for the score:
        // the number alone is the answer to the question as asked; ducha does not guess which
        // way the word turns it.
        return Localized(
          "“\(text)”：这里只写数 \(signed)，不写“\(text.prefix(1))”——按提问填：问扣几分就写扣的分，问得几分就写得的分。",
          en:
            "'\(text)': type the number \(signed) alone — answer the question as asked (points deducted"
            + " when it asks what is deducted, points scored when it asks for the score).")
      }
      if let estimate = estimated(text, kind) {
        // 30多人 is 31 to 39: no figure is offered for it.
        let example = estimate.over ? "" : "，如 \(estimate.figure)"
        let exampleEN = estimate.over ? "" : ", e.g. \(estimate.figure)"
        return Localized(
          "“\(text)”是约数；这里记的是确切的数，请核实后输入\(example)。",
          en:
            "'\(text)' is an estimate; the exact figure is recorded here: check it and type it\(exampleEN)."
        )
      }
      return examples
    case .badGrouping:
      return Localized(
        "“\(text)”里的逗号不是千位分隔（应每三位一个，如 15,000）；小数点请用“.”。",
        en: "the commas in '\(text)' are not thousands separators (15,000); use '.' for decimals.")
    case .ambiguousTail(let likely):
      let value = ScoreFormat.string(likely, places: 6)
      return Localized(
        "“\(text)”省略了最后的单位，说法不明确。如果是 \(value)，请直接输入 \(value)。",
        en: "'\(text)' leaves out its last unit; if you mean \(value), type \(value).")
    case .unitOrder:
      return Localized(
        "“\(text)”里的单位顺序不对（应从大到小，如 1千2百）。",
        en: "the units in '\(text)' are out of order (e.g. 1千2百).")
    case .wrongUnit(let unit):
      return Localized(
        "这一项不能带“\(unit)”。" + examples.text(.chinese),
        en: "this answer cannot carry '\(unit)'. " + examples.text(.english))
    }
  }

  /// `应在 0 到 100 之间` / `至少 0` / `至多 5`.
  static func rangeMessage(
    _ low: Decimal?, _ high: Decimal?, read value: Decimal? = nil, typed: String = ""
  ) -> Localized {
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    // Say what was read when it is not what was typed (`1.5万` is 15000), so a spelling
    // surprise is visible.
    let read = value.map { f($0) == typed ? "" : "“\(typed)”即 \(f($0))，" } ?? ""
    let readEN = value.map { f($0) == typed ? "" : "'\(typed)' is \(f($0)); " } ?? ""
    switch (low, high) {
    case (let low?, let high?):
      return Localized(
        "\(read)应在 \(f(low)) 到 \(f(high)) 之间。",
        en: "\(readEN)must be between \(f(low)) and \(f(high)).")
    case (let low?, nil): return Localized("至少为 \(f(low))。", en: "must be at least \(f(low)).")
    case (nil, let high?): return Localized("至多为 \(f(high))。", en: "must be at most \(f(high)).")
    default: return Localized("超出范围。", en: "out of range.")
    }
  }

  /// An option's number as it is said or typed by voice: `二`, `两`, `第二`, `第2档`, `三个`.
  /// Nil for anything else; a name is always tried first, so an option called 二档 is its name.
  static func spokenNumber(_ text: String) -> Int? {
    var body = Substring(text)
    if body.hasPrefix("第") { body = body.dropFirst() }
    if let last = body.last, "档项种条个".contains(last) { body = body.dropLast() }
    // No other counting word: 一班 (一般 with the wrong candidate of the input method) was read
    // as one 班, option 1.
    let units = TypedNumber.unitWords(.count)
    guard !body.isEmpty, body.count <= 4, !body.contains(where: { units.contains(String($0)) }),
      case .success(let value) = TypedNumber.parse(String(body), as: .count),
      value >= 1, value <= 1000, value == ScoreFormat.round(value, places: 0)
    else { return nil }
    return NSDecimalNumber(decimal: value).intValue
  }

  /// `1-7`, `1—7`, `1~7`, `1到7`: the entries numbered 1 to 7, as a list of rooms or rules is
  /// ticked off in one go. Nil unless both ends are numbers, the first not after the second.
  static func numberRange(_ word: String) -> ClosedRange<Int>? {
    guard let dash = word.firstIndex(where: { "-—–~～到至".contains($0) }) else { return nil }
    let low = word[..<dash].trimmingCharacters(in: .whitespaces)
    let high = word[word.index(after: dash)...].trimmingCharacters(in: .whitespaces)
    guard let from = Int(low), let to = Int(high), from >= 1, from <= to else { return nil }
    return from...to
  }

  private static func several(_ text: String, _ entries: [String]) -> Outcome {
    if ["全部", "都有", "all"].contains(text.lowercased()) { return .value(.multiple(entries)) }
    if ["无", "没有", "none", "-"].contains(text.lowercased()) { return .value(.multiple([])) }
    var chosen: [String] = []
    for word in text.split(whereSeparator: { " ,、;；".contains($0) }).map(String.init) {
      if let entry = Int(word).flatMap(entries.entry(numbered:)) {
        chosen.append(entry)
      } else if entries.contains(word) {
        chosen.append(word)
      } else if let entry = spokenNumber(word).flatMap(entries.entry(numbered:)) {
        chosen.append(entry)
      } else if let range = numberRange(word),
        let first = entries.index(numbered: range.lowerBound),
        let last = entries.index(numbered: range.upperBound)
      {
        chosen += entries[first...last]
      } else {
        return .invalid(
          Localized(
            "“\(word)”不在名单里。请输入序号（1–\(entries.count)，连着的可写 1-3）或名称，用空格或“、”分隔；“全部”或“无”。",
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

  /// `atPrompt`: typed at the date question, whose Enter takes the date shown in it.
  private static func date(_ text: String, atPrompt: Bool = true) -> Outcome {
    let parts = text.split(whereSeparator: { "-./年月日".contains($0) }).compactMap { Int($0) }
    guard parts.count == 3, (1949...2100).contains(parts[0]), (1...12).contains(parts[1]),
      (1...31).contains(parts[2])
    else {
      // `今天` typed at the date prompt, whose default (Enter) is the date shown in it.
      if atPrompt, ["今天", "今日", "昨天", "前天", "明天", "today", "yesterday"].contains(text.lowercased())
      {
        return .invalid(
          Localized(
            "“\(text)”：回车即取提示里的日期；别的日子请按 年-月-日 输入，如 2021-10-26。",
            en: "'\(text)': Enter takes the date shown; type any other day as YYYY-MM-DD."))
      }
      // `12月5日`, `12-5`: the year left out, as in speech. Not guessed (a date typed in
      // January may mean last December): the example puts this year in front.
      if parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) {
        let example = String(
          format: "%04d-%02d-%02d", Calendar(identifier: .gregorian).component(.year, from: Date()),
          parts[0], parts[1])
        return .invalid(
          Localized(
            "“\(text)”没写年份：请写上年份，如 \(example)。",
            en: "'\(text)' has no year: write it in full, e.g. \(example)."))
      }
      return .invalid(
        Localized("请按 年-月-日 输入，如 2021-10-26。", en: "type a date as YYYY-MM-DD, e.g. 2021-10-26."))
    }
    let (year, month, day) = (parts[0], parts[1], parts[2])
    let text = String(format: "%04d-%02d-%02d", year, month, day)
    // 2021-02-30 or 2021-11-31 typed by a slip of the finger: refused, not stored.
    guard day <= CalendarDay.count(inMonth: month, of: year) else {
      return .invalid(
        Localized(
          "没有 \(text) 这一天（\(year)年\(month)月只有 \(CalendarDay.count(inMonth: month, of: year)) 天），请核对。",
          en:
            "\(text) does not exist (\(year)-\(month) has \(CalendarDay.count(inMonth: month, of: year)) days)."
        ))
    }
    return .value(.date(text))
  }

  /// A date given on the command line (`--date`), as the date question reads it: `2021-10-27`,
  /// `2021/10/27`, `2021年10月27日` give `2021-10-27`; the message says why anything else is not
  /// a date. The option used to be stored as typed, so `2021/10/27` or `2021-02-30` became the
  /// session's date and file name.
  /// `atPrompt`: typed at the date question (`今天` is then told that Enter takes the date shown).
  public static func optionDate(_ text: String, atPrompt: Bool = false) -> Result<
    String, DateRefusal
  > {
    let outcome = date(normalize(text), atPrompt: atPrompt)
    if case .value(.date(let date)) = outcome { return .success(date) }
    if case .invalid(let message) = outcome { return .failure(DateRefusal(message: message)) }
    return .failure(
      DateRefusal(
        message: Localized("请按 年-月-日 输入，如 2021-10-26。", en: "type a date as YYYY-MM-DD.")))
  }

  /// An inspection year (考核年度) as typed: `2021`, `2021年`, full-width digits. A short year
  /// (`21`, which would start a “21年度” batch of its own, apart from the unit's peers) or one
  /// outside 2000–2099 is refused with what to type.
  public static func inspectionYear(_ text: String) -> Result<Int, DateRefusal> {
    var typed = normalize(text)
    if typed.hasSuffix("年") || typed.hasSuffix("年度") {
      typed = String(typed.prefix { $0 != "年" })
    }
    if let year = Int(typed), (2000...2099).contains(year) { return .success(year) }
    return .failure(
      DateRefusal(
        message: Localized(
          "考核年度要写四位的年份，如 2021（写的是“\(text)”）。",
          en: "the inspection year is a four-digit year such as 2021, not '\(text)'.")))
  }

  /// Why a `--date` (or a `--year`) is not one.
  public struct DateRefusal: Error, Sendable {
    /// What the date question would have said.
    public var message: Localized
  }

  /// An answer as the inspector would write it, for echoes and corrections.
  public static func display(_ value: AnswerValue) -> String { value.display }
}
