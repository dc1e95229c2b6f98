import Foundation

extension Validator {
  /// Builds an input's type from its declaration, reporting what does not fit the type.
  mutating func makeInput(_ syntax: InputSyntax, itemID: String) -> Input? {
    // In a formula 小学/初中/高中 mean "the unit has this stage", so an input of that name
    // would validate and then never be read (`录入 小学 计数` … `最大(小学, 初中)`).
    if Self.mayBeStageName(syntax.name),
      Stage.allCases.contains(where: { InertText.equal(syntax.name, $0.rawValue) })
    {
      report(ValidationErrors.stageNameAsInput(name: "\(syntax.name)", syntax.range.start))
    }
    let (low, high) = syntax.bounds ?? (nil, nil)
    if let low, let high, low > high {
      report(ValidationErrors.reversedRange(low: "\(low)", high: "\(high)", syntax.range.start))
      return nil
    }
    var type: InputType
    switch InertWord(syntax.type) {
    case "计数": type = .count(min: low, max: high)
    case "数值": type = .number(min: low, max: high)
    case "百分比": type = .percent(min: low, max: high)
    case "是否": type = .yesNo
    case "日期": type = .date
    case "文本": type = .text
    case "酌情":
      guard let low, let high else {
        report(
          ValidationErrors.discretionaryNeedsRange(
            name: "\(syntax.name)", syntax.typeRange.start))
        return nil
      }
      type = .discretionary(min: low, max: high)
    case "单选":
      guard let options = makeOptions(syntax) else { return nil }
      type = .choice(options)
    case "多选", "核验":
      guard let (list, range) = syntax.listName else {
        report(
          ValidationErrors.inputNeedsList(
            type: "\(syntax.type)", name: "\(syntax.name)", syntax.typeRange.start))
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
      report(ValidationErrors.unknownInputType(type: "\(syntax.type)", syntax.typeRange.start))
      return nil
    }
    if syntax.bounds != nil, !type.isNumeric {
      report(ValidationErrors.typeTakesNoRange(type: "\(syntax.type)", syntax.range.start))
    }
    var input = Input(
      name: syntax.name, type: type, defaultValue: syntax.defaultValue, prompt: syntax.prompt,
      rangeMessage: syntax.rangeMessage, itemID: itemID, location: syntax.range.start)
    if let step = syntax.step {
      if step > 0, type.isNumeric, type.bounds.1 != nil {
        input.step = step
      } else {
        report(ValidationErrors.stepNeedsNumericRange(syntax.range.start))
      }
    }
    return input
  }

  /// The byte counts of the stage names (`小学`, `初中`, `高中`: all six), when every one is
  /// inert text; nil otherwise.
  private static let stageNameByteCounts: Set<Int>? =
    Stage.allCases.allSatisfy { InertText.isInert($0.rawValue) }
    ? Set(Stage.allCases.map(\.rawValue.utf8.count)) : nil

  /// False only when `name` cannot equal a stage's name: two inert texts are equal exactly when
  /// their bytes are, so an inert name of another length is none of them. Spares comparing
  /// every input's name with the three.
  private static func mayBeStageName(_ name: String) -> Bool {
    guard let counts = stageNameByteCounts else { return true }
    return counts.contains(name.utf8.count) || !InertText.isInert(name)
  }

  private mutating func makeOptions(_ syntax: InputSyntax) -> [ChoiceOption]? {
    guard let list = syntax.options, case .list(let elements) = list.kind, !elements.isEmpty else {
      report(
        ValidationErrors.choiceNeedsOptions(
          name: "\(syntax.name)", (syntax.options?.range ?? syntax.typeRange).start))
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
          let a = BoundArguments.literal(low),
          let b = BoundArguments.literal(high), a <= b
        {
          band = a...b
        } else if case .binary("-", let low, let high) = value.kind,
          let a = BoundArguments.literal(low),
          let b = BoundArguments.literal(high), a < b
        {
          // `好=8-10` copied from “好的给8-10分”: a difference of two scores means nothing as an
          // option's score (−2), so the hyphen is the form's own way of writing a band.
          band = a...b
        } else if let points = BoundArguments.literal(value) {
          score = points
        } else {
          // A quoted word is shown as typed inside the message's own quotes.
          let shown = if case .text(let text) = value.kind { text } else { "\(value)" }
          report(ValidationErrors.badOptionScore(value: "\(shown)", value.range.start))
          return nil
        }
      }
      switch label.kind {
      case .name(let text), .text(let text):
        options.append(ChoiceOption(label: text, score: score, band: band))
      case .number(let value):
        options.append(ChoiceOption(label: ScoreFormat.string(value), score: score, band: band))
      default:
        report(ValidationErrors.badOptionLabel(label.range.start))
        return nil
      }
    }
    if Set(options.map(\.label)).count != options.count {
      report(
        ValidationErrors.repeatedOption(
          name: "\(syntax.name)", (syntax.options?.range ?? syntax.range).start))
    }
    return options
  }

