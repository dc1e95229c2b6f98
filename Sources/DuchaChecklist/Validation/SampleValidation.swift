import Foundation

extension Validator {
  /// Resolves every `样例` against the checklist: targets exist, values fit their inputs.
  mutating func buildSamples() {
    // Names looked up for every sample line, gathered once so long samples stay linear.
    sampleTargets = SampleTargets(checklist)
    for syntax in tree.samples {
      var sample = Sample(
        name: syntax.name, stages: nil, year: syntax.year?.0, answers: Answers(), cohort: [:],
        expectations: [], location: syntax.range.start)
      if let (text, range) = syntax.stages {
        let words = text.split { $0.isWhitespace || "、,，".contains($0) }.map(String.init)
        let stages = words.compactMap(Stage.init(rawValue:))
        if stages.count == words.count, !stages.isEmpty {
          sample.stages = stages
        } else {
          report(ValidationErrors.badSampleStage(text: "\(text)", range.start))
        }
      }
      // Room for every answer at once: a long sample grew (and rehashed) the dictionary a
      // dozen times.
      if buildsModel { sample.answers.values.reserveCapacity(syntax.assignments.count) }
      for line in syntax.assignments { assign(line, to: &sample) }
      for line in syntax.cohort {
        guard case .list(let elements) = line.value.kind,
          let values = Optional(
            elements.compactMap { BoundArguments.literal($0) }),
          values.count == elements.count
        else {
          report(ValidationErrors.badCohortValues(line.value.range.start))
          continue
        }
        sample.cohort[line.target] = values
      }
      for line in syntax.expectations {
        if let expectation = expectation(line) {
          sample.expectations.append((line.target, expectation, line.range.start))
        }
      }
      checklist.samples.append(sample)
    }
  }

  private mutating func assign(_ line: SampleSyntax.Line, to sample: inout Sample) {
    let fix = Localized("改成录入项允许的值。", en: "use a value the input accepts.")
    if let input = checklist.inputs[line.target] {
      guard let value = answerValue(line.value, for: input) else {
        let labels: [String]? =
          switch input.type {
          case .choice(let options): options.map(\.label)
          case .multiple(_, let entries): entries
          // `设 弄虚作假 = 没有`: a 是否 input takes 是 or 否 and nothing else.
          case .yesNo: ["是", "否"]
          default: nil
          }
        report(
          ValidationErrors.badSampleValue(
            value: "\(line.value)", name: "\(input.name)", keyword: "\(input.type.keyword)",
            fix: labels.map(ValidationErrors.allowedLabels) ?? fix, line.value.range.start))
        return
      }
      if buildsModel { sample.answers.values[input.name] = Answer(value) }
    } else if Figures.isKnown(line.target, isInput: { checklist.inputs[$0] != nil }) {
      guard let number = BoundArguments.literal(line.value) else {
        report(
          ValidationErrors.figureNotNumber(
            target: "\(line.target)", fix: fix, line.value.range.start))
        return
      }
      sample.answers.figures[line.target] = number
    } else if checklist.kind == .verification, sampleTargets.items.contains(line.target) {
      guard let status = VerificationStatus(rawValue: line.value.name ?? "") else {
        report(
          ValidationErrors.badVerificationStatus(target: "\(line.target)", line.value.range.start))
        return
      }
      sample.answers.statuses[line.target] = status
    } else {
      undefined(
        line.target, line.range, kind: Localized("录入项或检查数据", en: "input or figure"),
        candidates: Array(checklist.inputs.keys) + Figures.all)
    }
  }

  private func answerValue(_ value: Expression, for input: Input) -> AnswerValue? {
    let number = BoundArguments.literal(value)
    switch input.type {
    case .count, .number, .percent, .discretionary:
      guard let number else { return nil }
      let (low, high) = input.type.bounds
      if let low, number < low { return nil }
      if let high, number > high { return nil }
      if case .count = input.type, number != ScoreFormat.round(number, places: 0) { return nil }
      return .number(number)
    case .yesNo:
      if case .boolean(let flag) = value.kind { return .bool(flag) }
      return nil
    case .choice(let options):
      guard let label = Self.label(value), options.contains(where: { $0.label == label }) else {
        return nil
      }
      return .choice(label)
    case .multiple(_, let entries):
      guard case .list(let elements) = value.kind else { return nil }
      let labels = elements.compactMap(Self.label)
      let known = Set(entries)
      guard labels.count == elements.count, labels.allSatisfy(known.contains) else { return nil }
      return .multiple(labels)
    case .date:
      if case .date(let text) = value.kind { return .date(text) }
      return nil
    case .text:
      if case .text(let text) = value.kind { return .text(text) }
      return nil
    case .verification(_, let entries):
      guard case .list(let elements) = value.kind else { return nil }
      var statuses: [String: VerificationStatus] = [:]
      let known = Set(entries)
      for element in elements {
        guard case .pair(let key, let status) = element.kind, let label = Self.label(key),
          known.contains(label),
          let parsed = VerificationStatus(rawValue: status.name ?? "")
        else { return nil }
        statuses[label] = parsed
      }
      return .verification(statuses)
    }
  }

