import Foundation

extension Validator {
  /// Reads and checks the header fields into the checklist.
  mutating func validateHeader() {
    func field(_ keyword: String) -> TextField? { tree.header.first { $0.keyword == keyword } }
    let start =
      tree.id?.1 ?? SourceRange(start: SourceLocation(file: tree.file, line: 1, column: 1))
    func required(_ keyword: String, _ example: String) -> TextField? {
      guard let found = field(keyword), !found.text.isEmpty else {
        report(
          ValidationErrors.missingHeaderField(
            keyword: "\(keyword)", example: "\(example)", start.start))
        return nil
      }
      return found
    }
    if let kind = field("类型") {
      if let value = Checklist.Kind(rawValue: kind.text) {
        checklist.kind = value
      } else {
        badValue(kind, Localized("“评分表”或“核验表”", en: "评分表 or 核验表"))
      }
    }
    checklist.title = required("标题", "灵璧县学籍管理工作专项核查记录表")?.text ?? ""
    checklist.issuer = field("机关")?.text
    checklist.documentNumber = field("文号")?.text
    checklist.notes = tree.header.filter { $0.keyword == "说明" }.map(\.text)
    if let unit = required("对象", "学校") {
      if let kind = UnitKind(spelling: unit.text) {
        checklist.unitKind = kind
      } else {
        badValue(
          unit,
          Localized(
            "\(UnitKind.catalogue)之一",
            en: "one of \(UnitKind.allCases.map(\.rawValue).joined(separator: ", "))"))
      }
    }
    if let stages = field("学段") {
      let words = stages.text.split { $0.isWhitespace || "、,，".contains($0) }.map(String.init)
      let parsed = words.compactMap(Stage.init(rawValue:))
      if parsed.count != words.count || parsed.isEmpty {
        badValue(
          stages,
          Localized("\(Stage.catalogue)中的一个或几个，如“小学 初中”", en: "some of \(Stage.catalogue)"))
      } else {
        checklist.stages = parsed.sorted()
      }
    }
    if checklist.kind == .scoring, let total = required("总分", "100") {
      if let value = Self.decimal(total.text), value > 0 {
        checklist.totalPoints = value
      } else {
        badValue(total, Localized("一个正数，如 100", en: "a positive number such as 100"))
      }
    }
    if let cap = field("总分上限") {
      if let value = Self.decimal(cap.text), value >= checklist.totalPoints {
        checklist.totalCap = value
      } else {
        badValue(
          cap,
          Localized(
            "不小于总分的数（有加分项、总分可以超过 \(ScoreFormat.string(checklist.totalPoints)) 时才写，如 105）",
            en: "a number not below 总分 (only when 加分项 may lift the total above it)"))
      }
    }
    if let year = field("年度") {
      if let value = WrittenYear.parse(year.text), (1949...2100).contains(value) {
        checklist.year = value
      } else {
        badValue(year, Localized("四位数的年份，如 2021", en: "a four-digit year such as 2021"))
      }
    }
    if let years = field("考核年度") {
      let bounds = years.text.split { "-—–~～至到".contains($0) }.map { WrittenYear.parse($0) }
      if bounds.count == 1, let only = bounds[0] {
        checklist.assessmentYears = only...only
      } else if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
        checklist.assessmentYears = low...high
      } else {
        badValue(years, Localized("“2021”或“2018-2020”", en: "'2021' or '2018-2020'"))
      }
    }
    if let policy = field("不适用条目") {
      if let value = Checklist.InapplicablePolicy(rawValue: policy.text) {
        checklist.inapplicablePolicy = value
      } else {
        badValue(policy, Localized("“不计”或“折算”", en: "不计 or 折算"))
      }
    }
  }

  mutating func badValue(_ field: TextField, _ expected: Localized) {
    report(
      ValidationErrors.badHeaderValue(
        keyword: "\(field.keyword)", text: "\(field.text)", expectedZh: "\(expected.zh)",
        expectedEn: "\(expected.en)", field.valueRange.start))
  }

  static func decimal(_ text: String) -> Decimal? {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
      return nil
    }
    return DecimalLiteral.value(trimmed)
  }
}
