import DuchaChecklist
import DuchaRender
import DuchaSession
import DuchaTerminal
import Foundation

/// What a command leaves the walk to do next.
enum WalkStep {
  /// Back to the command prompt.
  case stay
  /// A command typed at a question, to run next.
  case present((Command, String)?)
  /// Leave the REPL with this status.
  case exit(Int32)
}

extension InspectionREPL {
  /// Runs one command of the walk.
  func perform(_ command: Command, _ argument: String) -> WalkStep {
    switch command {
    case .next:
      guard index + 1 < leaves.count else {
        console.say(
          t(
            "已是最后一项。输入“完成”结束检查，或“列表”查看待定项。",
            "This is the last item. Type 'finish' to complete, or 'list' to see what is pending."))
        return .stay
      }
      index += 1
      return .present(present(index))
    case .back:
      guard index > 0 else {
        console.say(t("已是第一项。", "This is the first item."))
        return .stay
      }
      index -= 1
      return .present(present(index))
    case .go:
      guard let target = leafIndex(argument) else {
        complainUnknownItem(argument)
        return .stay
      }
      index = target
      return .present(present(index))
    case .skip:
      let item = leaves[index]
      if !session.skipped.contains(item.id) { session.skipped.append(item.id) }
      save()
      console.say(
        t("已跳过 \(item.id)，它留在待定清单里。", "skipped \(item.id); it stays on the pending list."))
      return perform(.next, "")
    case .list:
      console.say(statusList())
      return .stay
    case .revise:
      return .present(revise(argument))
    case .note, .evidence, .problem:
      record(command, argument)
      return .stay
    case .rollCall:
      if argument == "全校" || argument.lowercased() == "school" {
        let before = boundScores(prefix: "点名.")
        wholeSchoolFlow()
        reportRescored(before, prefix: "点名.")
      } else if argument == "列表" || argument.lowercased() == "list" {
        console.say(
          session.rollCall.isEmpty
            ? t("还没有点名记录。", "no roll call yet.")
            : RollCallTable.format(session.rollCall, language: language, width: environment.width))
      } else {
        rollCallFlow()
      }
      return .stay
    case .registry:
      let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
      switch words.first?.lowercased() {
      case "导入", "import": registryImportFlow(words.count > 1 ? words[1] : "")
      case "列表", "list": registryListing()
      default: registryFlow()
      }
      return .stay
    case .verify:
      verificationFlow(argument)
      return .stay
    case .summary:
      console.say(
        ScoreSummary.format(evaluate(), of: checklist, language: language, width: environment.width)
      )
      return .stay
    case .finish:
      return finishFlow() ? .exit(0) : .stay
    case .help:
      console.say(help())
      return .stay
    case .quit:
      return .exit(leave())
    }
  }

  /// Shows item `position`, asks what it still needs, then shows its score and the running
  /// total. Returns a command typed at one of its questions.
  func present(_ position: Int, askAll: Bool = false) -> (Command, String)? {
    let item = leaves[position]
    session.cursor = item.id
    save()
    console.say("")
    console.say(
      ItemCard.format(
        item, in: checklist, language: language, style: console.style, width: environment.width))
    let before = evaluate()
    if before.allItems.first(where: { $0.id == item.id })?.state == .notApplicable {
      console.say(
        t(
          "本单位（\(session.unit.stages.map(\.rawValue).joined(separator: "、"))）不适用此项。",
          "not applicable to this unit's stages."))
      return nil
    }
    return continueItem(position, askAll: askAll)
  }

  /// Asks what item `position` still needs (or everything, when revising), then shows its score.
  func continueItem(_ position: Int, askAll: Bool = false) -> (Command, String)? {
    let item = leaves[position]
    if checklist.kind == .verification {
      if askAll || session.answers.statuses[item.id] == nil {
        switch askStatus(item) {
        case .command(let command, let argument): return (command, argument)
        case .answered, .backedOut: break
        }
      }
    } else {
      for name in item.inputNames where askAll || needsAnswer(name) {
        switch askInput(name) {
        case .answered: continue
        case .backedOut: return showScore(item)
        case .command(let command, let argument): return (command, argument)
        }
      }
    }
    return showScore(item)
  }