  private static func label(_ value: Expression) -> String? {
    switch value.kind {
    case .name(let text), .text(let text): text
    case .number(let number): ScoreFormat.string(number)
    default: nil
    }
  }

  private mutating func expectation(_ line: SampleSyntax.Line) -> Sample.Expected? {
    let target = line.target
    let isVerificationCount =
      InertText.hasPrefix(target, "核验.")
      && Figures.verification.contains(String(target.dropFirst(3)))
    let isVerdictCount =
      InertText.hasPrefix(target, "判定.")
      && checklist.verdictLabels.contains(String(target.dropFirst(3)))
    // `InertText` answers `==` and `hasPrefix` without normalizing (see there).
    let known =
      InertText.equal(target, "总分") || InertText.equal(target, "结论") || isVerificationCount
      || isVerdictCount
      || sampleTargets.derived.contains(target) || sampleTargets.items.contains(target)
      || sampleTargets.sections.contains(target)
    guard known else {
      let derivedNames = checklist.outcomes.compactMap { outcome -> String? in
        if case .derived(let name, _, _, _) = outcome { return name }
        if case .grade(let name, _, _) = outcome { return name }
        return nil
      }
      let candidates =
        checklist.allItems.map(\.id) + checklist.sections.map(\.id) + ["总分", "结论"]
        + derivedNames + checklist.verdictLabels.map { "判定.\($0)" }
      // Ties go to the first in text order, as for any undefined name.
      let closest = candidates.map { (distance: editDistance($0, target), name: $0) }.min {
        $0 < $1
      }
      let what: Localized? =
        checklist.inputs[target] != nil
        ? Localized("录入项", en: "an input")
        : checklist.indicators[target] != nil ? Localized("指标", en: "an indicator") : nil
      report(
        ValidationErrors.unknownExpectation(
          target: "\(target)", what: what,
          suggestion: what == nil
            ? closest.flatMap { $0.distance <= max(1, target.count / 3) ? $0.name : nil } : nil,
          line.range.start))
      return nil
    }
    if let number = BoundArguments.literal(line.value) { return .value(number) }
    if isGrade(target), let label = BoundArguments.text(line.value) {
      return .label(label)
    }
    if sampleTargets.items.contains(target),
      let label = BoundArguments.text(line.value),
      let verdict = checklist.item(target)?.verdictRule, verdict.labels.contains(label)
    {
      return .label(label)
    }
    switch line.value.name {
    case "待定": return .pending
    case "不适用": return .notApplicable
    case "待全体": return .awaitingCohort
    case "通过", "一票否决":
      guard target == "结论" else { return nil }
      guard checklist.givesVerdict else {
        report(ValidationErrors.noVerdictToExpect(value: "\(line.value)", line.value.range.start))
        return nil
      }
      return .label(line.value.name ?? "")
    default:
      if let verdict = checklist.item(target)?.verdictRule {
        report(
          ValidationErrors.badVerdictExpectation(
            target: "\(target)", labels: "\(verdict.labels.joined(separator: "、"))",
            value: "\(line.value)", labelsEn: "\(verdict.labels.joined(separator: ", "))",
            firstLabel: "\(verdict.labels[0])", line.value.range.start))
        return nil
      }
      report(
        ValidationErrors.badExpectedValue(value: "\(line.value)", line.value.range.start))
      return nil
    }
  }
}

/// The names a sample line may target, as sets.
struct SampleTargets {
  var items: Set<String> = []
  var sections: Set<String> = []
  var derived: Set<String> = []

  init() {}

  init(_ checklist: Checklist) {
    // Walked in place: `allItems` copies every item (with its texts and rules) first. Sized
    // first, so a large form's set is not rehashed as it grows.
    var itemCount = 0
    for section in checklist.sections {
      itemCount += section.items.count
      for item in section.items { itemCount += item.parts.count }
    }
    items.reserveCapacity(itemCount)
    for section in checklist.sections {
      for item in section.items {
        items.insert(item.id)
        for part in item.parts { items.insert(part.id) }
      }
    }
    sections = Set(checklist.sections.map(\.id))
    derived = Set(
      checklist.outcomes.compactMap { outcome -> String? in
        if case .derived(let name, _, _, _) = outcome { return name }
        if case .grade(let name, _, _) = outcome { return name }
        return nil
      })
  }
}

extension Validator {
  /// Whether `name` is a `评定` result, whose expected value is its wording.
  func isGrade(_ name: String) -> Bool {
    checklist.outcomes.contains {
      if case .grade(name, _, _) = $0 { return true }
      return false
    }
  }
}
