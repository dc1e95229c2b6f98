import DuchaChecklist

/// The plan validator's messages (P3xx names), each saying where, what is wrong and how to fix
/// it; the validator reports them where it finds the problem. Codes: `docs/plan-format.md` §8.
enum PlanValidationErrors {
  static func error(
    _ code: String, _ location: SourceLocation, _ zh: String, en: String, fix fixZh: String,
    _ fixEn: String
  ) -> Diagnostic {
    PlanParseErrors.error(code, location, zh, en: en, fix: fixZh, fixEn)
  }

  // MARK: - P205: the header, checked once the whole file is read

  static func missingHeader(_ keyword: String, example: String, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P205", location, "计划缺少“\(keyword)：”。", en: "the plan has no '\(keyword)：' line.",
      fix: "在“计划”行后面加一行“\(keyword)：\(example)”。",
      "add '\(keyword)：\(example)' after the 计划 line.")
  }

  // MARK: - P3xx: names

  static func duplicateUnit(_ name: String, firstLine: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P301", location, "单位“\(name)”重复：第 \(firstLine) 行已有这个名称（或又名）。",
      en: "unit '\(name)' is already declared on line \(firstLine) (as a name or 又名).",
      fix: "删去重复的一行；不同的单位用不同的名称。", "delete the repeated line; give different units different names."
    )
  }

  static func duplicateGroup(_ name: String, firstLine: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    error(
      "P301", location, "\(name)重复：第 \(firstLine) 行已有\(name)。",
      en: "\(name) is already declared on line \(firstLine).",
      fix: "改正组别编号，或把两处合成一组。", "correct the number or merge the two groups.")
  }

  static func undefinedParent(_ name: String, hint: String?, _ location: SourceLocation)
    -> Diagnostic
  {
    let suggestion = hint.map { "是不是“\($0)”？" } ?? ""
    return error(
      "P302", location, "“属于”的“\(name)”没有用“单位”声明。\(suggestion)",
      en: "'\(name)' after 属于 is not declared with 单位.",
      fix: "加一行“单位 \(name) 乡镇”（或 中心学校、街道），或改正名称。",
      "declare it ('单位 \(name) 乡镇') or correct the name.")
  }

  static func undefinedTarget(_ name: String, hint: String?, _ location: SourceLocation)
    -> Diagnostic
  {
    let suggestion = hint.map { "是不是“\($0)”？" } ?? ""
    return error(
      "P302", location, "“必查”里的“\(name)”既不是单位类别，也不是已声明的单位。\(suggestion)",
      en: "'\(name)' in 必查 is neither a unit kind nor a declared unit.",
      fix: "写单位类别（\(PlanUnitKind.catalogue)）、“中心学校本部”、“全部”，或已声明的单位名称。",
      "write unit kinds, 中心学校本部, 全部, or declared unit names.")
  }

  static func parentKind(
    _ unit: String, _ parent: String, _ kind: PlanUnitKind, _ location: SourceLocation
  ) -> Diagnostic {
    error(
      "P303", location,
      "“\(unit)”属于“\(parent)”，但“\(parent)”是\(kind.word)；只能属于\(PlanUnitKind.parentCatalogue)。",
      en: "'\(unit)' belongs to '\(parent)', a \(kind.name(.english)); only a township, "
        + "sub-district, central school, school district or county can have units.",
      fix: "改正“属于”后面的名称，或把“\(parent)”的类别改为\(PlanUnitKind.parentCatalogue)。",
      "correct the 属于 name or change the kind of '\(parent)'.")
  }

  static func parentCycle(_ path: [String], _ location: SourceLocation) -> Diagnostic {
    let chain = path.joined(separator: " → ")
    return error(
      "P303", location, "“属于”绕成了圈：\(chain)。", en: "属于 goes round in a circle: \(chain).",
      fix: "去掉其中一个“属于”。", "remove one of the 属于.")
  }

  static func mainCampusMisplaced(_ unit: String, _ location: SourceLocation) -> Diagnostic {
    error(
      "P304", location, "“\(unit)”标了本部，但它既不是中心学校，也不属于中心学校。",
      en: "'\(unit)' is marked 本部 but is neither a central school nor part of one.",
      fix: "本部是中心学校的本部校区：写“单位 \(unit) 完小 属于 <中心学校> 本部”，或删去“本部”。",
      "write '单位 \(unit) 完小 属于 <central school> 本部', or drop 本部.")
  }

  static func twoMainCampuses(
    _ school: String, first: String, firstLine: Int, second: String, _ location: SourceLocation
  ) -> Diagnostic {
    error(
      "P304", location, "中心学校“\(school)”有两个本部：“\(first)”（第 \(firstLine) 行）和“\(second)”。",
      en: "central school '\(school)' has two 本部: '\(first)' (line \(firstLine)) and '\(second)'.",
      fix: "只给一个单位标“本部”。", "mark only one unit 本部.")
  }
}
