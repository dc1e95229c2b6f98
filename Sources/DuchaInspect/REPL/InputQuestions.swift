import DuchaChecklist
import DuchaSession
import Foundation

/// How a question ended.
enum AskResult {
  /// An answer (or an accepted default) was recorded and saved.
  case answered
  /// Ctrl-D: the inspector backed out; nothing changed.
  case backedOut
  /// A command was typed instead of an answer.
  case command(Command, String)
}

extension InspectionREPL {
  /// Asks one input until a valid answer, a command or Ctrl-D; saves before returning.
  func askInput(_ name: String, revising: Bool = false) -> AskResult {
    guard let input = checklist.inputs[name] else { return .backedOut }
    let bound = boundDefault(input)
    if let listing = optionListing(input) { console.say(listing) }
    if case .discretionary = input.type { showBasis(of: input) }
    let prompt =
      "  " + (input.prompt ?? name) + t("（", " (") + typeHint(input) + defaultHint(input, bound)
      + t("）> ", ")> ")
    while true {
      let text: String
      switch console.ask(prompt) {
      case .endOfInput:
        console.say(t("（已退出这道题，回答未改动）", "(left the question; nothing changed)"))
        return .backedOut
      case .interrupted: continue
      case .line(let line): text = line
      }
      let trimmed = AnswerParser.normalize(text)
      if let command = commandAtQuestion(trimmed) { return command }
      if trimmed.isEmpty {
        // 改: Enter keeps what is recorded, whether typed or a followed figure.
        if revising, session.answers.values[name] != nil || session.acceptedDefaults.contains(name)
        {
          console.say("  " + t("（保留 \(currentDisplay(name))）", "(kept \(currentDisplay(name)))"))
          return .answered
        }
        if let bound, input.defaultValue?.referencedNames.isEmpty == false {
          return followFigure(name, input: input, bound: bound)
        }
        if let bound, let value = answerValue(bound) {
          return store(name, Answer(value), input: input)
        }
        console.complain(
          Localized(
            "这一项需要回答；暂时答不了可以输入“/跳过”。", en: "this needs an answer; type '/skip' to leave it for now."
          ))
        continue
      }
      switch AnswerParser.parse(
        trimmed, for: input, smallPercents: checklist.comparesOnlyWithSmallFigures(name))
      {
      case .invalid(let message):
        // 档内评分 with a band chosen: the prompt shows the band (4–7), so a score outside
        // the input's whole range (1–10) is told against the band, not the range.
        if checklist.chosenBand(for: name, given: session.answers) != nil,
          case .success(let number) = TypedNumber.parse(trimmed, as: .points),
          let refusal = checklist.refusal(of: .number(number), for: input, given: session.answers)
        {
          console.complain(refusal)
          continue
        }
        console.complain(withCommandHint(message, typed: trimmed))
      case .value(let value):
        // 步长 and 档内评分: a score off the grid or outside the chosen band is refused, not clamped.
        if let refusal = checklist.refusal(of: value, for: input, given: session.answers) {
          console.complain(refusal)
          continue
        }
        echoReading(of: trimmed, as: value, for: input)
        return record(name, Answer(value), input: input, bound: bound)
      }
    }
  }

  /// A refused answer, with "是不是…" when it is a mistyped command (`推出`, `帮主`, `上一提`) as
  /// at the command prompt: the inspector meant the command, and nothing was recorded. Words
  /// with digits (`3个半`) are answers gone wrong, not commands; English words need four
  /// letters, as commands typed at a question do (`no` is no typo of `go`).
  func withCommandHint(_ message: Localized, typed: String) -> Localized {
    let word = typed.drop { $0 == "/" || $0 == "／" }.prefix { !$0.isWhitespace }
    guard !word.contains(where: { $0.isASCII && $0.isNumber }),
      word.contains(where: { !$0.isASCII }) || word.count >= 4
    else { return message }
    let close = Command.suggestions(for: typed)
    guard !close.isEmpty else { return message }
    return Localized(
      message.zh + "是不是命令“" + close.joined(separator: "”“") + "”？",
      en: message.en + " Did you mean the command '" + close.joined(separator: "', '") + "'?")
  }

