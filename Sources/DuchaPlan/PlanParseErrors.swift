import DuchaChecklist

/// The plan parser's messages (P1xx file, P2xx line), each saying where, what is wrong and how
/// to fix it; the parser reports them where it finds the problem. Codes: `docs/plan-format.md` §8.
enum PlanParseErrors {
  static func error(
    _ code: String, _ location: SourceLocation, _ zh: String, en: String, fix fixZh: String,
    _ fixEn: String
  ) -> Diagnostic {
    Diagnostic(
      .error, code, at: location, Localized(zh, en: en), fix: Localized(fixZh, en: fixEn))
  }

  // MARK: - P1xx: the file

  static func noPlan(_ location: SourceLocation) -> Diagnostic {
    error(
      "P103", location, "没有“计划”语句：这不是一份检查计划，或文件是空的。",
      en: "no 计划 statement: the file is empty or not a plan.",
      fix: "在第一行写“计划 <编号>”，例如“计划 lingbi-2021”。",
      "start the file with '计划 <id>', e.g. '计划 lingbi-2021'.")
  }

  // MARK: - P2xx: one line

  static func unknownKeyword(_ word: String, _ location: SourceLocation) -> Diagnostic {
    let hint = PlanText.suggestion(for: word, among: PlanKeywords.all).map { "是不是“\($0)”？" } ?? ""
    let shown = word.count > 24 ? word.prefix(24) + "…" : word
    return error(
      "P201", location, "不认识的关键词“\(shown)”。\(hint)", en: "unknown keyword '\(shown)'.",
      fix: "每行以关键词开头：计划、单位、组、大组、小组，或带冒号的标题：、清单：、组长：、组员：、检查：、必查：、抽查：等。",
      "each line starts with a keyword (see docs/plan-format.md); fields take a colon, like '组长：…'."
    )
  }

