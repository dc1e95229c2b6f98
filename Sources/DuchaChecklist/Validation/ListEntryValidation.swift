import Foundation

extension Validator {
  /// Reads one entry of a `名单`: `保健室`, `保健室=3` (its own points) or
  /// `隔离室=3 若 寄宿制` (required only when the condition holds). Returns the entry's name.
  mutating func declareEntry(_ text: String, _ range: SourceRange, of list: String) -> String {
    var body = Substring(text)
    if let marker = Self.conditionMarker(body) {
      let conditionText = body[marker.upperBound...]
      let column = range.start.column + body.distance(from: body.startIndex, to: marker.upperBound)
      var lexer = Lexer(
        conditionText, file: range.start.file, line: range.start.line, column: column)
      var parser = ExpressionParser(tokens: lexer.tokenize())
      for diagnostic in lexer.diagnostics { parser.report(diagnostic) }
      let condition = try? parser.expression()
      if let condition, parser.atEnd, parser.diagnostics.isEmpty {
        body = body[..<marker.lowerBound]
        let name = entryName(body, range, list)
        checklist.listConditions[list, default: [:]][name] = condition
        return name
      }
      if parser.diagnostics.isEmpty, condition != nil {
        _ = parser.fail(expected: Localized("行尾或“、”", en: "end of entry"))
      }
      diagnostics += parser.diagnostics
      body = body[..<marker.lowerBound]
    }
    return entryName(body, range, list)
  }

  /// Where the `若` that starts an entry's condition stands: after a space (`隔离室=3 若 寄宿制`,
  /// `音乐教室=2 若(班级数 >= 12)`, `实验室 若初中`) or anywhere after the points' `=`
  /// (`实验室=4若初中`). Only ` 若 ` was taken before: `若(…)` gave E209 about the points, and
  /// `实验室 若初中` became an entry of that name, required of every unit. A 若 that begins the
  /// name (`若干册图书`) starts no condition.
  static func conditionMarker(_ body: Substring) -> Range<Substring.Index>? {
    var afterPoints = false
    var previous: Character?
    for index in body.indices {
      let character = body[index]
      if character == "若", afterPoints || previous?.isWhitespace == true {
        return index..<body.index(after: index)
      }
      if character == "=" || character == "＝" { afterPoints = true }
      previous = character
    }
    return nil
  }

  private mutating func entryName(_ body: Substring, _ range: SourceRange, _ list: String) -> String
  {
    guard let equals = body.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
      return body.trimmingCharacters(in: .whitespaces)
    }
    let name = body[..<equals].trimmingCharacters(in: .whitespaces)
    let pointsText = body[body.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    if let points = Self.decimal(pointsText) {
      checklist.listWeights[list, default: [:]][name] = points
    } else {
      report(
        ValidationErrors.badEntryPoints(
          list: "\(list)", body: "\(body)", name: "\(name)", range.start))
    }
    return name
  }

  /// In a list whose entries carry points (`保健室=3、…、值班室=1`), an entry written without
  /// them (`值班室`) would cost nothing when missing, where the form says “少一室扣该室分值”:
  /// most likely the `=1` was lost in copying. Reported, so that a wrong score is never silent;
  /// an entry that truly costs nothing is written `=0`. An entry whose `=` is already reported
  /// (E209) is not reported again.
  mutating func checkEntryPoints(
    of list: String, _ names: [String], _ entries: [(String, SourceRange)]
  ) {
    let weights = checklist.listWeights[list] ?? [:]
    guard let example = zip(names, entries).first(where: { weights[$0.0] != nil }) else { return }
    let shown = "\(example.0)=\(ScoreFormat.string(weights[example.0] ?? 0, places: 6))"
    for (name, entry) in zip(names, entries)
    where weights[name] == nil && !name.isEmpty
      && !entry.0.contains(where: { $0 == "=" || $0 == "＝" })
    {
      report(
        ValidationErrors.entryWithoutPoints(
          list: list, name: name, example: shown, entry.1.start))
    }
  }

  /// Whether the list behind a 多选 input gives its entries points.
  func hasWeights(_ input: String) -> Bool {
    guard case .multiple(let list, _) = checklist.inputs[input]?.type else { return false }
    return !(checklist.listWeights[list] ?? [:]).isEmpty
  }

  /// Type-checks the conditions of conditional list entries (after inputs are declared).
  mutating func checkListConditions() {
    for list in checklist.listConditions.keys.sorted() {
      for (name, condition) in (checklist.listConditions[list] ?? [:]).sorted(by: {
        $0.key < $1.key
      }) {
        expect(
          condition, .bool,
          Localized("名单“\(list)”中“\(name)”的条件", en: "the condition of '\(name)' in list '\(list)'"))
      }
    }
  }
}

extension ExpressionEvaluator {
  /// The entries of the list behind a 多选 input that are required for this unit: those
  /// without a condition, and those whose condition holds.
  func requiredEntries(of input: String) throws(EvaluationProblem) -> [String] {
    let list: String
    let entries: [String]
    switch checklist.inputs[input]?.type {
    case .multiple(let name, let all), .verification(let name, let all):
      (list, entries) = (name, all)
    default: return []
    }
    let conditions = checklist.listConditions[list] ?? [:]
    var required: [String] = []
    for entry in entries {
      if let condition = conditions[entry], !(try bool(condition)) { continue }
      required.append(entry)
    }
    return required
  }

  /// Each entry's own points, for lists that give them.
  func listWeights(of input: String) -> [String: Decimal] {
    switch checklist.inputs[input]?.type {
    case .multiple(let list, _), .verification(let list, _):
      return checklist.listWeights[list] ?? [:]
    default: return [:]
    }
  }
}
