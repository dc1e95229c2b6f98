import DuchaChecklist

/// The plan checker's warnings (P4xx), each saying where, what is probably wrong and what to
/// do; the checker reports them where it finds them. Codes: `docs/plan-format.md` §6 and §8.
enum PlanWarnings {
  static func warning(
    _ code: String, _ location: SourceLocation, _ zh: String, en: String, fix fixZh: String,
    _ fixEn: String
  ) -> Diagnostic {
    Diagnostic(
      .warning, code, at: location, Localized(zh, en: en), fix: Localized(fixZh, en: fixEn))
  }

  static func seconded(
    role: String, person: String, home: String, group: String, clashes: [String],
    _ location: SourceLocation
  ) -> Diagnostic {
    let list = clashes.map { "“\($0)”" }.joined()
    let listEn = clashes.map { "'\($0)'" }.joined(separator: ", ")
    return warning(
      "P401", location,
      "\(role)“\(person)”来自“\(home)”，\(group)又检查\(list)："
        + "被检查单位的抽调人员，不参与对本单位的检查。",
      en: "\(person) comes from '\(home)' but \(group) checks \(listEn): "
        + "staff seconded from a unit do not inspect it.",
      fix: "把\(person)调到不检查\(list)的组或小组；调不开时，检查\(list)时请其回避，可做好迎查工作。",
      "move \(person) to a group that does not check \(listEn), or have them stand "
        + "aside for those visits.")
  }

  static func unitInTwoGroups(
    _ name: String, first: String, firstLine: Int, other: String, _ location: SourceLocation
  ) -> Diagnostic {
    warning(
      "P402", location,
      "单位“\(name)”分给了两个组：\(first)（第 \(firstLine) 行）"
        + "和\(other)。",
      en: "unit '\(name)' is given to two groups: \(first) (line "
        + "\(firstLine)) and \(other).",
      fix: "一个单位只交给一个组：从其中一个组的“检查：”里删去它（或它所属的乡镇、中心学校）。",
      "give each unit to one group: remove it from one group's 检查 line.")
  }

  static func unitInNoGroup(_ name: String, _ location: SourceLocation) -> Diagnostic {
    warning(
      "P403", location, "单位“\(name)”没有分给任何组。",
      en: "unit '\(name)' is not given to any group.",
      fix: "在某个组的“检查：”里写上“\(name)”，或用“属于”把它归到某组检查的乡镇、中心学校；"
        + "这次本来不查它的话，可以不管这条提醒。",
      "name it in some group's 检查 line, or attach it with 属于 to a unit a group checks.")
  }

  static func undeclaredUnit(
    _ name: String, group: String, hint: String?, _ location: SourceLocation
  ) -> Diagnostic {
    warning(
      "P404", location,
      "\(group)检查的“\(name)”没有用“单位”声明。"
        + (hint.map { "是不是“\($0)”？" } ?? ""),
      en: "'\(name)', checked by \(group), is not declared with 单位.",
      fix: "加一行“单位 \(name) <类别>”（类别：\(PlanUnitKind.catalogue)），或改正名称；"
        + "没有声明的单位按“学校”处理，抽查规则认不出它的类别。",
      "declare it with '单位 \(name) <kind>' or correct the name.")
  }

  static func headCount(group: String, count: Int, listed: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    warning(
      "P405", location, "\(group)写的人数是 \(count)，列出的组员是 \(listed) 人。",
      en: "\(group) gives a head count of \(count) but lists \(listed) members.",
      fix: "核对名单：补上缺的组员，或改正“人数：”。人数只数组员（含各小组的组员），不数另写的组长。",
      "check the names: add the missing members or correct 人数 (members only, not the 组长).")
  }

  static func unreachable(
    _ name: String, kind: PlanUnitKind, group: String, _ location: SourceLocation
  ) -> Diagnostic {
    let word = kind.word
    return warning(
      "P406", location,
      "\(group)的“\(name)”（\(word)）既不是必查，也不在抽查范围内，按本组的规则不会被检查。",
      en: "\(group)'s '\(name)' (\(kind.name(.english))) is neither checked "
        + "always nor drawn: the group's rule never reaches it.",
      fix: "在“必查：”里加上“\(word)”或“\(name)”，或在“抽查：”里加上“\(word)”；本来不查的话，从“检查：”里删去它。",
      "add '\(word)' or '\(name)' to 必查, or '\(word)' to 抽查; or remove it from 检查.")
  }

  static func personInTwoGroups(
    _ person: String, first: String, firstLine: Int, group: String, _ location: SourceLocation
  ) -> Diagnostic {
    warning(
      "P407", location,
      "“\(person)”同时在\(first)（第 \(firstLine) 行）和\(group)。",
      en: "\(person) is in both \(first) (line "
        + "\(firstLine)) and \(group).",
      fix: "一人只进一个组；若是同名的两个人，在括号里写上各自的单位以示区别。",
      "one person, one group; for two people of the same name, add each one's unit in "
        + "brackets.")
  }

  static func nothingToCheck(group: String, _ location: SourceLocation) -> Diagnostic {
    warning(
      "P408", location, "\(group)没有要检查的单位。",
      en: "\(group) has no units to check.",
      fix: "写“检查：单位、单位……”，或在它下面分小组。",
      "add '检查：<unit>、<unit>…' or split it into 小组.")
  }
}