  static func missingColon(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P202", location, "“\(keyword)”后面缺少冒号。", en: "missing colon after '\(keyword)'.",
      fix: "写成“\(keyword)：内容”。", "write '\(keyword)：…'.")
  }

  static func groupFieldOutsideGroup(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P203", location, "“\(keyword)”是组里的语句，前面需要一个“组”“大组”或“小组”。",
      en: "'\(keyword)' belongs to a group; write 组, 大组 or 小组 before it.",
      fix: "先写“组 一”（或“大组 一”），再写“\(keyword)：…”。",
      "write '组 一' (or '大组 一') first, then '\(keyword)：…'.")
  }

  static func headerFieldInGroup(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P203", location, "“\(keyword)”是计划的表头语句，应写在第一个组之前。",
      en: "'\(keyword)' is a plan field and goes before the first group.",
      fix: "把这一行移到第一个“组”或“大组”之前。", "move this line above the first 组 or 大组.")
  }

  static func subgroupWithoutGroup(_ location: SourceLocation) -> Diagnostic {
    error(
      "P203", location, "“小组”前面需要一个“组”或“大组”。", en: "a 小组 needs a 组 or 大组 above it.",
      fix: "先写“大组 一”，再写它的各个小组。", "write '大组 一' first, then its 小组.")
  }

  static func danglingContinuation(_ location: SourceLocation) -> Diagnostic {
    error(
      "P203", location, "接续行“|”前面没有可以接续的文字。",
      en: "continuation line '|' follows no text field.",
      fix: "把它接在“说明：”或“标题：”之后，或删去行首的“|”。",
      "put it after a '说明：' or '标题：' line, or remove the '|'.")
  }

  static func twice(_ what: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P204", location, "\(what)写了两次。", en: "\(what) is written twice.",
      fix: "删去多余的一行；组员、检查、清单、说明可以分几行写，其余每项只写一次。",
      "delete the extra line; only 组员, 检查, 清单 and 说明 may span several lines.")
  }

  static func planTwice(_ location: SourceLocation) -> Diagnostic {
    error(
      "P204", location, "“计划”写了两次。", en: "计划 is written twice.",
      fix: "一个文件只写一份计划；删去多余的“计划”行。", "one plan per file; delete the extra line.")
  }

  /// `joined`: the words written, joined with “-” (`计划 mx 2026` → mx-2026).
  static func badID(joined: String?, _ location: SourceLocation) -> Diagnostic {
    error(
      "P206", location, "“计划”后面应当是一个不含空格的编号。", en: "计划 takes one id without spaces.",
      fix: joined.map { "写成“计划 \($0)”（用“-”连接，不空格）。" } ?? "例如“计划 lingbi-2021”。",
      joined.map { "write '计划 \($0)' (joined with '-', no spaces)." }
        ?? "for example '计划 lingbi-2021'.")
  }

  static func badValue(
    _ keyword: String, _ value: String, expected: String, expectedEn: String, fix: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    error(
      "P206", location, "“\(keyword)”的值“\(value)”不对，应当是\(expected)。",
      en: "'\(keyword)' value '\(value)' is wrong; expected \(expectedEn).", fix: fix,
      "see docs/plan-format.md.")
  }

  static func emptyField(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P206", location, "“\(keyword)”后面没有内容。", en: "'\(keyword)' is empty.",
      fix: "在冒号后写上内容，或删去这一行。", "write something after the colon, or delete the line.")
  }

  static func reversedDates(_ start: PlanDate, _ end: PlanDate, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P206", location, "结束日期 \(end) 早于开始日期 \(start)。",
      en: "the end date \(end) is before the start date \(start).",
      fix: "把起止日期对调，或改正写错的一个。", "swap the dates or correct the wrong one.")
  }

  static func unclosedBracket(_ entry: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P206", location, "“\(entry)”里的括号没有闭合。", en: "unclosed bracket in '\(entry)'.",
      fix: "写成“姓名（所在单位）”，补上“）”。", "write 'name（unit）' and close the bracket.")
  }

  static func badPerson(_ entry: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P206", location, "“\(entry)”不是“姓名”或“姓名（所在单位）”。",
      en: "'\(entry)' is not 'name' or 'name（unit）'.",
      fix: "每人写成“姓名”或“姓名（所在单位或职务）”，人与人之间用“、”分隔。",
      "write each person as 'name' or 'name（unit）', separated by 、.")
  }

  static func unitShape(_ location: SourceLocation) -> Diagnostic {
    error(
      "P207", location, "“单位”应写成“单位 名称 类别”，后面可加 学段、属于、本部、又名。",
      en: "write '单位 <name> <kind>' optionally followed by 学段, 属于, 本部, 又名.",
      fix: "例如“单位 下中 中学 又名 下楼中学”；类别：\(PlanUnitKind.catalogue)。",
      "for example '单位 下中 中学'; kinds: \(PlanUnitKind.catalogue).")
  }

  static func unknownKind(_ word: String, _ location: SourceLocation) -> Diagnostic {
    let hint =
      PlanText.suggestion(for: word, among: PlanUnitKind.allCases.map(\.word)).map {
        "是不是“\($0)”？"
      } ?? ""
    return error(
      "P207", location, "不认识的单位类别“\(word)”。\(hint)", en: "unknown unit kind '\(word)'.",
      fix: "类别写：\(PlanUnitKind.catalogue)；看不出类别的学校写“学校”。",
      "kinds: \(PlanUnitKind.catalogue); write 学校 when the type is unknown.")
  }

  static func badUnitName(_ name: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P207", location, "单位名称“\(name)”里不能有“、”“，”“；”或括号。",
      en: "unit name '\(name)' must not contain 、 , ; or brackets.",
      fix: "名称写成一个词，例如“下楼中学”；别的叫法用“又名 …”。",
      "write the name as one word; give other names with '又名 …'.")
  }

  /// `单位 西山 小学 完小`: two kinds in a row, so the name has a space in it.
  static func spacedUnitName(_ joined: String, kind: String, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P207", location, "单位名称里不能有空格：这一行有两个类别，名称多半是“\(joined)”。",
      en:
        "a unit's name has no spaces: this line has two kinds, so the name is most likely '\(joined)'.",
      fix: "写成“单位 \(joined) \(kind)”。", "write '单位 \(joined) \(kind)'.")
  }

  static func unknownUnitAttribute(_ word: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P207", location, "单位没有“\(word)”这个属性。", en: "units have no attribute '\(word)'.",
      fix: "可用的属性：学段 小学/初中/高中、属于 <单位>、本部、又名 <名称>；注释写在“ #”之后。",
      "attributes: 学段, 属于, 本部, 又名; comments go after ' #'.")
  }

  static func missingAttributeValue(
    _ attribute: String, example: String, _ location: SourceLocation
  ) -> Diagnostic {
    error(
      "P207", location, "“\(attribute)”后面缺少内容。", en: "'\(attribute)' needs a value.",
      fix: "写成“\(example)”。", "write '\(example)'.")
  }

  static func missingGroupID(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P208", location, "“\(keyword)”后面缺少组别编号。", en: "'\(keyword)' needs a number.",
      fix: "写成“\(keyword) 一”；编号后面可以写组名，如“\(keyword) 六 城区组”。",
      "write '\(keyword) 一', optionally followed by a name.")
  }

  static func drawShape(_ text: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P209", location, "“抽查：\(text)”写法不对，应当是“类别 数量所”，如“完小 1-2所”。",
      en: "'抽查：\(text)' should be '<kinds> <n>所', e.g. '完小 1-2所'.",
      fix: "数量写一个数或一个范围（1-2所）；类别可省略（任何学校）；不抽写“抽查：不抽”。",
      "give a count or range (1-2所), optionally after kinds; '抽查：不抽' for none.")
  }

  static func drawReversed(_ minimum: Int, _ maximum: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P209", location, "抽查数量 \(minimum)-\(maximum) 的下限大于上限。",
      en: "draw range \(minimum)-\(maximum) has its lower bound above the upper.",
      fix: "写成“\(maximum)-\(minimum)所”。", "write '\(maximum)-\(minimum)所'.")
  }

  static func drawTooLarge(_ count: String, _ location: SourceLocation) -> Diagnostic {
    let shown = count.count > 24 ? count.prefix(24) + "…" : Substring(count)
    let limit = SamplingRule.Draw.maximumCount
    return error(
      "P210", location, "抽查数量 \(shown) 太大，最多 \(limit) 所。",
      en: "draw count \(shown) is too large; at most \(limit).",
      fix: "写实际要抽的所数，如“完小 1-2所”；全部都查写“必查：全部”。",
      "give the number of units to draw, e.g. '完小 1-2所'; write '必查：全部' to check every unit.")
  }
}