  /// Reports an undefined name with the closest defined one as a suggestion.
  mutating func undefined(
    _ name: String, _ range: SourceRange, kind: Localized, candidates: [String]
  ) {
    // Declared with a mistake already reported at the declaration: not undefined.
    if inputsWithErrors.contains(name) { return }
    // Ties go to the first name in text order: the candidates come from dictionaries, whose
    // order changes from run to run, and the same file must always get the same hint.
    let closest = candidates.map { (distance: editDistance($0, name), name: $0) }.min { $0 < $1 }
    let suggestion = closest.flatMap { $0.distance <= max(1, name.count / 3) ? $0.name : nil }
    // `巩固率达到99`: a condition in words, read as one name; said so when what comes before
    // the word is a name of the form.
    if suggestion == nil, let (left, symbol, right) = ComparisonWords.split(name),
      candidates.contains(left)
    {
      let example = right.isEmpty ? "\(left) \(symbol) …" : "\(left) \(symbol) \(right)"
      report(ValidationErrors.conditionInWords(name, kind: kind, example: example, range.start))
      return
    }
    // `适用：初中学校`, `小学阶段`: the stage in the form's words. The stage itself is the
    // condition (`初中` is “the unit has 初中”).
    if suggestion == nil, !candidates.contains(name),
      let stage = Stage.allCases.first(where: { name.hasPrefix($0.rawValue) }),
      ["学校", "学段", "阶段", "部", "段", "年级", "学生"].contains(
        String(name.dropFirst(stage.rawValue.count)))
    {
      report(ValidationErrors.stageInWords(name, stage: stage.rawValue, kind: kind, range.start))
      return
    }
    report(
      ValidationErrors.undefined(
        name, kind: kind, suggestion: suggestion, declaration: Self.declaration(of: name, kind),
        range.start))
  }

  /// The statement that would declare `name`, when what it is can be told: a 名单 (`名单 制度名单：
  /// 甲、乙、丙`), or a target that changes by year (`巩固率目标` → `年度目标 巩固率目标：2024=97`).
  /// A clerk was told “先用录入、指标、名单或年度目标定义它” and left to pick one.
  static func declaration(of name: String, _ kind: Localized) -> Localized? {
    if kind.zh == "名单" {
      return Localized(
        "在第一个“部分”之前写“名单 \(name)：甲、乙、丙”（列出各项），或检查拼写。",
        en: "declare it before the first 部分: '名单 \(name)：a、b、c', or check the spelling.")
    }
    if name.hasSuffix("目标") {
      return Localized(
        "随年度变化的目标在第一个“部分”之前写“年度目标 \(name)：2024=97”（表头写上“考核年度”）；固定的目标直接写数，如“目标=97”。",
        en:
          "a target that changes by year is declared before the first 部分: '年度目标 \(name)：2024=97' (with 考核年度 in the header); a fixed one is written as a number, e.g. 目标=97."
      )
    }
    return nil
  }
}
