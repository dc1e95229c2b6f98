import DuchaChecklist
import DuchaSession
import Foundation

/// Each school's 核查记录表 as it goes into the bureau's file: the form's own layout (sections,
/// items, points, requirement text) with the score of every item, every deduction and its
/// reason, the inspectors' notes and evidence, the roll call and the registry figures, then the
/// signature lines. One self-contained HTML page per school, A4, for printing. ID numbers and the
/// students' names the sessions know are masked in free text, and lists of students left out,
/// unless `reveal`.
public enum InspectionSheetHTML {
  /// One school's record: the checklist it was scored on and its merged, scored session.
  public typealias Record = (checklist: Checklist, unit: UnitResult)

  /// The HTML document with one page per record, in the order given.
  public static func format(_ records: [Record], reveal: Bool = false) -> String {
    let names = reveal ? .none : StudentNames(sessions: records.map(\.unit.session))
    let page = SheetPage(reveal: reveal, mask: PrivacyMask(names: names))
    let title = records.count == 1 ? "\(records[0].unit.unit.name) 核查记录表" : "核查记录表"
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(page.text(title))</title>
      <style>
      \(SheetStyle.css)
      </style>
      </head>
      <body>
      \(records.map { page.sheet($0.checklist, $0.unit) }.joined(separator: "\n"))
      </body>
      </html>

      """
  }
}

/// The parts of one school's page; `text` is the one door every user string goes through.
struct SheetPage {
  var reveal: Bool
  /// ID numbers and the students' names the records know.
  var mask: PrivacyMask

  /// Masked (unless revealed) and escaped, line breaks kept.
  func text(_ value: String) -> String {
    value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
      Escape.html(reveal ? String($0) : mask(String($0)))
    }.joined(separator: "<br>")
  }

  private var masking: Masking {
    var masking = Masking(reveal: reveal)
    masking.mask = mask
    return masking
  }

  func sheet(_ checklist: Checklist, _ unit: UnitResult) -> String {
    let session = unit.session
    var html = ["<section class=\"sheet\">"]
    if let issuer = checklist.issuer { html.append("<p class=\"issuer\">\(text(issuer))</p>") }
    html.append("<h1>\(text(checklist.title))</h1>")
    let fields = [
      ("被检查单位", unit.unit.name), ("学段", ExportText.stages(unit.unit, on: checklist)),
      ("组别", session.group ?? "—"), ("检查日期", session.date),
    ]
    html.append(
      "<table class=\"head\"><tr>"
        + fields.map { "<th>\($0.0)</th><td>\(text($0.1))</td>" }.joined() + "</tr></table>")
    html.append(scoreTable(checklist, unit))
    let conclusion = conclusion(unit)
    if !conclusion.isEmpty { html.append(conclusion) }
    // A form that scores nothing from a roll call or the registry check (a kindergarten's,
    // most forms but 灵璧、凌源、会理核查) has no “未记录入班点名” to say; what was recorded
    // anyway is still printed.
    if checklist.readsRollCall || !session.rollCall.isEmpty { html.append(rollCall(session)) }
    if checklist.readsRegistry || hasRegistryFigures(session) { html.append(registry(session)) }
    html.append(problemsAndConflicts(unit))
    html.append(signatures(session))
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  // MARK: The form

  private func scoreTable(_ checklist: Checklist, _ unit: UnitResult) -> String {
    var rows: [String] = []
    rows.append(
      "<table class=\"form\"><colgroup><col class=\"c-id\"><col class=\"c-item\"><col class=\"c-pts\">"
        + "<col class=\"c-req\"><col class=\"c-score\"><col class=\"c-reason\"></colgroup>"
        + "<thead><tr><th>序号</th><th>项目</th><th>分值</th><th>要求及评分标准</th>"
        // A verification list deducts nothing: its last column says why each line was judged.
        + (checklist.kind == .verification
          ? "<th>核验</th><th>核验说明、备注及证据</th>" : "<th>得分</th><th>扣分原因、备注及证据</th>")
        + "</tr></thead><tbody>")
    for section in checklist.sections {
      let sectionResult = unit.result.sections.first { $0.id == section.id }
      if checklist.sections.count > 1 || section.points != nil {
        rows.append(
          "<tr class=\"section\"><td>\(text(section.id))</td><td colspan=\"5\">\(text(section.title))"
            // A 加分项 is on top of 满分: “（加分项，最多4分）”, so its 0 reads as no bonus.
            + (section.points.map {
              section.isBonus
                ? "（加分项，最多\(ExportText.number($0))分）" : "（\(ExportText.number($0))分）"
            } ?? "") + "</td></tr>")
      }
      for item in section.items {
        let result = unit.result.allItems.first { $0.id == item.id }
        if item.parts.isEmpty {
          rows.append(itemRow(item, result, unit.session, title: item.title))
        } else {
          rows.append(
            "<tr class=\"parent\"><td>\(text(item.id))</td><td>\(text(item.title))</td>"
              + "<td class=\"num\">\(item.points.map(ExportText.number) ?? "")</td>"
              + "<td>\(text(requirement(item)))</td>"
              + "<td class=\"num\">\(parentScore(result, checklist))</td>"
              + "<td>\(notes(item.id, unit.session))</td></tr>")
          for part in item.parts {
            let partResult = result?.parts.first { $0.id == part.id }
            rows.append(itemRow(part, partResult, unit.session, title: part.title))
          }
        }
      }
      if let sectionResult, checklist.kind == .scoring {
        rows.append(
          "<tr class=\"subtotal\"><td></td><td colspan=\"3\">\(text(section.title)) 小计</td>"
            + "<td class=\"num\">\(sectionResult.state.label(.chinese))</td><td></td></tr>")
      }
    }
    if checklist.kind == .verification {
      let counts = unit.result.verification
      let words =
        checklist.verdictWords.isEmpty && unit.result.verdictCounts.isEmpty
        ? "齐全 \(counts.complete) 项，缺失 \(counts.missing) 项，不全 \(counts.incomplete) 项，未核验 \(counts.unchecked) 项"
        : unit.result.verificationWords(.chinese, formWords: checklist.verdictWords).map {
          $0 + " 项"
        }.joined(separator: "，")
      rows.append(
        "<tr class=\"total\"><td></td><td colspan=\"5\">核验结果：\(text(words))</td></tr>")
      rows.append("</tbody></table>")
      return rows.joined(separator: "\n")
    }
    var totalNotes: [String] = unit.result.totalDeductions.map {
      "扣 \(ExportText.number($0.amount)) 分：\(text($0.reason.text(.chinese)))"
    }
    if let rescaling = unit.result.rescaling { totalNotes.append(text(rescaling.text(.chinese))) }
    rows.append(
      "<tr class=\"total\"><td></td><td colspan=\"2\">总分</td>"
        + "<td>满分 \(ExportText.number(checklist.totalPoints)) 分</td>"
        + "<td class=\"num\">\(unit.result.total.label(.chinese))</td>"
        + "<td>\(totalNotes.joined(separator: "<br>"))</td></tr>")
    rows.append("</tbody></table>")
    return rows.joined(separator: "\n")
  }

  private func itemRow(_ item: Item, _ result: ItemResult?, _ session: Session, title: String)
    -> String
  {
    var reasons: [String] = []
    if let result {
      if let base = result.base { reasons.append(text(base.text(.chinese))) }
      // The reasons state the amount themselves (“重复学籍数 1 例 × 1 分 = 1 分”).
      reasons += result.deductions.map { text($0.reason.text(.chinese)) }
      reasons += result.namedEntries.map { text($0.text(.chinese)) }
      reasons += result.caveats.map { text($0.text(.chinese)) }
      if case .pending(let missing) = result.state {
        reasons.append(
          "<span class=\"pending\">待定：\(text(missing.map { $0.text(.chinese) }.joined(separator: "、")))</span>"
        )
      }
    }
    let extra = notes(item.id, session)
    if !extra.isEmpty { reasons.append(extra) }
    return "<tr><td>\(text(item.id))</td><td>\(text(title))</td>"
      + "<td class=\"num\">\(item.points.map(ExportText.number) ?? "")</td>"
      + "<td class=\"req\">\(text(requirement(item)))</td>"
      + "<td class=\"num score\">\(result.map(Self.scoreLabel) ?? "—")</td>"
      + "<td>\(reasons.joined(separator: "<br>"))</td></tr>"
  }

  /// The score, or for a verification list the status (齐全, 缺失, 不全) or the `判定` verdict.
  static func scoreLabel(_ result: ItemResult) -> String {
    if let status = result.status { return status.rawValue }
    if let verdict = result.verdict, result.maxPoints == 0 { return verdict }
    return result.state.label(.chinese)
  }

  /// An item's subtotal above its parts; blank in a verification list, where it has none.
  private func parentScore(_ result: ItemResult?, _ checklist: Checklist) -> String {
    guard let result else { return "—" }
    return checklist.kind == .verification ? "" : result.state.label(.chinese)
  }

  /// The requirement as the paper form states it, then the scoring text when it says more.
  private func requirement(_ item: Item) -> String {
    let parts = [item.requirement, item.scoringText].compactMap { $0 }.filter { !$0.isEmpty }
    var unique: [String] = []
    for part in parts where !unique.contains(part) { unique.append(part) }
    return unique.joined(separator: "\n")
  }

  /// 备注 and 证据 the inspectors attached to the item.
  private func notes(_ itemID: String, _ session: Session) -> String {
    (session.notes[itemID] ?? []).map {
      "<span class=\"note\">\($0.kind.rawValue)：\(text($0.text))</span>"
    }.joined(separator: "<br>")
  }

  private func conclusion(_ unit: UnitResult) -> String {
    // A form that gives no verdict and no results (no `结果`) has no 结论 line: “结论：—”
    // reads as if one were missing.
    let conclusion = ExportText.conclusion(unit.result)
    var lines = conclusion == "—" ? [] : ["结论：\(text(conclusion))"]
    let vetoes = ExportText.vetoReasons(unit.result)
    if !vetoes.isEmpty { lines.append("一票否决：\(text(vetoes.joined(separator: "；")))") }
    let pending = ExportText.pendingItems(unit)
    if !pending.isEmpty { lines.append("待定项：\(text(pending))") }
    guard !lines.isEmpty else { return "" }
    return "<p class=\"conclusion\">\(lines.joined(separator: "<br>"))</p>"
  }

  // MARK: Roll call and registry

  private func rollCall(_ session: Session) -> String {
    guard !session.rollCall.isEmpty else {
      return "<h2>入班核查</h2><p class=\"none\">未记录入班点名。</p>"
    }
    var html = [
      "<h2>入班核查</h2>",
      "<table class=\"figures\"><thead><tr><th>年级</th><th>班级</th><th>学籍人数</th><th>实到</th>"
        + "<th>请假</th><th>实有</th><th>差额</th><th>籍在人不在</th><th>人在籍不在</th><th>学生</th></tr></thead><tbody>",
    ]
    for call in session.rollCall {
      let numbers = [
        call.registered, call.present, call.onLeave, call.actual, call.difference, call.absentCount,
        call.unregisteredCount,
      ]
      html.append(
        "<tr><td>\(text(call.grade))</td><td>\(text(call.className))</td>"
          + numbers.map { "<td class=\"num\">\($0)</td>" }.joined()
          + "<td>\(text(masking.names(absent: call.absentNames, unregistered: call.unregisteredNames)))</td></tr>"
      )
    }
    let sum = { (value: (ClassRollCall) -> Int) in session.rollCall.saturatingSum(value) }
    let totals = [
      sum(\.registered), sum(\.present), sum(\.onLeave), sum(\.actual), sum(\.difference),
      sum(\.absentCount), sum(\.unregisteredCount),
    ]
    html.append(
      "<tr class=\"subtotal\"><td colspan=\"2\">合计（\(session.rollCall.count)个班）</td>"
        + totals.map { "<td class=\"num\">\($0)</td>" }.joined() + "<td></td></tr>")
    html.append("</tbody></table>")
    return html.joined(separator: "\n")
  }

  private func hasRegistryFigures(_ session: Session) -> Bool {
    let figures = session.evaluationAnswers.figures
    return Figures.registry.contains { figures["学籍.\($0)"] != nil }
  }

  private func registry(_ session: Session) -> String {
    let figures = session.evaluationAnswers.figures
    let recorded = Figures.registry.filter { figures["学籍.\($0)"] != nil }
    guard !recorded.isEmpty else {
      return "<h2>学籍系统核查</h2><p class=\"none\">未记录学籍系统核查数据。</p>"
    }
    var html = [
      "<h2>学籍系统核查</h2>",
      "<table class=\"figures\"><thead><tr><th>项目</th><th>数量</th><th>涉及学生</th></tr></thead><tbody>",
    ]
    for name in recorded {
      let students = session.registry.students[name] ?? []
      html.append(
        "<tr><td>\(text(name))</td><td class=\"num\">\(ExportText.number(figures["学籍.\(name)"] ?? 0))</td>"
          + "<td>\(students.isEmpty ? "" : text(masking.students(students)))</td></tr>")
    }
    html.append("</tbody></table>")
    return html.joined(separator: "\n")
  }

  private func problemsAndConflicts(_ unit: UnitResult) -> String {
    var html: [String] = []
    if !unit.session.problems.isEmpty {
      html.append("<h2>检查发现的问题</h2><ol class=\"problems\">")
      html += unit.session.problems.map { problem in
        let item = unit.result.allItems.first { $0.id == problem.itemID }
        let label = item.map { "\($0.id) \($0.title)" } ?? problem.itemID
        return "<li>（\(text(label))）\(text(problem.description))</li>"
      }
      html.append("</ol>")
    }
    if !unit.openConflicts.isEmpty {
      html.append("<h2>检查人员记录不一致（组长尚未确定）</h2><ul>")
      html += unit.openConflicts.map { "<li>\(text(ExportText.conflict($0)))</li>" }
      html.append("</ul>")
    }
    return html.joined(separator: "\n")
  }

  private func signatures(_ session: Session) -> String {
    let names = session.inspectors.isEmpty ? "—" : text(session.inspectors.joined(separator: "、"))
    return """
      <div class="signatures">
      <p>检查人员：\(names)</p>
      <p><span>检查人员（签字）：<span class="blank"></span></span><span>日期：<span class="blank short"></span></span></p>
      <p><span>被检查单位负责人（签字）：<span class="blank"></span></span><span>日期：<span class="blank short"></span></span></p>
      </div>
      """
  }
}

/// The page style: A4 portrait, one school per page, the form's table lines printed.
enum SheetStyle {
  static let css = """
    @page { size: A4; margin: 12mm 12mm 14mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Noto Sans CJK SC", serif;
      font-size: 9.5pt; line-height: 1.45; color: #000; margin: 0;
    }
    @media screen { body { max-width: 186mm; margin: 0 auto; padding: 12mm 0; } }
    .sheet { break-after: page; page-break-after: always; }
    .sheet:last-child { break-after: auto; page-break-after: auto; }
    .issuer { text-align: center; margin: 0; font-size: 10.5pt; }
    h1 { font-size: 15pt; text-align: center; margin: 1mm 0 3mm; letter-spacing: 0.05em; }
    h2 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 1.5mm; }
    /* 100% loses the right border to the page edge in Chromium's print; a hair less keeps it. */
    table { width: 99.6%; border-collapse: collapse; margin: 0 0 2mm; }
    th, td {
      border: 0.75pt solid #000; padding: 0.6mm 1mm; text-align: left; vertical-align: top;
      overflow-wrap: anywhere; word-break: break-word;
    }
    th { font-weight: bold; text-align: center; vertical-align: middle; background: #f0f0f0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    table.head th { width: 14%; }
    table.head td { width: 11%; }
    table.form { table-layout: fixed; font-size: 8.5pt; }
    col.c-id { width: 7%; } col.c-item { width: 14%; } col.c-pts { width: 6%; }
    col.c-req { width: 35%; } col.c-score { width: 7%; } col.c-reason { width: 31%; }
    .num { text-align: center; white-space: nowrap; }
    td.score { font-weight: bold; }
    tr.section td { font-weight: bold; background: #f7f7f7; }
    tr.parent td { background: #fbfbfb; }
    tr.subtotal td, tr.total td { font-weight: bold; }
    tr.total td { border-top: 1.5pt solid #000; }
    .pending { color: #b00020; }
    .note { color: #333; }
    .none { color: #444; }
    table.figures { font-size: 8.5pt; }
    .conclusion { margin-top: 1mm; }
    ol.problems { margin: 0 0 2mm; padding-left: 7mm; }
    /* The lines to sign never stand alone at the top of a page: the block before them comes too. */
    .signatures {
      margin-top: 6mm; break-inside: avoid; page-break-inside: avoid;
      break-before: avoid; page-break-before: avoid;
    }
    .signatures p { margin: 0 0 5mm; }
    .signatures p > span { display: inline-block; width: 62%; }
    .signatures p > span + span { width: 36%; }
    .blank { display: inline-block; width: 40mm; border-bottom: 0.75pt solid #000; }
    .blank.short { width: 28mm; }
    """
}
