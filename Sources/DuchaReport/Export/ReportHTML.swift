import DuchaChecklist
import DuchaSession
import DuchaTerminal
import Foundation

/// Renders a group summary and a 问题清单 as one self-contained HTML page that prints on A4:
/// inline style, inline SVG bar charts, no external CSS, script, font or image. Every user
/// string is escaped, and ID numbers are masked unless `reveal`.
public enum ReportHTML {
  /// The HTML page of `summary` and `problems` (either may be absent).
  public static func format(
    summary: GroupSummary?, problems: ProblemList?, reveal: Bool = false,
    language: Language = .chinese
  ) -> String {
    format(
      summaries: summary.map { [$0] } ?? [], problems: problems, reveal: reveal, language: language)
  }

  /// One HTML page with every summary (a folder inspected with two checklists, or with two
  /// versions of one, has one summary each), each from a new sheet, then `problems`: a single
  /// document a browser shows and prints whole, not two pages glued into one file.
  public static func format(
    summaries: [GroupSummary], problems: ProblemList?, reveal: Bool = false,
    language: Language = .chinese
  ) -> String {
    let page = Page(reveal: reveal, t: Wording(language))
    let titles = summaries.map(\.title)
    let title =
      titles.isEmpty
      ? problems?.title ?? page.t("检查报告", "Inspection report")
      : titles.joined(separator: page.t("、", "; "))
    let problems = problems?.shown(reveal: reveal)
    var body = summaries.map { page.summary($0.shownWithoutSessions(reveal: reveal)) }
    if let problems { body.append(page.problems(problems)) }
    return """
      <!DOCTYPE html>
      <html lang="\(page.t("zh-CN", "en"))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(page.text(title))</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  static let style = """
    @page { size: A4; margin: 15mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif;
      font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; margin: 0;
    }
    @media screen { body { max-width: 180mm; margin: 0 auto; padding: 15mm 0; } }
    h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
    h2 {
      font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 0.5mm; border-bottom: 1px solid #999;
      break-after: avoid; page-break-after: avoid;
    }
    h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 2mm; }
    .meta { text-align: center; color: #555; font-size: 9.5pt; margin-bottom: 4mm; }
    .none { color: #555; }
    table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9pt; line-height: 1.4; }
    table.fixed { table-layout: fixed; }
    th, td {
      border: 1px solid #8c8c8c; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top;
      overflow-wrap: anywhere; word-break: break-word;
    }
    th { background: #e9edf2; font-weight: bold; white-space: nowrap; }
    th.wrap { white-space: normal; }
    td.keep { white-space: nowrap; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .num { text-align: right; white-space: nowrap; }
    ul { margin: 0 0 2mm; padding-left: 6mm; }
    figure { margin: 1mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
    svg { display: block; width: 100%; height: auto; }
    svg text { font-size: 12px; fill: #1a1a1a; }
    svg .label { text-anchor: end; }
    svg .tick { font-size: 10px; fill: #555; text-anchor: middle; }
    svg .grid { stroke: #d0d0d0; stroke-width: 1; }
    svg .axis { stroke: #666; stroke-width: 1; }
    svg .bar { fill: #2f6db0; }
    svg .track { fill: #e3e8ef; }
    svg .pending { fill: #888; }
    .draft p { text-indent: 2em; }
    .draft h3 { text-indent: 0; }
    .problems { break-before: page; page-break-before: always; }
    .summary + .summary { break-before: page; page-break-before: always; }
    .signature { margin: 8mm 0 4mm; text-align: right; font-size: 11pt; }
    .signature span { display: inline-block; margin-left: 10mm; }
    .blank { display: inline-block; min-width: 32mm; border-bottom: 1px solid #1a1a1a; }
    .unsigned { color: #b00020; font-size: 9.5pt; }
    """
}

/// The pieces of the page; `text` is the one door every user string goes through.
/// (Internal for the verification list's section, `ReportHTML+Verification.swift`.)
struct Page {
  var reveal: Bool
  /// Headings and fixed wording in the report's language.
  var t: Wording

  /// Masked (unless revealed) and escaped.
  func text(_ value: String) -> String {
    Escape.html(ExportText.mask(value, reveal: reveal))
  }

  /// Text with its line breaks kept.
  func lines(_ value: String) -> String {
    value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
      text(String($0))
    }
    .joined(separator: "<br>")
  }

  // MARK: Summary

  func summary(_ summary: GroupSummary) -> String {
    if summary.checklist.kind == .verification { return verificationSummary(summary) }
    let n = ExportText.number
    let checklist = summary.checklist
    var meta = t(
      "清单：\(checklist.title)（\(checklist.id)） · 满分 \(n(checklist.totalPoints)) 分 · ",
      "Checklist: \(checklist.title) (\(checklist.id)) · \(n(checklist.totalPoints)) points · ")
    meta += t(
      "检查单位 \(summary.units.count) 个", "\(SummaryDraft.units(summary.units.count)) inspected")
    if let average = summary.averageTotal {
      meta += t(" · 平均总分 \(n(average)) 分", " · average total \(n(average))")
    }
    var html = [
      "<section class=\"summary\">", "<h1>\(text(summary.title))</h1>",
      "<p class=\"meta\">\(text(meta))</p>",
    ]

    let ranked = ExportText.ranked(summary)
    if checklist.totalPoints > 0, ranked.contains(where: { $0.unit.result.total.score != nil }) {
      html.append("<h2>\(t("各单位总分", "Totals by unit"))</h2>")
      html.append(Charts.totals(ranked, maximum: checklist.totalPoints, page: self))
    }
    if summary.sections.contains(where: { $0.average != nil && $0.points > 0 }) {
      html.append("<h2>\(t("各部分平均得分", "Section averages"))</h2>")
      html.append(Charts.sections(summary.sections, page: self))
    }

    html.append("<h2>\(t("各单位得分", "Scores by unit"))</h2>")
    if ranked.isEmpty {
      html.append("<p class=\"none\">\(t("尚无检查记录。", "No inspection records yet."))</p>")
    } else {
      let sectionHeads = summary.sections.map {
        (
          text(ExportText.sectionHeader(id: $0.id, title: $0.title))
            + ExportText.pointsSuffix(
              $0.points, bonus: summary.isBonusSection($0.id), t.language), true
        )
      }
      // Headers never break (学/段 beside a long unit name) but the sections' long ones, which
      // leave the unit its room; 小学、初中 stays on one line.
      let sectionColumns = Set(3..<(3 + sectionHeads.count))
      // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
      let shares = summary.ownFullPoints != nil
      let rows = ranked.map { rank, unit in
        [
          rank.map(String.init) ?? "—", text(unit.unit.name),
          text(ExportText.stages(unit.unit, on: summary.checklist)),
        ]
          + summary.sections.map { ExportText.sectionLabel(unit, $0.id, t.language) }
          + [unit.result.total.label(t.language)] + (shares ? ExportText.shareCells(unit) : [])
          + [text(ExportText.conclusion(unit.result, t.language))]
      }
      html.append(
        table(
          header: [(t("名次", "Rank"), true), (t("单位", "Unit"), false), (t("学段", "Stages"), false)]
            + sectionHeads + [(t("总分", "Total"), true)]
            + (shares ? ExportText.shareHeaders(t.language).map { ($0, true) } : [])
            + [(t("结论", "Result"), false)],
          rows: rows, keep: [2], wrappingHeaders: sectionColumns))
      if !summary.cohortComplete {
        html.append(
          "<p class=\"none\">"
            + t(
              "排名分档条目须待同类单位全部检查后计分，表中“待全体”的分数尚未确定。",
              "Items ranked across the cohort are scored once every unit of the cohort is inspected; “awaiting cohort” scores are not final."
            ) + "</p>")
      }
      html += vetoes(summary)
    }

    html += notInspectedAndOpenWork(summary)

    let caveated = summary.units.filter { !$0.caveatedItems.isEmpty }
    if !caveated.isEmpty {
      html.append("<h2>\(t("得分有前提的条目", "Scores with a caveat"))</h2>")
      html.append(
        list(
          caveated.flatMap { unit in
            unit.caveatedItems.map { item in
              text("\(unit.unit.name) \(item.id) \(item.title)") + t("：", ": ")
                + text(item.caveats.map { $0.text(t.language) }.joined(separator: t("；", "; ")))
            }
          }))
    }

    html.append("<h2>\(t("失分较多的条目", "Items that lost most"))</h2>")
    let lost = summary.mostLost
    if lost.isEmpty {
      html.append("<p class=\"none\">\(t("各条目均未失分。", "No item lost points."))</p>")
    } else {
      html.append(
        table(
          header: [
            (t("编号", "Id"), false), (t("考核内容", "Item"), false), (t("分值", "Points"), true),
            (t("平均得分", "Average"), true), (t("平均失分", "Average lost"), true),
            (t("失分单位数", "Units losing"), true),
          ],
          rows: lost.map {
            [
              text($0.id), text($0.title), n($0.points), n($0.average), n($0.averageLoss),
              "\($0.losingUnits.count)",
            ]
          }))
    }

    html.append("<h2>\(t("检查总结（草稿）", "Inspection summary (draft)"))</h2>")
    html.append(draft(summary.draft))
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  /// The draft as paragraphs and headings.
  func draft(_ draft: String) -> String {
    let blocks = ExportText.draftBlocks(draft)
    guard !blocks.isEmpty else {
      return "<p class=\"none\">\(t("（尚无草稿）", "(no draft yet)"))</p>"
    }
    let body = blocks.map { $0.heading ? "<h3>\(text($0.text))</h3>" : "<p>\(text($0.text))</p>" }
    return "<div class=\"draft\">\n" + body.joined(separator: "\n") + "\n</div>"
  }

  // MARK: Problem list

  func problems(_ list: ProblemList) -> String {
    var html = ["<section class=\"problems\">", "<h1>\(text(list.title))</h1>"]
    let active = list.activeEntries
    if active.isEmpty {
      html.append("<p class=\"none\">\(t("没有问题。", "No problems."))</p>")
    } else {
      html.append(
        table(
          header: [
            (t("序号", "No."), true), (t("单位", "Unit"), false), (t("项目", "Item"), false),
            (t("问题", "Finding"), false), (t("证据", "Evidence"), false), (t("例数", "Cases"), true),
            (t("失分", "Lost"), true), (t("整改要求", "Requirement"), false),
            (t("责任人", "Owner"), false), (t("期限", "Deadline"), false), (t("状态", "Status"), false),
          ],
          widths: [5, 10, 10, 17, 12, 5, 5, 12, 7, 11, 6],
          rows: active.map { entry in
            [
              "\(entry.number)", text(entry.unit), text(ExportText.item(entry)),
              lines(entry.finding),
              entry.evidence.map(text).joined(separator: "<br>"),
              entry.countText,
              entry.pointsLost.map(ExportText.number) ?? "",
              lines(entry.requirement), text(entry.responsible ?? ""), text(entry.deadline ?? ""),
              text(ExportText.status(entry, t.language)),
            ]
          }))
    }
    html.append(signature(list))

    let removed = list.entries.filter { $0.status == .dropped || $0.status == .merged }
    if !removed.isEmpty {
      html.append("<h2>\(t("已删除、已合并的问题", "Dropped and merged entries"))</h2>")
      html.append(
        table(
          header: [
            (t("序号", "No."), true), (t("单位", "Unit"), false), (t("项目", "Item"), false),
            (t("问题", "Finding"), false), (t("状态", "Status"), false),
          ],
          widths: [6, 16, 20, 40, 18],
          rows: removed.map {
            [
              "\($0.number)", text($0.unit), text(ExportText.item($0)), lines($0.finding),
              text(ExportText.status($0, t.language)),
            ]
          }))
    }
    if !list.history.isEmpty {
      html.append("<h2>\(t("修改记录", "Changes"))</h2>")
      html.append(
        table(
          header: [
            (t("时间", "Time"), false), (t("修改人", "By"), false), (t("操作", "Action"), false),
            (t("内容", "Detail"), false), (t("理由", "Reason"), false),
            (t("签字后修改", "After signing"), false),
          ],
          widths: [16, 8, 12, 29, 24, 11],
          rows: list.history.map {
            [
              text(ReadableTime.dated($0.time).text(t.language)), text($0.by ?? ""),
              text($0.action),
              lines($0.detail),
              lines($0.reason ?? ""),
              $0.amendment ? t("是", "yes") : "",
            ]
          }))
    }
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  /// Signed: name and time. Unsigned: 未签字 and blanks to sign on paper.
  func signature(_ list: ProblemList) -> String {
    guard let signature = list.signature else {
      return """
        <div class="signature"><span class="unsigned">\(t("未签字", "not signed"))</span>\
        <span>\(t("召集人（签字）：", "Convener (signature): "))<span class="blank"></span></span>\
        <span>\(t("日期：", "Date: "))<span class="blank"></span></span></div>
        """
    }
    return """
      <div class="signature"><span>\(t("召集人：", "Convener: "))\(text(signature.name))</span>\
      <span>\(t("签字时间：", "Signed: "))\(text(ReadableTime.dated(signature.time).text(t.language)))</span></div>
      """
  }

  // MARK: Building blocks

  /// A table; cells are already escaped. `numeric` header flags right-align the column. Header
  /// cells do not wrap but in `wrappingHeaders`; body cells of the columns in `keep` do not.
  func table(
    header: [(String, Bool)], widths: [Int]? = nil, rows: [[String]], keep: Set<Int> = [],
    wrappingHeaders: Set<Int> = []
  ) -> String {
    var html = [widths == nil ? "<table>" : "<table class=\"fixed\">"]
    if let widths {
      html.append(
        "<colgroup>" + widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>")
    }
    html.append(
      "<thead><tr>"
        + header.enumerated().map { index, column in
          let classes =
            (column.1 ? ["num"] : []) + (wrappingHeaders.contains(index) ? ["wrap"] : [])
          return classes.isEmpty
            ? "<th>\(column.0)</th>"
            : "<th class=\"\(classes.joined(separator: " "))\">\(column.0)</th>"
        }.joined()
        + "</tr></thead>")
    html.append("<tbody>")
    for row in rows {
      let cells = zip(header.indices, zip(header, row)).map { index, pair in
        let (column, cell) = pair
        if column.1 { return "<td class=\"num\">\(cell)</td>" }
        return keep.contains(index) ? "<td class=\"keep\">\(cell)</td>" : "<td>\(cell)</td>"
      }
      html.append("<tr>" + cells.joined() + "</tr>")
    }
    html.append("</tbody>")
    html.append("</table>")
    return html.joined(separator: "\n")
  }

  /// A bullet list; items are already escaped.
  func list(_ items: [String]) -> String {
    "<ul>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
  }
}

/// Horizontal bar charts as inline SVG, sized for the 180 mm text width of an A4 page.
private enum Charts {
  /// The viewBox width: 180 mm at 96 px per inch.
  static let width: Decimal = 680
  /// Where bars start; unit names are right-aligned before it.
  static let barX: Decimal = 160
  /// The length of a full bar.
  static let barLength: Decimal = 440
  static let rowHeight: Decimal = 22
  static let barHeight: Decimal = 14
  static let top: Decimal = 6
  static let labelColumns = 24

  static func n(_ value: Decimal) -> String { ScoreFormat.string(value) }

  /// Unit totals, high to low, against the checklist's total points; one `rect.bar` per scored
  /// unit, units without a total labelled 待定 without a bar.
  static func totals(_ ranked: [(rank: Int?, unit: UnitResult)], maximum: Decimal, page: Page)
    -> String
  {
    let scale = maximum > 0 ? barLength / maximum : 0
    let height = top + rowHeight * Decimal(ranked.count) + 26
    var svg = [
      "<figure><svg id=\"totals-chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        + "role=\"img\" aria-label=\"\(page.t("各单位总分", "Totals by unit"))\">"
    ]
    let axisY = top + rowHeight * Decimal(ranked.count) + 2
    svg += axis(maximum: maximum, scale: scale, top: top, bottom: axisY)
    for (index, entry) in ranked.enumerated() {
      let y = top + rowHeight * Decimal(index)
      let name = entry.unit.unit.name
      svg.append(label(name, y: y, page: page))
      if let total = entry.unit.result.total.score {
        let length = min(max(total, 0) * scale, barLength)
        svg.append(
          "<rect class=\"bar\" x=\"\(n(barX))\" y=\"\(n(y + (rowHeight - barHeight) / 2))\" "
            + "width=\"\(n(length))\" height=\"\(n(barHeight))\"><title>\(page.text(name))：\(n(total))</title></rect>"
        )
        svg.append(value(n(total), x: barX + length + 5, y: y))
      } else {
        svg.append(
          value(entry.unit.result.total.label(page.t.language), x: barX + 5, y: y, pending: true))
      }
    }
    svg.append("</svg></figure>")
    return svg.joined(separator: "\n")
  }

  /// Section averages, each against its own points (the grey track is the full points).
  static func sections(
    _ sections: [(id: String, title: String, points: Decimal, average: Decimal?)], page: Page
  ) -> String {
    let height = top + rowHeight * Decimal(sections.count) + 4
    var svg = [
      "<figure><svg id=\"sections-chart\" "
        + "viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(page.t("各部分平均得分", "Section averages"))\">"
    ]
    for (index, section) in sections.enumerated() {
      let y = top + rowHeight * Decimal(index)
      let barY = y + (rowHeight - barHeight) / 2
      svg.append(
        label(ExportText.sectionHeader(id: section.id, title: section.title), y: y, page: page))
      svg.append(
        "<rect class=\"track\" x=\"\(n(barX))\" y=\"\(n(barY))\" width=\"\(n(barLength))\" height=\"\(n(barHeight))\"/>"
      )
      guard let average = section.average, section.points > 0 else {
        svg.append(
          value(
            page.t("待定", "pending") + " / \(n(section.points))", x: barX + barLength + 5, y: y,
            pending: true))
        continue
      }
      let length = min(max(average, 0) / section.points * barLength, barLength)
      svg.append(
        "<rect class=\"bar\" x=\"\(n(barX))\" y=\"\(n(barY))\" width=\"\(n(length))\" height=\"\(n(barHeight))\"/>"
      )
      svg.append(value("\(n(average)) / \(n(section.points))", x: barX + barLength + 5, y: y))
    }
    svg.append("</svg></figure>")
    return svg.joined(separator: "\n")
  }

  /// Grid lines and tick labels at 0, ¼, ½, ¾ and the full points.
  static func axis(maximum: Decimal, scale: Decimal, top: Decimal, bottom: Decimal) -> [String] {
    var lines: [String] = []
    for step in 0...4 {
      let tick = maximum * Decimal(step) / 4
      let x = n(barX + tick * scale)
      lines.append(
        "<line class=\"\(step == 0 ? "axis" : "grid")\" x1=\"\(x)\" y1=\"\(n(top))\" x2=\"\(x)\" y2=\"\(n(bottom))\"/>"
      )
      lines.append("<text class=\"tick\" x=\"\(x)\" y=\"\(n(bottom + 14))\">\(n(tick))</text>")
    }
    lines.append(
      "<line class=\"axis\" x1=\"\(n(barX))\" y1=\"\(n(bottom))\" x2=\"\(n(barX + barLength))\" y2=\"\(n(bottom))\"/>"
    )
    return lines
  }

  /// A row label, cut with … when it would run into the bars; the full text is its tooltip.
  static func label(_ text: String, y: Decimal, page: Page) -> String {
    // Mask before cutting, so a cut can never leave part of an ID number showing.
    let masked = ExportText.mask(text, reveal: page.reveal)
    let shown = DisplayWidth.truncate(masked, to: labelColumns)
    let title = shown == masked ? "" : "<title>\(Escape.html(masked))</title>"
    return
      "<text class=\"label\" x=\"\(n(barX - 6))\" y=\"\(n(y + rowHeight / 2 + 4))\">\(title)\(Escape.html(shown))</text>"
  }

  static func value(_ text: String, x: Decimal, y: Decimal, pending: Bool = false) -> String {
    "<text\(pending ? " class=\"pending\"" : "") x=\"\(n(x))\" y=\"\(n(y + rowHeight / 2 + 4))\">\(Escape.html(text))</text>"
  }
}

extension Page {
  /// `一票否决：` and each vetoed unit with its reasons; nothing when no unit was vetoed.
  func vetoes(_ summary: GroupSummary) -> [String] {
    let vetoed = summary.units.filter { !ExportText.vetoReasons($0.result).isEmpty }
    guard !vetoed.isEmpty else { return [] }
    return [
      "<p>\(t("一票否决：", "One-vote veto:"))</p>",
      list(
        vetoed.map {
          text($0.unit.name) + t("：", ": ")
            + text(ExportText.vetoReasons($0.result, t.language).joined(separator: t("；", "; ")))
        }),
    ]
  }

  /// The sections 未检查单位 and 待定条目与未决分歧, each 无。 when empty.
  func notInspectedAndOpenWork(_ summary: GroupSummary) -> [String] {
    let none = "<p class=\"none\">\(t("无。", "None."))</p>"
    let open = summary.units.filter { !$0.pendingItems.isEmpty || !$0.openConflicts.isEmpty }
    return [
      "<h2>\(t("未检查单位", "Units not inspected"))</h2>",
      summary.notInspected.isEmpty ? none : list(summary.notInspected.map(text)),
      "<h2>\(t("待定条目与未决分歧", "Pending items and open conflicts"))</h2>",
      open.isEmpty
        ? none
        : list(open.map { text($0.unit.name) + t("：", ": ") + ExportText.openWork($0, t, text) }),
    ]
  }
}