  /// Shows the number read from a spelling that is not plain digits (`1.5万`, `1.5w`, `一千二百`,
  /// `百分之95`), so a slip — 1.5万 meetings for 15 — is seen before the next question rather
  /// than in the summary. Plain digits (full-width ones are plain after normalizing) are not
  /// echoed: what was typed is what is recorded.
  func echoReading(of typed: String, as value: AnswerValue, for input: Input) {
    var isPercent = false
    if case .percent = input.type { isPercent = true }
    // `50%` for a coefficient is recorded as 0.5: echoed, though it is all ASCII.
    guard case .number(let number) = value,
      typed.unicodeScalars.contains(where: { !$0.isASCII || $0.properties.isAlphabetic })
        || (!isPercent && typed.contains("%"))
    else { return }
    var reading = ScoreFormat.string(number, places: 6)
    if isPercent { reading += "%" }
    console.say("  " + t("（记为 \(reading)）", "(recorded as \(reading))"))
  }

  /// The figures a 酌情 score is judged from (灵璧 11: 学籍差额比率), shown before the question.
  func showBasis(of input: Input) {
    guard let result = Self.itemResult(input.itemID, in: evaluate()),
      !result.explanations.isEmpty
    else { return }
    for line in result.explanations {
      console.say("  " + t("参照：", "for reference: ") + line.text(language))
    }
  }

  /// Whether a discretionary value moves the score: a deduction above 0, or an awarded score
  /// below full points. Only then is a written reason required.
  func discretionChangesScore(_ input: Input, _ value: AnswerValue) -> Bool {
    guard case .number(let number) = value, let item = checklist.item(input.itemID) else {
      return true
    }
    for rule in item.rules {
      switch rule.kind {
      case .discretionaryDeduction(let name) where name == input.name: return number != 0
      case .discretionaryScore(let name) where name == input.name: return number != item.points
      default: continue
      }
    }
    return true
  }

  /// Records an answer (logging a correction on a completed session) and saves it; the draft
  /// it waited in (`drafted`) is removed once the session holding it is on disk. An answer
  /// given without a question of its own (Enter for a default, `回车=0`) that corrects a
  /// completed inspection waits in a draft too while the reason is asked: it was only in
  /// memory there, and a window closed at the reason lost it.
  func store(_ name: String, _ answer: Answer, input: Input, drafted: Bool = false) -> AskResult {
    let draft = AnswerDraft(sessionID: session.id, input: name, answer: answer)
    let draftedHere =
      !drafted && correcting && currentDisplay(name) != AnswerParser.display(answer.value)
    if draftedHere { keepAnswerDraft(draft) }
    let drafted = drafted || draftedHere
    guard
      confirmCorrection(
        name, before: currentDisplay(name), after: AnswerParser.display(answer.value),
        draft: drafted ? draft : nil)
    else {
      if draftedHere { leaveAnswerUnrecorded() }
      return .backedOut
    }
    pushUndo(
      (input.prompt ?? name) + (currentDisplay(name).isEmpty ? "" : "：\(currentDisplay(name)) → ")
        + (currentDisplay(name).isEmpty ? "：" : "") + AnswerParser.display(answer.value))
    session.answers.values[name] = answer
    session.acceptedDefaults.removeAll { $0 == name }
    session.skipped.removeAll { $0 == input.itemID }
    // Scored on another thread while the file is written and fsynced here: the score printed
    // next is ready once the answer is on disk.
    if save(scoring: scoreAhead()), drafted { dropAnswerDraft() }
    return .answered
  }

  /// On a reopened completed session, asks why and logs the change; false when backed out.
  /// `draft`, the answer waiting beside the session (already written), also keeps a reason
  /// that looks like a command while 仍然当作理由记下吗 is asked, as `askFreeText`'s `keep`.
  /// A change waiting in another draft (a class's roll call) gives its own `typedReason` and
  /// `keepReason` instead.
  func confirmCorrection(
    _ target: String, before: String, after: String, draft: AnswerDraft? = nil,
    typedReason: String? = nil, keepReason: (String) -> Void = { _ in }
  ) -> Bool {
    guard correcting, before != after else { return true }
    let typed = typedReason ?? typedCorrectionReason
    typedCorrectionReason = nil
    guard
      let reason = askReason(
        t("更正已完成的检查，理由（必填）", "correcting a completed inspection; reason (required)"),
        typed: typed,
        keep: { reason in
          keepReason(reason)
          guard var waiting = draft else { return }
          waiting.correctionReason = reason
          self.keepAnswerDraft(waiting)
        })
    else { return false }
    session.corrections.append(
      Correction(time: timestamp, target: target, before: before, after: after, reason: reason))
    return true
  }

