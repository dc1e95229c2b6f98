import DuchaChecklist

/// The commands of the walk, with their Chinese and English names and help.
enum Command: String, CaseIterable {
  case next, back, go, skip, list, revise, undo, note, evidence, problem, rollCall, registry,
    verify, cases,
    summary, finish,
    help, quit

  /// Names that invoke the command; the first is shown in help. The others are what
  /// inspectors type without thinking: 撤消 (the older spelling of 撤销), 返回, 上一个.
  var names: [String] {
    switch self {
    case .next: ["下一项", "next", "n", "下一个", "下一题"]
    case .back: ["上一项", "back", "b", "上一个", "上一题", "返回"]
    case .go: ["到", "go", "g"]
    case .skip: ["跳过", "skip", "s"]
    case .list: ["列表", "list", "l"]
    case .revise: ["改", "revise", "r"]
    case .undo: ["撤销", "undo", "u", "撤消"]
    case .note: ["备注", "note"]
    case .evidence: ["证据", "evidence"]
    case .problem: ["问题", "problem"]
    case .rollCall: ["点名", "rollcall"]
    case .registry: ["学籍", "registry"]
    case .verify: ["核验", "verify"]
    case .cases: ["案例", "cases"]
    case .summary: ["汇总", "summary"]
    case .finish: ["完成", "finish", "结束", "done"]
    case .help: ["帮助", "help", "?", "？"]
    case .quit: ["退出", "quit", "q"]
    }
  }

  /// One line of help.
  var help: Localized {
    switch self {
    case .next: Localized("下一项（直接回车也是下一项）", en: "next item (Enter alone does the same)")
    case .back: Localized("上一项", en: "previous item")
    case .go: Localized("到 <编号>：转到任意一项，如“到 7.2”", en: "go <id>: jump to any item, e.g. 'go 7.2'")
    case .skip: Localized("跳过：本项暂不评分，留在待定清单里", en: "skip: leave this item pending and move on")
    case .list: Localized("列表：各项的状态和得分", en: "list: every item with its status and score")
    case .revise:
      Localized(
        "改 [编号或录入名]：重新录入本项（或指定的项）", en: "revise [id or input]: record this (or that) item again")
    case .undo:
      Localized(
        "撤销：撤回最后一个回答或记录（可连续撤销）", en: "undo: take back the last answer or record (repeatable)")
    case .note:
      Localized(
        "备注 [编号] <文字>：加备注，只留在记录里；备注 公开 <文字>：写进检查总结草稿；“备注 列表”“备注 改 2 …”“备注 删除 2”",
        en:
          "note [id] <text>: a private note; note public <text>: quoted in the draft summary; 'note list', 'note edit 2 …', 'note delete 2'"
      )
    case .evidence:
      Localized(
        "证据 [编号] <文件名>：记下照片或材料名称；列表、改、删除同备注",
        en: "evidence [id] <name>: record a photo or document; list, edit, delete as for notes")
    case .problem:
      Localized(
        "问题 [编号] <一句话>：记为问题（如“问题 4.1 制度未上墙”）；列表、改、删除同备注",
        en: "problem [id] <one line>: mark a finding (e.g. 'problem 4.1 …'); list, edit, delete")
    case .rollCall:
      Localized(
        "点名：入班核查一个班；“点名 列表”看各班，“点名 删除 三年级2班”，“点名 全校”记全校的数字",
        en:
          "rollcall: record one class; 'rollcall list', 'rollcall delete <class>', 'rollcall school'"
      )
    case .registry:
      Localized(
        "学籍：录入学籍系统核查的数字；“学籍 导入 文件”读学籍系统导出算出数字；“学籍 列表”看数字和涉及的学生",
        en:
          "registry: record the registry-system counts; 'registry import FILE' computes them from the export; 'registry list' shows them with the students"
      )
    case .verify:
      Localized(
        "核验 <清单>：在本次检查里核验台账清单", en: "verify <list>: walk a verification list within this session")
    case .cases:
      Localized(
        "案例：本校在控辍保学台账里未结案的案例；“案例 3”看一个，“案例 核实|走访|辍学|入学|销号 3 …”当场更新台账",
        en:
          "cases: the school's open cases in the ledger; 'cases 3' shows one; 'cases visit 3 …' updates it"
      )
    case .summary: Localized("汇总：到目前为止的评分表", en: "summary: the scored form so far")
    case .finish: Localized("完成：结束本次检查", en: "finish: complete this inspection")
    case .help: Localized("帮助：显示本说明", en: "help: show this help")
    case .quit:
      Localized(
        "退出：保存并退出，以后用 ducha resume 继续", en: "quit: save and leave; continue later with ducha resume"
      )
    }
  }

  /// Finds the command a line starts with, and the rest of the line as its argument. A `/`
  /// prefix forces a command where an answer is expected. `到7.2` and `改3` (no space) work.
  static func parse(_ line: String) -> (Command, String)? {
    var text = line.trimmingSpaces()
    if text.hasPrefix("/") || text.hasPrefix("／") { text.removeFirst() }
    let word = text.prefix { !$0.isWhitespace }
    // The argument keeps the inspector's own punctuation: it is a note or a finding.
    let rest = text.dropFirst(word.count).trimmingSpaces()
    let name = AnswerParser.normalize(String(word)).lowercased()
    if let command = byName[name] { return (command, rest) }
    // A one-character command glued to an item id: 到7.2, 改3 typed without the space.
    for command in [Command.go, .revise] {
      guard let head = command.names.first, name.hasPrefix(head), name.count > head.count else {
        continue
      }
      let glued = name.dropFirst(head.count)
      if let first = glued.first, first.isASCII, first.isNumber {
        return (command, ([String(glued)] + (rest.isEmpty ? [] : [rest])).joined(separator: " "))
      }
    }
    return nil
  }

  /// Every name of every command, to the first command in `allCases` that has it: every typed
  /// line (an answer too) is looked up, and comparing it with each of the fifty names in turn
  /// was a tenth of the REPL thread's instructions per answer (`callgrind` of the bench walk).
  private static let byName: [String: Command] = {
    var table: [String: Command] = [:]
    for command in allCases {
      for name in command.names where table[name] == nil { table[name] = command }
    }
    return table
  }()

  /// The command names closest to a word that is not one (`下一想` → 下一项), for "是不是…".
  static func suggestions(for line: String) -> [String] {
    var text = line.trimmingSpaces()
    if text.hasPrefix("/") || text.hasPrefix("／") { text.removeFirst() }
    let word = AnswerParser.normalize(String(text.prefix { !$0.isWhitespace })).lowercased()
    guard !word.isEmpty else { return [] }
    var found: [String] = []
    for command in allCases {
      for name in command.names where name.count > 1 {
        let chinese = !name.allSatisfy(\.isASCII)
        let distance = editDistance(Array(word), Array(name))
        let close =
          chinese
          ? distance <= max(1, name.count / 2) && distance < max(word.count, name.count)
          : distance <= (name.count >= 5 ? 2 : 1)
        if close || (word.count >= 2 && name.hasPrefix(word)) {
          if !found.contains(command.names[0]) { found.append(command.names[0]) }
        }
      }
    }
    return Array(found.prefix(3))
  }

  /// Levenshtein distance between two short words.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for (j, y) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// Every name, for Tab completion.
  static var allNames: [String] { allCases.flatMap(\.names).filter { $0.count > 1 } }
}
