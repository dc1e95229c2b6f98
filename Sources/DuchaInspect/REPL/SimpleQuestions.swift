import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// Asks for text; Enter gives `fallback` (or re-asks when `required`); nil on Ctrl-D.
  func askText(_ label: String, fallback: String? = nil, required: Bool = false) -> String? {
    let hint =
      fallback.map { t("（回车=\($0)）", " (Enter = \($0))") }
      ?? (required ? "" : t("（回车=不填）", " (Enter = none)"))
    while true {
      switch console.ask("\(label)\(hint)> ") {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let line):
        let text = AnswerParser.normalize(line)
        if !text.isEmpty { return text }
        if let fallback { return fallback }
        if !required { return "" }
        console.complain(Localized("这一项必须填写。", en: "this is required."))
      }
    }
  }

  /// Asks for a whole number ≥ 0; Enter gives `fallback`; nil on Ctrl-D.
  func askCount(_ label: String, fallback: Int? = nil) -> Int? {
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
        if let value = Int(text), value >= 0 { return value }
        console.complain(Localized("请输入不小于 0 的整数。", en: "type a whole number, 0 or more."))
      }
    }
  }

  /// Asks for a list of student names; a command word is refused, as it is surely a slip.
  func askNames(_ label: String, fallback: String) -> String? {
    while true {
      guard let text = askText(label, fallback: fallback) else { return nil }
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