  /// Asks the 齐全 / 缺失 / 不全 status of a verification-list item.
  func askStatus(_ item: Item) -> AskResult {
    let prompt =
      "  " + t("核验（1 齐全 / 2 缺失 / 3 不全）> ", "status (1 complete / 2 missing / 3 incomplete)> ")
    while true {
      switch console.ask(prompt) {
      case .endOfInput:
        console.say(t("（已退出这道题，回答未改动）", "(left the question; nothing changed)"))
        return .backedOut
      case .interrupted: continue
      case .line(let text):
        let trimmed = AnswerParser.normalize(text)
        if let command = commandAtQuestion(trimmed) { return command }
        guard let status = AnswerParser.status(trimmed) else {
          console.complain(
            Localized(
              "请输入 1、2、3 或 齐全、缺失、不全。", en: "type 1, 2 or 3 (complete, missing, incomplete)."))
          continue
        }
        return setStatus(status, of: item) ? .answered : .backedOut
      }
    }
  }

  /// Asks for a required reason; nil when the inspector backs out with Ctrl-D. `typed` and
  /// `keep` as `askFreeText`'s.
  func askReason(
    _ label: String, typed: String? = nil, keep: (String) -> Void = { _ in }
  ) -> String? {
    askFreeText(label, what: t("理由", "reason"), typed: typed, keep: keep)
  }

