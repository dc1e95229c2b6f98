import DuchaReport
import Foundation

/// The two 花名册 as worksheets (XLSX, CSV, and the HTML table are made from them).
public enum CaseRegisterSheets {
  /// How the 劝返销号花名册 is split.
  public enum Grouping: String, Sendable, CaseIterable {
    /// One sheet per responsible school (学校辍学学生劝返销号花名册).
    case school
    /// One sheet per 乡镇 (辖区内辍学学生劝返销号花名册).
    case township
  }

  /// 疑似失学人员清理情况花名册: every case, what the check found, and where it stands.
  public static func cleanup(_ entries: [CaseEntry], privacy: CasePrivacy) -> Worksheet {
    var sheet = Worksheet(name: "疑似失学人员清理情况")
    sheet.header([
      "序号", "姓名", "性别", "身份证号", "出生日期", "乡镇", "村（社区）", "责任学校", "监护人", "联系电话", "核查结果", "核查情况",
      "核查人", "核查日期", "目前状态",
    ])
    for (index, entry) in entries.enumerated() {
      let record = entry.record
      let privacy = privacy.hiding(record)
      let child = record.child
      let check = entry.check
      sheet.row([
        .number(Decimal(index + 1)), .text(privacy.name(child.name)), .text(child.gender ?? ""),
        .text(privacy.number(child.idNumber)), .text(privacy.birthDate(child.birthDate)),
        .text(privacy.text(child.township)), .text(privacy.text(child.village)),
        .text(privacy.text(record.responsibleSchool)), .text(privacy.name(child.guardian)),
        .text(privacy.phone(child.guardianPhone)), .text(check?.to.rawValue ?? "未核查"),
        .text(privacy.text(findings(record))), .text(check?.by ?? ""),
        .text(CaseEntry.day(check)), .text(record.status.rawValue),
      ])
    }
    var counts: [String: Int] = [:]
    for entry in entries { counts[entry.check?.to.rawValue ?? "未核查", default: 0] += 1 }
    let order = CaseStatus.allCases.map(\.rawValue) + ["未核查"]
    let summary = order.compactMap { key in counts[key].map { "\(key) \($0)" } }
    sheet.row(
      [.text("合计"), .text("\(entries.count) 人：" + summary.joined(separator: "，"))], style: .total)
    return sheet
  }

  /// What the check established, in words.
  static func findings(_ record: CaseRecord) -> String {
    let facts = record.facts
    var parts: [String] = []
    if let place = facts.elsewhere { parts.append("就读地：\(place)") }
    if let departure = facts.departure { parts.append(departure) }
    if let proof = facts.proof { parts.append("证明：\(proof)") }
    if let certificate = facts.certificate { parts.append("证明：\(certificate)") }
    if record.status == .enrolled, let school = facts.school {
      parts.append("在 \(school)\(facts.className ?? "") 就读")
    }
    return parts.joined(separator: "；")
  }

  /// 辍学学生劝返销号花名册, one sheet per school or 乡镇, each ending with its totals.
  public static func returns(_ entries: [CaseEntry], by grouping: Grouping, privacy: CasePrivacy)
    -> [Worksheet]
  {
    let key = { (entry: CaseEntry) in
      grouping == .school ? entry.record.responsibleSchool : entry.record.child.township
    }
    var groups: [String] = []
    for entry in entries where !groups.contains(key(entry)) { groups.append(key(entry)) }
    return groups.map { group in
      let members = entries.filter { key($0) == group }
      // Which of the two is missing: the heading read （未填）辍学学生劝返销号花名册.
      let label =
        group.isEmpty ? (grouping == .school ? "（学校未填）" : "（乡镇未填）") : privacy.text(group)
      var sheet = Worksheet(name: sheetName(label))
      sheet.header([
        "序号", "姓名", "性别", "身份证号", "乡镇", "学校", "年级", "监护人", "确认辍学日期", "劝返次数", "最近一次劝返", "限期复学通知",
        "报乡镇", "复学日期", "复学学校班级", "销号",
      ])
      for (index, entry) in members.enumerated() {
        let record = entry.record
        let privacy = privacy.hiding(record)
        let facts = record.facts
        let lastVisit = facts.visits.last.map { "\($0.date) \(privacy.text($0.outcome))" } ?? ""
        sheet.row([
          .number(Decimal(index + 1)), .text(privacy.name(record.child.name)),
          .text(record.child.gender ?? ""), .text(privacy.number(record.child.idNumber)),
          .text(privacy.text(record.child.township)), .text(privacy.text(record.responsibleSchool)),
          .text(record.child.grade ?? ""), .text(privacy.name(record.child.guardian)),
          .text(CaseEntry.day(entry.check)), .number(Decimal(facts.visits.count)), .text(lastVisit),
          .text(facts.noticeDate.map { "\($0)（期限 \(facts.dueDate ?? "")）" } ?? ""),
          .text(facts.reportDate.map { "\($0) \(privacy.text(facts.decisionNumber))" } ?? ""),
          .text(facts.returnDate ?? ""),
          .text(
            facts.returnDate == nil
              ? "" : privacy.text("\(facts.school ?? "")\(facts.className ?? "")")),
          .text(record.status == .returned ? "已销号" : "未销号"),
        ])
      }
      let closed = members.filter { $0.record.status == .returned }.count
      sheet.row(
        [
          .text("合计"),
          .text("\(label)：辍学 \(members.count) 人，已复学销号 \(closed) 人，未销号 \(members.count - closed) 人"),
        ], style: .total)
      return sheet
    }
  }

  /// A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
  static func sheetName(_ text: String) -> String {
    String(text.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
  }

  /// Several sheets as one table for CSV: the sheet's name first on every row.
  public static func combined(_ sheets: [Worksheet], groupHeader: String) -> Worksheet {
    guard sheets.count > 1 else { return sheets.first ?? Worksheet(name: groupHeader) }
    var combined = Worksheet(name: groupHeader)
    if let header = sheets.first?.rows.first {
      combined.header([groupHeader] + header.cells.map(\.plainText))
    }
    for sheet in sheets {
      for row in sheet.rows.dropFirst() {
        combined.row([.text(sheet.name)] + row.cells, style: row.style)
      }
    }
    return combined
  }
}
