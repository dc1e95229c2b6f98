import DuchaChecklist
import DuchaSession
import Foundation

extension InspectionREPL {
  /// Asks for text; Enter gives `fallback` (or re-asks when `required`); nil on Ctrl-D, and on
  /// 退出 when `quitLeaves` (the questions before a session exists, where 退出 can only mean
  /// leaving: no unit, group or date is called 退出). Text that looks like a command is handed
  /// to `keep` (the caller's draft beside the session) before 仍然这样填吗 is asked: it was
  /// only in memory, and a crash at the confirmation lost it. `typed` is such text kept before
  /// a crash: its confirmation is asked again, without the question.
  func askText(
    _ label: String, fallback: String? = nil, required: Bool = false, checkCommands: Bool = true,
    quitLeaves: Bool = false, typed: String? = nil, keep: (String) -> Void = { _ in }
  ) -> String? {
    let hint =
      fallback.map { t("（回车=\($0)）", " (Enter = \($0))") }
      ?? (required ? "" : t("（回车=不填）", " (Enter = none)"))
    var pending = typed
    while true {
      let read: LineReadResult
      if let text = pending {
        console.say("\(label)\(hint)：\(text)" + t("（上次输入的）", " (typed before)"))
        (read, pending) = (.line(text), nil)
      } else {
        read = console.ask("\(label)\(hint)> ")
      }
      switch read {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let line):
        let text = AnswerParser.normalize(line)
        if quitLeaves, let (command, argument) = Command.parse(text), command == .quit,
          argument.isEmpty
        {
          return nil
        }
        if !text.isEmpty {
          if checkCommands, isCommandWord(text) {
            keep(text)
            guard
              let keep = askYesNo(
                "  "
                  + t(
                    "“\(text)”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）",
                    "'\(text)' is a command, not an answer here. Keep it anyway? (yes/no)"))
            else { return nil }
            if !keep { continue }
          }
          return text
        }
        if let fallback { return fallback }
        if !required { return "" }
        console.complain(Localized("这一项必须填写。", en: "this is required."))
      }
    }
  }

  /// Asks for a whole number in `0...limit` (spelt any way `TypedNumber` reads); Enter gives
  /// `fallback`; nil on Ctrl-D. A number over the limit is shown with the limit and asked again.
  func askCount(
    _ label: String, fallback: Int? = nil, limit: Int = Limits.classSize,
    limitMessage: Localized? = nil
  ) -> Int? {
    let hint =
      t("（整数", " (whole number")
      + (fallback.map { t("，回车=\($0)）", ", Enter = \($0))") } ?? t("）", ")"))
    while true {
      switch console.ask(label + hint + "> ") {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let line):
        let text = AnswerParser.normalize(line)
        if text.isEmpty, let fallback { return fallback }
        if text.isEmpty {
          console.complain(Localized("这一项必须填写。", en: "this is required."))
          continue
        }
        switch AnswerParser.count(text) {
        case .failure(let problem):
          console.complain(countRefusal(problem, text))
        case .success(let value):
          guard value == ScoreFormat.round(value, places: 0), value >= 0 else {
            console.complain(Localized("请输入不小于 0 的整数。", en: "type a whole number, 0 or more."))
            continue
          }
          guard value <= Decimal(limit)
          else {
            console.complain(
              limitMessage
                ?? Localized(
                  "\(text) 不合常理：这里至多 \(limit)。请核对后重新输入。",
                  en: "\(text) is not plausible here: at most \(limit). Check and type it again."))
            continue
          }
          echoCount(typed: text, value)
          return NSDecimalNumber(decimal: value).intValue
        }
      }
    }
  }

  /// Why `text` is not a count. Commands do not run inside a roll call, the whole-school
  /// figures or the registry figures: a command word is said to be one, rather than no whole
  /// number.
  func countRefusal(_ problem: TypedNumber.Problem, _ text: String) -> Localized {
    guard isCommandWord(text) else {
      return AnswerParser.message(problem, text: text, kind: .count)
    }
    return Localized(
      "“\(text)”是命令，这里要填整数。请先答完这道题，或按 Ctrl-D 退出这道题。",
      en: "'\(text)' is a command; a whole number is asked here. Answer it, or press"
        + " Ctrl-D to leave the question.")
  }

  /// `（记为 45）` after a count spelt other than in plain digits (`四十五人`, `两个`), as the
  /// form's number questions do (`echoReading`): a slip is seen before the next question.
  func echoCount(typed: String, _ value: Decimal) {
    guard typed.unicodeScalars.contains(where: { !$0.isASCII || $0.properties.isAlphabetic })
    else { return }
    let reading = ScoreFormat.string(value, places: 0)
    console.say("  " + t("（记为 \(reading)）", "(recorded as \(reading))"))
  }

  /// Asks for a list of student names; a command word is refused, as it is surely a slip.
  func askNames(_ label: String, fallback: String) -> String? {
    while true {
      guard let text = askText(label, fallback: fallback, checkCommands: false) else { return nil }
      if Command.parse(text) != nil, text != fallback {
        console.complain(
          Localized(
            "“\(text)”是命令，不是学生姓名。请先答完这道题（回车=\(fallback)）。",
            en: "'\(text)' is a command, not a name. Answer this first (Enter = \(fallback))."))
        continue
      }
      return text
    }
  }

  /// Splits `张三、李四 王五` into names; an ID number typed in groups stays one entry.
  func names(_ text: String) -> [String] {
    IDNumber.joiningGroups(in: text).split(whereSeparator: { " ,、;；".contains($0) }).map(
      String.init)
  }
}

/// The sane ranges of the counts typed in the REPL outside a checklist's own inputs.
enum Limits {
  /// Students in one class (学籍、实到、请假): anything larger is a slip of the keyboard.
  static let classSize = 10_000
  /// Classes in one school.
  static let classes = 1_000
  /// Students in one school, or any registry count of one school.
  static let schoolSize = 100_000
}