  /// Asks for free text (a reason, a note, a name). Empty is refused unless `allowEmpty`; a
  /// command word (`帮助`, `到 99`) is not stored without the inspector saying so. Nil on Ctrl-D.
  /// Such text is handed to `keep` (the caller's draft beside the session) before that is
  /// asked, as `askText` does; `typed` is text kept so before a crash, asked about again.
  func askFreeText(
    _ label: String, what: String, allowEmpty: Bool = false, typed: String? = nil,
    keep: (String) -> Void = { _ in }
  ) -> String? {
    var pending = typed
    while true {
      let read: LineReadResult
      if let text = pending {
        console.say("  \(label)：\(text)" + t("（上次输入的）", " (typed before)"))
        (read, pending) = (.line(text), nil)
      } else {
        read = console.ask("  \(label)> ")
      }
      switch read {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let line):
        let text = line.trimmingSpaces()
        if text.isEmpty {
          if allowEmpty { return "" }
          console.complain(Localized("\(what)不能为空。", en: "the \(what) cannot be empty."))
          continue
        }
        if isCommandWord(text) {
          keep(text)
          guard
            let keep = askYesNo(
              "  "
                + t(
                  "“\(text)”是命令，不是\(what)。仍然当作\(what)记下吗？（是/否，否=重新输入）",
                  "'\(text)' is a command, not a \(what). Record it as the \(what) anyway? (yes/no)"
                ))
          else { return nil }
          if !keep { continue }
        }
        return text
      }
    }
  }

  /// Whether free text looks like a command typed at the wrong prompt: the same rule as at a
  /// question, so `问题` then `到 99` is caught, and short words stay text.
  func isCommandWord(_ text: String) -> Bool {
    commandAtQuestion(AnswerParser.normalize(text)) != nil
  }

  /// A command typed at a question: `/命令`; a Chinese command word of two characters or more,
  /// or of one with an argument (`到 2.1`, `改 5`); an English command word of four letters or
  /// more. Short Latin words stay answers (n is 否, not 下一项).
  func commandAtQuestion(_ text: String) -> AskResult? {
    guard let (command, argument) = Command.parse(text) else { return nil }
    let word = text.drop { $0 == "/" || $0 == "／" }.prefix { !$0.isWhitespace }
    let chinese = !word.allSatisfy(\.isASCII)
    let isCommand =
      text.hasPrefix("/") || text.hasPrefix("／")
      || (chinese && (word.count >= 2 || !argument.isEmpty))
      || (!chinese && word.count >= 4)
    return isCommand ? .command(command, argument) : nil
  }

  /// “（若 有残疾儿童；本单位不要求）”: a list entry required only under a condition says so,
  /// and whether the answers so far require it here, so an inspector does not hunt for a
  /// 送教上门记录 a township without disabled children need not keep.
  func conditionNote(_ condition: DuchaChecklist.Expression) -> String {
    let evaluator = ExpressionEvaluator(
      checklist: checklist, answers: session.evaluationAnswers, context: session.evaluationContext()
    )
    let holds = try? evaluator.bool(condition)
    let text = condition.description
    switch holds {
    case true?: return t("（若 \(text)；本单位要求）", " (if \(text); required here)")
    case false?: return t("（若 \(text)；本单位不要求）", " (if \(text); not required here)")
    case nil: return t("（若 \(text)）", " (if \(text))")
    }
  }

  /// The input's default as it evaluates now (a figure, a literal), if it does.
  func boundDefault(_ input: Input) -> Value? {
    guard let fallback = input.defaultValue else { return nil }
    let evaluator = ExpressionEvaluator(
      checklist: checklist, answers: session.evaluationAnswers, context: session.evaluationContext()
    )
    return try? evaluator.evaluate(fallback)
  }

  static func value(of answer: AnswerValue) -> Value { ExpressionEvaluator.value(of: answer) }

  func answerValue(_ value: Value) -> AnswerValue? {
    switch value {
    case .number(let number): .number(number)
    case .bool(let flag): .bool(flag)
    case .text(let text): .choice(text)
    case .multiple(let entries): .multiple(entries)
    case .verification(let statuses): .verification(statuses)
    }
  }

  func display(_ value: Value) -> String {
    switch value {
    case .number(let number): ScoreFormat.string(number, places: 6)
    case .bool(let flag): flag ? "是" : "否"
    case .text(let text): text
    case .multiple(let entries): entries.joined(separator: "、")
    case .verification: "…"
    }
  }

  func currentDisplay(_ name: String) -> String {
    if let answer = session.answers.values[name] { return AnswerParser.display(answer.value) }
    if session.acceptedDefaults.contains(name), let input = checklist.inputs[name],
      let bound = boundDefault(input)
    {
      return display(bound) + t("（取自检查数据）", " (from figures)")
    }
    return ""
  }

  func typeHint(_ input: Input) -> String {
    var (low, high) = input.type.bounds
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    let range: String
    // 档内评分: with the band chosen, the scores it allows (执行好 8–10, not the input's 1–10).
    let chosen = checklist.chosenBand(for: input.name, given: session.answers)
    if let chosen { (low, high) = (chosen.range.lowerBound, chosen.range.upperBound) }
    switch (low, high) {
    case (let low?, let high?): range = t("，", ", ") + "\(f(low))–\(f(high))"
    case (let low?, nil): range = t("，", ", ") + "≥\(f(low))"
    default: range = ""
    }
    let band = chosen.map { t("，“\($0.label)”档", ", band '\($0.label)'") } ?? ""
    switch input.type {
    case .count: return t("整数", "whole number") + range + band
    case .number: return t("数", "number") + range + band
    case .percent: return t("百分比", "percent") + range + band
    case .discretionary: return t("酌情", "discretionary") + range + t("分", " pts") + band
    case .yesNo: return t("是/否", "yes/no")
    case .choice: return t("序号或名称", "number or name")
    case .multiple: return t("序号或名称，空格分隔；全部/无", "numbers or names; all/none")
    case .date: return t("年-月-日", "YYYY-MM-DD")
    case .text: return t("文字", "text")
    case .verification:
      return t("不齐全的写序号和状态，如 2缺失 3不全；全部齐全", "numbers short of complete, e.g. 2缺失 3不全; all complete")
    }
  }

  func defaultHint(_ input: Input, _ bound: Value?) -> String {
    if let current = session.answers.values[input.name] {
      return t("；当前 ", "; now ") + AnswerParser.display(current.value)
    }
    guard let bound else { return "" }
    let source = input.defaultValue?.referencedNames.first.map { name in
      name.0.hasPrefix("点名.")
        ? t("取自点名", "from roll call")
        : name.0.hasPrefix("学籍.")
          ? t("取自学籍核查", "from registry check")
          : name.0.hasPrefix("上年.")
            ? (session.previousInspection.map {
              t("取自 \($0.date) 的检查", "from the inspection of \($0.date)")
            } ?? t("取自上次检查", "from last inspection"))
            : name.0.hasPrefix("核验.") ? t("取自台账核验", "from verification") : t("计算值", "computed")
    }
    return t("；回车=", "; Enter = ") + display(bound)
      + (source.map { t("（\($0)）", " (\($0))") } ?? "")
  }

  /// Numbered options of a 单选 or entries of a 多选, shown before the question.
  func optionListing(_ input: Input) -> String? {
    switch input.type {
    case .choice(let options):
      return options.enumerated().map { index, option in
        "    \(index + 1) \(option.label)"
          + (checklist.optionNote(option, of: input.name)?.text(console.language) ?? "")
      }.joined(separator: "\n")
    case .multiple(let list, let entries), .verification(let list, let entries):
      // 少一室扣该室分值: each entry's own points, so the inspector sees what a missing one costs.
      let weights = checklist.listWeights[list] ?? [:]
      let conditions = checklist.listConditions[list] ?? [:]
      return entries.enumerated().map { index, entry in
        "    \(index + 1) \(entry)"
          + (weights[entry].map {
            t(
              "（\(ScoreFormat.string($0, places: 6))分）",
              " (\(ScoreFormat.string($0, places: 6)) pts)")
          } ?? "")
          + (conditions[entry].map { conditionNote($0) } ?? "")
      }.joined(separator: "\n")
    default:
      return nil
    }
  }
}
