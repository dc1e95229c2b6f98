/// The words that start a line, grouped by where they may stand.
enum Keywords {
  /// Header fields, written before the first `部分`.
  static let header: Set<String> = [
    "标题", "机关", "文号", "年度", "考核年度", "对象", "学段", "总分", "总分上限", "类型", "不适用条目", "说明",
  ]
  /// Text fields of a section, item or part.
  static let item: Set<String> = ["要求", "赋分", "办法", "说明", "适用"]
  /// `header` and `item` asked by bytes (`NameSet`): hashing a Chinese keyword as a `String`
  /// normalized it, for every text line.
  static let headerNames = NameSet(Array(header))
  static let itemNames = NameSet(Array(item))
  /// Statements with their own grammar.
  static let statements: Set<String> = [
    "清单", "名单", "年度目标", "指标", "部分", "加分项", "条目", "小项", "录入", "规则", "结果", "样例", "设", "期望", "同批",
  ]
  /// The words the source documents use for the same columns, accepted as synonyms.
  static let aliases: [String: String] = [
    "赋分标准": "赋分", "评分标准": "赋分", "考核办法": "办法", "考评点及标准": "要求", "考核内容": "要求",
    "发文机关": "机关", "发文字号": "文号", "备注": "说明",
  ]

  /// How a line whose first word is a keyword (or an alias) is read.
  enum Reading {
    case textField, identity, list, yearTargets, indicator, section, input, rule, sample
    case sampleLine
  }

  /// Every keyword and alias with the keyword it stands for and how its line is read: one
  /// dictionary lookup per line, where a `Set` lookup per group and a `String` comparison per
  /// `case` (each through Unicode normalization, the words being Chinese) were a fifth of
  /// parsing.
  static let readings: [String: (keyword: String, reading: Reading)] = {
    var table: [String: (keyword: String, reading: Reading)] = [:]
    let statements: [String: Reading] = [
      "清单": .identity, "名单": .list, "年度目标": .yearTargets, "指标": .indicator, "部分": .section,
      "加分项": .section, "条目": .section, "小项": .section, "录入": .input, "规则": .rule, "结果": .rule,
      "样例": .sample, "设": .sampleLine, "期望": .sampleLine, "同批": .sampleLine,
    ]
    for (word, reading) in statements { table[word] = (word, reading) }
    for word in header.union(item) { table[word] = (word, .textField) }
    for (alias, keyword) in aliases { table[alias] = (keyword, .textField) }
    return table
  }()

  /// `readings` keyed by bytes (every keyword is inert text, see `InertText`).
  static let inertReadings: [InertKey: (keyword: String, reading: Reading)] = {
    var table: [InertKey: (keyword: String, reading: Reading)] = [:]
    for (word, entry) in readings {
      guard let key = InertKey(word) else { continue }
      table[key] = entry
    }
    return table
  }()

  /// `readings[word]`, without normalizing an inert word (one lookup per line).
  static func reading(of word: String) -> (keyword: String, reading: Reading)? {
    guard let key = InertKey(word) else { return readings[word] }
    if let entry = inertReadings[key] { return entry }
    // A keyword that is not inert text (none today) is still found the `String` way.
    return inertReadings.count == readings.count ? nil : readings[word]
  }

  /// Every keyword, for "did you mean" suggestions.
  static var all: [String] { (header.union(item).union(statements)).sorted() }
}
