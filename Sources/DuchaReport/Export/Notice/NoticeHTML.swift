import Foundation

/// 整改通知书 as A4 HTML for printing, one school per page. ID numbers and known students' names masked unless `reveal`.
public enum NoticeHTML {
  /// The HTML document of `notices`.
  public static func format(_ notices: [RectificationNotice], reveal: Bool = false) -> String {
    let text = Masking(reveal: reveal)
    let notices = reveal ? notices : notices.map { $0.maskingPersonalData() }
    let html = { (value: String) in
      value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
        Escape.html(text(String($0)))
      }.joined(separator: "<br>")
    }
    let pages = notices.map { notice in
      var page = ["<section class=\"notice\">"]
      if notice.isDraft {
        page.append("<p class=\"draft\">草稿：问题清单尚未签字，本通知书不得发出</p>")
      }
      if let warning = notice.unfinishedWarning {
        page.append("<p class=\"draft\">\(html(warning))</p>")
      }
      page.append("<h1>\(html(notice.title))</h1>")
      page.append("<p class=\"to\">\(html(notice.unit))：</p>")
      page.append("<p class=\"body\">\(html(notice.opening))</p>")
      page.append(
        "<table><colgroup><col style=\"width:7%\"><col style=\"width:36%\"><col style=\"width:28%\">"
          + "<col style=\"width:12%\"><col style=\"width:17%\"></colgroup><thead><tr>"
          + RectificationNotice.header.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>")
      for row in notice.rows(text) {
        page.append(
          "<tr><td class=\"num\">\(Escape.html(row[0]))</td>"
            + row.dropFirst().map { "<td>\(html($0))</td>" }.joined() + "</tr>")
      }
      page.append("</tbody></table>")
      page.append("<p class=\"body\">\(html(notice.closing))</p>")
      page.append(
        "<div class=\"issuer\"><p>\(html(notice.issuer))</p><p>\(html(RectificationNotice.chineseDate(notice.date)))</p></div>"
      )
      page.append(
        "<p class=\"receipt\">签收人：<span class=\"blank\"></span>　签收日期：<span class=\"blank\"></span></p>"
      )
      page.append("</section>")
      return page.joined(separator: "\n")
    }
    return PrintPage.document(title: "整改通知书", pages: pages)
  }

  static let style = """
    @page { size: A4; margin: 25mm 22mm 22mm; }
    * { box-sizing: border-box; }
    body {
      font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif;
      font-size: 14pt; line-height: 1.7; color: #000; margin: 0;
    }
    @media screen { body { max-width: 166mm; margin: 0 auto; padding: 20mm 0; } }
    .notice { break-after: page; page-break-after: always; }
    .notice:last-child { break-after: auto; page-break-after: auto; }
    h1 {
      font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 22pt;
      text-align: center; margin: 0 0 8mm; letter-spacing: 0.1em;
    }
    p { margin: 0 0 2mm; }
    .body { text-indent: 2em; text-align: justify; }
    .draft { color: #b00020; text-align: center; font-size: 11pt; border: 1px solid #b00020; padding: 1mm; }
    table { width: 99.6%; border-collapse: collapse; margin: 3mm 0 4mm; font-size: 11pt; line-height: 1.5; }
    th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    th { text-align: center; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .num { text-align: center; }
    .issuer { margin: 12mm 4mm 0 auto; width: fit-content; text-align: center; break-inside: avoid; }
    .issuer p { margin: 0 0 1mm; }
    .receipt { margin-top: 14mm; font-size: 11pt; }
    .blank { display: inline-block; width: 35mm; border-bottom: 0.75pt solid #000; }
    """
}
