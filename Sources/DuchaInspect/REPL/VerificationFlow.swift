import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// 核验 <清单>: walks a verification list (e.g. 会理 台账清单) inside this session, so the
  /// scoring items bound to `核验.问题数` take its counts.
  func verificationFlow(_ reference: String) {
    let lists = environment.checklists.filter { $0.kind == .verification }
    let list: Checklist?
    if reference.isEmpty {
      console.say(t("可核验的清单：", "verification lists:"))
      for (offset, entry) in lists.enumerated() {
        console.say("  \(offset + 1)  \(entry.id)  \(entry.title)")
      }
      guard let text = askText(t("核验哪一个（序号或编号）", "which one (number or id)"), required: true) else {
        return
      }
      list =
        Int(text).flatMap(lists.entry(numbered:))
        ?? lists.first { $0.id == text }
    } else {
      list =
        lists.first { $0.id == reference }
        ?? findChecklist(reference).flatMap { $0.kind == .verification ? $0 : nil }
    }
    guard let list else {
      console.complain(
        Localized(
          "没有这个核验表。输入“核验”不带参数可列出全部。",
          en: "no such verification list; type 'verify' alone to list them."))
      return
    }
    let before = boundScores(prefix: "核验.")
    console.say(
      t(
        "核验：\(list.title)（1 齐全 / 2 缺失 / 3 不全；回车保留；“退出”或 Ctrl-D 结束）",
        "verifying: \(list.title) (1/2/3; Enter keeps; 'quit' or Ctrl-D stops)"))
    var statuses = session.verifications[list.id] ?? [:]
    walkList: for item in list.leafItems {
      let current = statuses[item.id]
      while true {
        let prompt =
          "  \(item.id) \(item.title)"
          + (current.map { t("（回车=\($0.rawValue)）", " (Enter = \($0.rawValue))") } ?? "") + "> "
        guard case .line(let text) = console.ask(prompt) else { break walkList }
        // 回车保留: keeps a recorded status, and otherwise leaves the entry 未核验.
        if text.trimmingCharacters(in: .whitespaces).isEmpty { break }
        guard let status = AnswerParser.status(text) else {
          // 退出 (or 完成) here means the list, as the header says, not the whole inspection:
          // it was refused as no status, and only Ctrl-D got the inspector out.
          if let (command, rest) = Command.parse(AnswerParser.normalize(text)), rest.isEmpty,
            command == .quit || command == .finish
          {
            break walkList
          }
          console.complain(
            Localized(
              "请输入 1、2、3 或 齐全、缺失、不全；结束核验输入“退出”。",
              en: "type 1, 2 or 3; 'quit' stops verifying."))
          continue
        }
        statuses[item.id] = status
        session.verifications[list.id] = statuses
        // The list's size goes with its statuses: 核验.未核验 is counted from the file alone.
        var sizes = session.verificationSizes ?? [:]
        sizes[list.id] = list.leafItems.count
        session.verificationSizes = sizes
        save()
        break
      }
    }
    let values = statuses.values
    console.say(
      t(
        "\(list.title)：齐全 \(values.filter { $0 == .complete }.count)，缺失 \(values.filter { $0 == .missing }.count)，不全 \(values.filter { $0 == .incomplete }.count)，未核验 \(list.leafItems.count - values.count)",
        "\(list.id): complete \(values.filter { $0 == .complete }.count), missing \(values.filter { $0 == .missing }.count), incomplete \(values.filter { $0 == .incomplete }.count), unchecked \(list.leafItems.count - values.count)"
      ))
    reportRescored(before, prefix: "核验.")
  }
}
