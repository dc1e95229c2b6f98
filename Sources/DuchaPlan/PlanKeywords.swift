/// The words that start a line of a plan, grouped by where they may stand.
enum PlanKeywords {
  /// Statements with their own grammar, written without a colon.
  static let statements: [String] = ["计划", "单位", "组", "大组", "小组"]
  /// Fields of the plan, written before the first group.
  static let header: Set<String> = ["标题", "机关", "文号", "年度", "日期", "清单", "说明", "必查", "抽查"]
  /// Fields of a group, written after its `组`, `大组` or `小组` line.
  static let group: Set<String> = ["组长", "召集人", "组员", "人数", "检查", "必查", "抽查", "说明"]
  /// Fields whose text is kept whole: `#` does not start a comment in them.
  static let prose: Set<String> = ["标题", "机关", "文号", "说明"]
  /// The words the source documents use for the same fields, accepted as synonyms.
  static let aliases: [String: String] = [
    "检查时间": "日期", "核查时间": "日期", "发文机关": "机关", "发文字号": "文号", "备注": "说明",
    "检查单位": "检查", "成员": "组员", "带队": "组长", "清单编号": "清单",
  ]

  /// Every keyword, for messages and "did you mean".
  static var all: [String] { statements + header.union(group).sorted() }
}