  /// Prints the item's score with reasons and the running total.
  @discardableResult
  func showScore(_ item: Item) -> (Command, String)? {
    let result = evaluate()
    if let itemResult = result.allItems.first(where: { $0.id == item.id }) {
      console.say(
        ItemScore.format(
          itemResult, language: language, style: console.style, width: environment.width))
    }
    console.say(runningTotal(result))
    return nil
  }

  /// `累计：已评 12/19 项，得分 85.5 / 100；待定 3 项`.
  func runningTotal(_ result: FormResult) -> String {
    let items = result.leafItems
    let done = items.filter { $0.state.score != nil || $0.state == .notApplicable }.count
    let pending = items.count - done
    if checklist.kind == .verification {
      let c = result.verification
      return t(
        "累计：已核验 \(c.complete + c.missing + c.incomplete)/\(items.count) 项（齐全 \(c.complete)，缺失 \(c.missing)，不全 \(c.incomplete)）",
        "so far: \(c.complete + c.missing + c.incomplete)/\(items.count) checked (complete \(c.complete), missing \(c.missing), incomplete \(c.incomplete))"
      )
    }
    let score = ScoreFormat.string(result.scoredSoFar)
    let max = ScoreFormat.string(result.applicableMax)
    return t(
      "累计：已评 \(done)/\(items.count) 项，得分 \(score) / \(max)"
        + (pending > 0 ? "；待定 \(pending) 项" : ""),
      "so far: \(done)/\(items.count) items, \(score) of \(max)"
        + (pending > 0 ? "; \(pending) pending" : ""))
  }

  /// Whether an input still needs the inspector: no answer, no accepted binding, and no
  /// literal default.
  func needsAnswer(_ name: String) -> Bool {
    guard session.answers.values[name] == nil, !session.acceptedDefaults.contains(name) else {
      return false
    }
    guard let fallback = checklist.inputs[name]?.defaultValue else { return true }
    return !fallback.referencedNames.isEmpty
  }

  /// The walk position of an item, part or input's item; an item with parts goes to its first part.
  func leafIndex(_ reference: String) -> Int? {
    let id = reference.trimmingCharacters(in: .whitespaces)
    if let exact = leaves.firstIndex(where: { $0.id == id }) { return exact }
    if let item = checklist.item(id), let first = item.parts.first {
      return leaves.firstIndex { $0.id == first.id }
    }
    if let input = checklist.inputs[id] { return leaves.firstIndex { $0.id == input.itemID } }
    return nil
  }

  func complainUnknownItem(_ reference: String) {
    let ids = leaves.map(\.id)
    let close = ids.filter { $0.hasPrefix(reference) && !reference.isEmpty }.prefix(5)
    let hint = close.isEmpty ? "" : t("；相近的有 ", "; close: ") + close.joined(separator: "、")
    console.complain(
      Localized(
        "没有编号“\(reference)”\(hint.isEmpty ? "" : hint)。输入“列表”查看全部编号。",
        en: "no item '\(reference)'\(hint). Type 'list' to see every id."))
  }

  /// Re-asks every input of the current item, an item given by id, or one input by name.
  func revise(_ argument: String) -> (Command, String)? {
    if let input = checklist.inputs[argument] {
      index = leaves.firstIndex { $0.id == input.itemID } ?? index
      switch askInput(input.name, revising: true) {
      case .command(let command, let rest): return (command, rest)
      case .answered, .backedOut: return showScore(leaves[index])
      }
    }
    if !argument.isEmpty {
      guard let target = leafIndex(argument) else {
        complainUnknownItem(argument)
        return nil
      }
      index = target
    }
    return present(index, askAll: true)
  }

