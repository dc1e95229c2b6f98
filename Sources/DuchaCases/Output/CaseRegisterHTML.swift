import DuchaChecklist
import DuchaReport
import Foundation

/// The registers and notices as printable A4 HTML, in the shared page frame (`PrintPage`).
public enum CaseRegisterHTML {
  /// Who issues the notices and when, when not the case's own school and the notice's date.
  public struct Issue: Sendable {
    /// 落款 (default: the responsible school).
    public var issuer: String?
    /// The date of the document (default: the notice's date, else today).
    public var date: String

    /// Creates the issue details.
    public init(issuer: String? = nil, date: String) {
      self.issuer = issuer
      self.date = date
    }
  }

  /// A register's sheets as tables, one page (section) per sheet.
  public static func roster(_ register: CaseRegister, sheets: [Worksheet]) -> String {
    let pages = sheets.map { sheet -> String in
      var html = ["<section class=\"notice roster\">"]
      let heading =
        sheets.count > 1 || register == .returns
        ? "\(sheet.name)\(register.rawValue)" : register.rawValue
      html.append("<h1>\(PrintPage.escape(heading))</h1>")
      html.append("<table><thead>")
      for (index, row) in sheet.rows.enumerated() {
        let tag = index == 0 ? "th" : "td"
        let span =
          row.style == .total && row.cells.count == 2
          ? " colspan=\"\(max(1, (sheet.rows.first?.cells.count ?? 2) - 1))\"" : ""
        let cells = row.cells.enumerated().map { position, cell in
          "<\(tag)\(position == 1 ? span : "")>\(PrintPage.escape(cell.plainText))</\(tag)>"
        }
        html.append("<tr>" + cells.joined() + "</tr>")
        if index == 0 { html.append("</thead><tbody>") }
      }
      html.append("</tbody></table>")
      html.append(
        "<p class=\"receipt\">填表人：<span class=\"blank\"></span>　审核人：<span class=\"blank\"></span>　填表日期：<span class=\"blank\"></span></p>"
      )
      html.append("</section>")
      return html.joined(separator: "\n")
    }
    return PrintPage.document(title: register.rawValue, pages: pages, extraStyle: rosterStyle)
  }

  /// Landscape pages with small print for the wide 花名册.
  static let rosterStyle = """
    @page roster { size: A4 landscape; margin: 12mm 10mm; }
    .roster { page: roster; }
    .roster h1 { font-size: 16pt; margin-bottom: 4mm; }
    .roster table { font-size: 8.5pt; line-height: 1.3; }
    .roster th, .roster td { padding: 0.6mm 1mm; }
    .card table td.label { width: 16%; text-align: center; }
    """

  /// What the pages of `entries` leave to be filled in by hand because the ledger does not
  /// know it: cases without a responsible school (the 落款 unless `--issuer`, and the school
  /// in the text) and without a township (the government a report or notice names), with the
  /// command that fills it in.
  public static func unfilled(_ register: CaseRegister, _ entries: [CaseEntry], issue: Issue)
    -> [Localized]
  {
    func numbers(_ missing: (CaseRecord) -> Bool) -> [String] {
      entries.map(\.record).filter(missing).map { String($0.id) }
    }
    var notes: [Localized] = []
    // A record card is a table whose empty cells are filled in by hand anyway.
    guard register != .visitCard else { return notes }
    let noSchool = numbers { $0.responsibleSchool.trimmingCharacters(in: .whitespaces).isEmpty }
    // The report names no school in its text (“我校学生”), only in the 落款.
    let gaps = (register == .report ? [] : ["学校"]) + (issue.issuer == nil ? ["落款"] : [])
    if !noSchool.isEmpty, !gaps.isEmpty {
      let ids = noSchool.joined(separator: " ")
      let where_ = gaps.joined(separator: "和")
      notes.append(
        Localized(
          "注意：案例 \(noSchool.joined(separator: "、")) 没有责任学校，\(register.rawValue)里\(where_)留了空线，打印后手写；"
            + "或先分配学校再生成：ducha cases assign \(ids) --school 学校 --by 姓名"
            + (issue.issuer == nil ? "（落款也可以用 --issuer 指定）" : "") + "。",
          en: "note: case \(ids) has no responsible school: the \(register.rawValue) leaves a line"
            + " to fill in by hand; or assign one first: ducha cases assign \(ids) --school SCHOOL --by NAME."
        ))
    }
    let namesTownship: Set<CaseRegister> = [.deadlineNotice, .report]
    let noTownship = numbers { $0.child.township.trimmingCharacters(in: .whitespaces).isEmpty }
    if namesTownship.contains(register), !noTownship.isEmpty {
      let ids = noTownship.joined(separator: " ")
      notes.append(
        Localized(
          "注意：案例 \(noTownship.joined(separator: "、")) 没有乡镇，\(register.rawValue)里乡镇留了空线；"
            + "补上：ducha cases assign \(ids) --township 乡镇 --by 姓名。",
          en: "note: case \(ids) has no township: the \(register.rawValue) leaves a line for it;"
            + " set it with ducha cases assign \(ids) --township TOWNSHIP --by NAME."))
    }
    return notes
  }

