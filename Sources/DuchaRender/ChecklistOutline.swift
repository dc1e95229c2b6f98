import DuchaChecklist
import DuchaTerminal
import Foundation

/// Renders a checklist's structure — sections, items, parts and points — as an aligned table.
public enum ChecklistOutline {
  /// The outline of `checklist`, fitting `width` columns.
  public static func format(_ checklist: Checklist, language: Language = .chinese, width: Int = 80)
    -> String
  {
    let zh = language == .chinese
    var lines: [String] = [checklist.title]
    var facts: [String] = []
    if let issuer = checklist.issuer { facts.append(issuer) }
    if let number = checklist.documentNumber { facts.append(number) }
    if !facts.isEmpty { lines.append(facts.joined(separator: "  ")) }
    // A form no unit's 学段 changes anything in prints none: not the default 小学、初中 as a
    // kindergarten's or a county government's.
    let stages = checklist.stagesName.map { (zh ? "  学段：" : "  stages: ") + $0 } ?? ""
    var summary = (zh ? "对象：" : "unit: ") + checklist.unitKind.rawValue + stages
    if checklist.kind == .scoring {
      summary += (zh ? "  总分：" : "  total: ") + ScoreFormat.string(checklist.totalPoints)
      if let cap = checklist.totalCap {
        summary += (zh ? "  总分上限：" : "  total with bonus at most: ") + ScoreFormat.string(cap)
      }
    } else {
      summary += zh ? "  核验表" : "  verification list"
    }
    if let years = checklist.assessmentYears {
      summary +=
        (zh ? "  考核年度：" : "  years: ")
        + (years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)")
    }
    lines.append(summary)
    lines.append("")

    let scoring = checklist.kind == .scoring
    var columns = [
      TextTable.Column(zh ? "编号" : "id", wraps: false),
      TextTable.Column(zh ? "考核内容" : "item"),
    ]
    if scoring {
      columns.append(TextTable.Column(zh ? "分值" : "points", alignment: .right, wraps: false))
    }
    columns.append(TextTable.Column(zh ? "适用" : "applies", wraps: false))
    var table = TextTable(columns: columns)
    func row(_ id: String, _ title: String, _ points: Decimal?, _ applies: String) {
      var cells = [id, title]
      if scoring { cells.append(points.map { ScoreFormat.string($0) } ?? "") }
      cells.append(applies)
      table.rows.append(cells)
    }
    for section in checklist.sections {
      // A 加分项 is on top of 总分, not part of it: said, or its points read as part of the 100.
      let bonus =
        section.isBonus
        ? (zh
          ? "（加分项，最多\(ScoreFormat.string(section.points ?? 0))分）"
          : " (bonus, at most \(ScoreFormat.string(section.points ?? 0)))") : ""
      row(section.id, section.title + bonus, section.points, "")
      for item in section.items {
        row("  " + item.id, item.title, item.points, item.applicability?.description ?? "")
        for part in item.parts {
          row("    " + part.id, part.title, part.points, part.applicability?.description ?? "")
        }
      }
    }
    if scoring {
      row(
        zh ? "合计" : "total",
        zh ? "\(checklist.leafItems.count) 个评分项" : "\(checklist.leafItems.count) scored items",
        checklist.totalPoints, "")
    } else {
      row(
        zh ? "合计" : "total",
        zh ? "\(checklist.leafItems.count) 项" : "\(checklist.leafItems.count) entries", nil, "")
    }
    lines.append(table.render(maxWidth: width))
    return lines.joined(separator: "\n")
  }
}