  /// 备注, 证据 and 问题 for the current item; the text is asked when not given.
  func record(_ command: Command, _ argument: String) {
    var text = argument
    if text.isEmpty {
      let label =
        command == .problem
        ? t("问题（一句话）", "problem (one line)")
        : command == .note ? t("备注", "note") : t("证据（照片或材料名称）", "evidence (file name)")
      guard case .line(let line) = console.ask("  \(label)> "),
        !line.trimmingCharacters(in: .whitespaces).isEmpty
      else {
        console.say(t("（未记录）", "(nothing recorded)"))
        return
      }
      text = line.trimmingCharacters(in: .whitespaces)
    }
    let item = leaves[index]
    var kind: ItemNote.Kind = command == .note ? .note : .evidence
    if command == .note, let published = Self.publishedNote(text) {
      kind = .publicNote
      text = published
    }
    switch command {
    case .problem:
      session.problems.append(Problem(itemID: item.id, description: text, time: timestamp))
    default:
      session.notes[item.id, default: []].append(ItemNote(kind: kind, text: text, time: timestamp))
    }
    save()
    if kind == .publicNote {
      console.say(
        t(
          "已记下公开备注（\(item.id)），会写进检查总结草稿。",
          "public note recorded for \(item.id); the draft summary will quote it."))
      return
    }
    let what =
      command == .problem
      ? t("问题", "problem") : command == .note ? t("备注", "note") : t("证据", "evidence")
    console.say(t("已记下\(what)（\(item.id)）。", "\(what) recorded for \(item.id)."))
  }

  /// The text of a note marked for the report — `公开 …`, `公开：…` or `public …` — or nil for a
  /// private note. A note that is only the mark is not a public note (nothing to publish).
  public static func publishedNote(_ text: String) -> String? {
    for mark in ["公开", "public", "Public"] where text.hasPrefix(mark) {
      let rest = text.dropFirst(mark.count)
      guard let first = rest.first, first == " " || first == "：" || first == ":" else { continue }
      let published = rest.dropFirst().trimmingCharacters(in: .whitespaces)
      return published.isEmpty ? nil : published
    }
    return nil
  }

  /// Every leaf item with its status and score.
  func statusList() -> String {
    let result = evaluate()
    var table = TextTable(columns: [
      TextTable.Column(t("编号", "id"), wraps: false), TextTable.Column(t("考核内容", "item")),
      TextTable.Column(t("状态", "status"), wraps: false),
      TextTable.Column(t("得分", "score"), alignment: .right, wraps: false),
    ])
    for item in leaves {
      let state = result.allItems.first { $0.id == item.id }?.state ?? .notApplicable
      var status: String
      switch state {
      case .scored: status = t("已评", "scored")
      case .pending: status = t("待定", "pending")
      case .notApplicable: status = t("不适用", "n/a")
      case .awaitingCohort: status = t("待全体", "cohort")
      }
      if session.skipped.contains(item.id), state.score == nil { status = t("跳过", "skipped") }
      if session.problems.contains(where: { $0.itemID == item.id }) {
        status += t("·问题", "·problem")
      }
      let marker = item.id == leaves[index].id ? "▶ " : "  "
      let score =
        checklist.kind == .verification
        ? (result.allItems.first { $0.id == item.id }?.status?.rawValue ?? "")
        : state.label(language)
      table.rows.append([marker + item.id, item.title, status, score])
    }
    return table.render(maxWidth: environment.width) + "\n" + runningTotal(result)
  }

  func help() -> String {
    var lines = [
      t(
        "命令（中英文都可以，答题时在命令前加“/”）：", "commands (Chinese or English; prefix with '/' while answering):"
      )
    ]
    var table = TextTable(columns: [
      TextTable.Column(t("命令", "command"), wraps: false), TextTable.Column(t("作用", "what it does")),
    ])
    for command in Command.allCases {
      table.rows.append([
        command.names.prefix(2).joined(separator: " / "), command.help.text(language),
      ])
    }
    lines.append(table.render(maxWidth: environment.width))
    lines.append(
      t(
        "答题时：直接回车接受默认值；Ctrl-D 退出这道题；Ctrl-C 清掉正在输入的内容。每个回答都立即存盘。",
        "While answering: Enter accepts the default; Ctrl-D backs out of the question; Ctrl-C clears the line. Every answer is saved at once."
      ))
    return lines.joined(separator: "\n")
  }
}