  /// The notices, report or cards: one page per case.
  public static func pages(
    _ register: CaseRegister, _ entries: [CaseEntry], privacy: CasePrivacy, issue: Issue
  ) -> String {
    let pages = entries.map { entry -> String in
      let page = NoticePage(entry: entry, privacy: privacy.hiding(entry.record), issue: issue)
      switch register {
      case .deadlineNotice: return page.deadlineNotice()
      case .urgeNotice: return page.urgeNotice()
      case .report: return page.report()
      case .visitCard, .cleanup, .returns: return page.visitCard()
      }
    }
    return PrintPage.document(title: register.rawValue, pages: pages, extraStyle: rosterStyle)
  }
}

/// One child's page.
struct NoticePage {
  let entry: CaseEntry
  let privacy: CasePrivacy
  let issue: CaseRegisterHTML.Issue

  var record: CaseRecord { entry.record }
  var child: CaseChild { record.child }
  func e(_ text: String) -> String { PrintPage.escape(text) }
  var name: String { e(privacy.name(child.name)) }
  // A case from a township's 摸排表 may have no school or township yet: the page then has a
  // line to fill in by hand where the name goes (the 报告书 was signed by nobody, and addressed
  // to “人民政府” alone); `unfilled` tells the clerk on the terminal.
  var school: String { blank(e(privacy.text(record.responsibleSchool))) }
  var issuer: String { blank(e(privacy.text(issue.issuer ?? record.responsibleSchool))) }
  var township: String { blank(e(privacy.text(child.township))) }
  func blank(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "<span class=\"blank\"></span>" }
    return text
  }

  func frame(_ title: String, to: String, body: [String], extra: String = "", date: String)
    -> String
  {
    var html = ["<section class=\"notice\">", "<h1>\(e(title))</h1>", "<p class=\"to\">\(to)：</p>"]
    html += body.map { "<p class=\"body\">\($0)</p>" }
    if !extra.isEmpty { html.append(extra) }
    html.append(
      "<div class=\"issuer\"><p>\(issuer)</p><p>\(e(PrintPage.chineseDate(date)))</p></div>")
    return html.joined(separator: "\n")
  }

  var childLine: String {
    let number = privacy.number(child.idNumber)
    return number.isEmpty ? name : "\(name)（身份证号 \(e(number))）"
  }

  func deadlineNotice() -> String {
    let due = PrintPage.chineseDate(record.facts.dueDate ?? "")
    let date = record.facts.noticeDate ?? issue.date
    return frame(
      "未到校学生限期复学通知书", to: "\(blank(e(privacy.name(child.guardian))))（监护人）",
      body: [
        "你的子女（被监护人）\(childLine)系\(school)适龄学生，至今未到校就读。",
        "依照《中华人民共和国义务教育法》第五条、第十一条的规定，适龄儿童、少年的父母或者其他法定监护人应当依法保证其按时入学接受并完成义务教育。"
          + "现通知你，务必于<strong>\(e(due))前</strong>送其到\(school)报到复学。",
        "逾期不送子女复学的，学校将报告\(township)人民政府，由乡镇人民政府依法责令限期改正。",
      ],
      extra:
        "<p class=\"receipt\">监护人签收：<span class=\"blank\"></span>　签收日期：<span class=\"blank\"></span></p>",
      date: date) + "\n</section>"
  }

  func urgeNotice() -> String {
    let visits = record.facts.visits.count
    return frame(
      "辍学学生敦促复学通知书", to: "\(blank(e(privacy.name(child.guardian))))（监护人）",
      body: [
        "经学校核实，你的子女（被监护人）\(childLine)已辍学"
          + (visits > 0 ? "，学校已上门劝返 \(visits) 次" : "") + "。",
        "接受义务教育是适龄儿童、少年的权利，也是法定的义务。请你履行监护人的责任，配合学校做好劝返工作，尽快送其返回\(school)复学。",
        "学校联系人：\(blank(e(privacy.name(record.assignee))))。",
      ],
      extra:
        "<p class=\"receipt\">监护人签收：<span class=\"blank\"></span>　签收日期：<span class=\"blank\"></span></p>",
      date: issue.date) + "\n</section>"
  }

  func report() -> String {
    let facts = record.facts
    let visitDates = facts.visits.map(\.date).map(PrintPage.chineseDate).joined(separator: "、")
    return frame(
      "辍学学生报告书", to: "\(township)人民政府",
      body: [
        // Chinese commas, and a line to fill in by hand where the ledger knows nothing: it
        // read “性别 女, 监护人 王*, 家庭住址 ，已辍学” with the address left out.
        "我校学生\(childLine)，性别\(blank(e(child.gender ?? "")))，监护人\(blank(e(privacy.name(child.guardian))))，"
          + "家庭住址\(blank(e(privacy.address(child.address))))，已辍学。",
        "学校先后劝返 \(facts.visits.count) 次" + (visitDates.isEmpty ? "" : "（\(e(visitDates))）")
          + "，并于\(e(PrintPage.chineseDate(facts.noticeDate ?? "")))向其监护人送达《未到校学生限期复学通知书》，"
          + "限期\(e(PrintPage.chineseDate(facts.dueDate ?? "")))前复学，逾期至今仍未返校。",
        "依照《中华人民共和国义务教育法》第五十八条的规定，特此报告，请依法责令其监护人限期改正。",
      ],
      extra: visitTable(), date: issue.date) + "\n</section>"
  }

  func visitCard() -> String {
    var html = ["<section class=\"notice card\">", "<h1>学校辍学学生劝返工作记录卡</h1>"]
    let rows: [(String, String, String, String)] = [
      ("姓名", name, "性别", e(child.gender ?? "")),
      ("身份证号", e(privacy.number(child.idNumber)), "出生日期", e(privacy.birthDate(child.birthDate))),
      // A table's empty cell is already there to write in: no line drawn in it.
      ("学校", e(privacy.text(record.responsibleSchool)), "年级", e(child.grade ?? "")),
      ("乡镇", e(privacy.text(child.township)), "村（社区）", e(privacy.text(child.village))),
      ("监护人", e(privacy.name(child.guardian)), "联系电话", e(privacy.phone(child.guardianPhone))),
      ("确认辍学", e(CaseEntry.day(entry.check)), "包保责任人", e(privacy.name(record.assignee))),
    ]
    html.append("<table><tbody>")
    for row in rows {
      html.append(
        "<tr><td class=\"label\">\(row.0)</td><td>\(row.1)</td><td class=\"label\">\(row.2)</td><td>\(row.3)</td></tr>"
      )
    }
    html.append("</tbody></table>")
    html.append(visitTable())
    let outcome: String
    if record.status == .returned, let date = record.facts.returnDate {
      outcome =
        "\(e(PrintPage.chineseDate(date)))复学，\(e(privacy.text(record.facts.school)))\(e(record.facts.className ?? ""))，已销号。"
    } else {
      outcome = "目前状态：\(record.status.rawValue)。"
    }
    html.append("<p>劝返结果：\(outcome)</p>")
    html.append(
      "<p class=\"receipt\">记录人：<span class=\"blank\"></span>　学校负责人：<span class=\"blank\"></span></p>"
    )
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  func visitTable() -> String {
    var html = [
      "<table><thead><tr><th>次数</th><th>日期</th><th>走访人</th><th>劝返情况</th></tr></thead><tbody>"
    ]
    for (index, visit) in record.facts.visits.enumerated() {
      html.append(
        "<tr><td class=\"num\">\(index + 1)</td><td>\(e(visit.date))</td><td>\(e(privacy.text(visit.visitors)))</td><td>\(e(privacy.text(visit.outcome)))</td></tr>"
      )
    }
    if record.facts.visits.isEmpty {
      html.append("<tr><td class=\"num\">—</td><td colspan=\"3\">尚无劝返记录</td></tr>")
    }
    html.append("</tbody></table>")
    return html.joined(separator: "\n")
  }
}
