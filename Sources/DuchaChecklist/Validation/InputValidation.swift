import Foundation

extension Validator {
  /// Builds an input's type from its declaration, reporting what does not fit the type.
  mutating func makeInput(_ syntax: InputSyntax, itemID: String) -> Input? {
    let (low, high) = syntax.bounds ?? (nil, nil)
    if let low, let high, low > high {
      error(
        "E206", syntax.range,
        Localized("范围 \(low)..\(high) 的下限大于上限。", en: "range \(low)..\(high) is empty."),
        fix: Localized(
          "把小的数写在前面，如“范围 0..100”。", en: "write the smaller bound first, e.g. 范围 0..100."))
      return nil
    }
    var type: InputType
    switch syntax.type {
    case "计数": type = .count(min: low, max: high)
    case "数值": type = .number(min: low, max: high)
    case "百分比": type = .percent(min: low, max: high)
    case "是否": type = .yesNo
    case "日期": type = .date
    case "文本": type = .text
    case "酌情":
      guard let low, let high else {
        error(
          "E206", syntax.typeRange,
          Localized(
            "酌情录入项“\(syntax.name)”需要范围。", en: "discretionary input '\(syntax.name)' needs a range."),
          fix: Localized("写上“范围 1..3”这样的可酌情的分数范围。", en: "add a range such as 范围 1..3."))
        return nil
      }
      type = .discretionary(min: low, max: high)
    case "单选":
      guard let options = makeOptions(syntax) else { return nil }
      type = .choice(options)
    case "多选", "核验":
      guard let (list, range) = syntax.listName else {
        error(
          "E206", syntax.typeRange,
          Localized(
            "\(syntax.type)录入项“\(syntax.name)”需要名单。",
            en: "input '\(syntax.name)' of type \(syntax.type) needs a list."),
          fix: Localized(
            "写上“名单 <名单名>”，并用“名单 <名>：甲、乙”定义名单。",
            en: "add '名单 <name>' and define the list with '名单 <name>：a、b'."))
        return nil
      }
      guard let entries = checklist.lists[list] else {
        undefined(
          list, range, kind: Localized("名单", en: "list"), candidates: Array(checklist.lists.keys))
        return nil
      }
      type =
        syntax.type == "多选"
        ? .multiple(list: list, entries: entries) : .verification(list: list, entries: entries)
    default:
      error(
        "E206", syntax.typeRange,
        Localized("不认识的录入类型“\(syntax.type)”。", en: "unknown input type '\(syntax.type)'."),
        fix: Localized(
          "可用类型：计数、数值、百分比、是否、单选、多选、日期、文本、酌情、核验。",
          en: "types: 计数, 数值, 百分比, 是否, 单选, 多选, 日期, 文本, 酌情, 核验."))
      return nil
    }
    if syntax.bounds != nil, !type.isNumeric {
      error(
        "E206", syntax.range,
        Localized("“\(syntax.type)”类型不能有范围。", en: "type \(syntax.type) takes no range."),
        fix: Localized("删去“范围”，或改用计数、数值、百分比、酌情。", en: "remove the range or use a numeric type."))
    }
    var input = Input(
      name: syntax.name, type: type, defaultValue: syntax.defaultValue, prompt: syntax.prompt,
      rangeMessage: syntax.rangeMessage, itemID: itemID, location: syntax.range.start)
    if let step = syntax.step {
      if step > 0, type.isNumeric, type.bounds.1 != nil {
        input.step = step
      } else {
        error(
          "E206", syntax.range,
          Localized(
            "“步长”要写在有范围的数值录入项上，且大于 0。",
            en: "步长 needs a numeric input with a range, and must be above 0."),
          fix: Localized(
            "例如“录入 得分 酌情 范围 0..1 步长 0.1”（满分及依次以0.1分递减计分）。",
            en: "e.g. 录入 得分 酌情 范围 0..1 步长 0.1."))
      }
    }
    return input
  }

  private mutating func makeOptions(_ syntax: InputSyntax) -> [ChoiceOption]? {
    guard let list = syntax.options, case .list(let elements) = list.kind, !elements.isEmpty else {
      error(
        "E206", syntax.options?.range ?? syntax.typeRange,
        Localized("单选录入项“\(syntax.name)”需要选项。", en: "choice input '\(syntax.name)' needs options."),
        fix: Localized(
          "写上“选项 [甲=5, 乙=2, 丙=0]”或“选项 [甲, 乙]”。", en: "add 选项 [a=5, b=2, c=0] or 选项 [a, b]."))
      return nil
    }
    var options: [ChoiceOption] = []
    for element in elements {
      var label = element
      var score: Decimal?
      var band: ClosedRange<Decimal>?
      if case .pair(let key, let value) = element.kind {
        label = key
        if case .binary("..", let low, let high) = value.kind,
          let a = BoundArguments(values: ["x": low]).literal("x"),
          let b = BoundArguments(values: ["x": high]).literal("x"), a <= b
        {
          band = a...b
        } else if let points = BoundArguments(values: ["x": value]).literal("x") {
          score = points
        } else {
          error(
            "E206", value.range,
            Localized(
              "选项的分值应当是数字或分数段（如 8..10），这里是“\(value)”。",
              en: "an option's score must be a number or a band like 8..10, not '\(value)'."),
            fix: Localized(
              "写成“选项名=5”，先定档再评分的写成“选项名=8..10”（小的在前）。",
              en: "write 'label=5', or 'label=8..10' (low..high) for a band."))
          return nil
        }
      }
      switch label.kind {
      case .name(let text), .text(let text):
        options.append(ChoiceOption(label: text, score: score, band: band))
      case .number(let value):
        options.append(ChoiceOption(label: ScoreFormat.string(value), score: score, band: band))
      default:
        error(
          "E206", label.range, Localized("选项名写法不对。", en: "bad option label."),
          fix: Localized(
            "选项名写成文字，含空格或符号时加引号。",
            en: "write the label as text; quote it if it has spaces or symbols."))
        return nil
      }
    }
    if Set(options.map(\.label)).count != options.count {
      error(
        "E302", syntax.options?.range ?? syntax.range,
        Localized(
          "单选录入项“\(syntax.name)”有重复的选项。", en: "choice input '\(syntax.name)' repeats an option."),
        fix: Localized("删去重复的选项。", en: "remove the duplicate option."))
    }
    return options
  }

  /// Reports an undefined name with the closest defined one as a suggestion.
  mutating func undefined(
    _ name: String, _ range: SourceRange, kind: Localized, candidates: [String]
  ) {
    let closest = candidates.min { editDistance($0, name) < editDistance($1, name) }
    let suggestion = closest.flatMap { editDistance($0, name) <= max(1, name.count / 3) ? $0 : nil }
    error(
      "E303", range,
      Localized("没有定义的\(kind.zh)“\(name)”。", en: "undefined \(kind.en) '\(name)'."),
      fix: suggestion.map { Localized("是不是“\($0)”？", en: "did you mean '\($0)'?") }
        ?? Localized(
          "先用“录入”“指标”“名单”或“年度目标”定义它，或检查拼写。",
          en: "declare it with 录入, 指标, 名单 or 年度目标, or check the spelling."))
  }
}
