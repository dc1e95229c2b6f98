import Foundation

/// 整改通知书 as a Word document, one school per page: what `ducha notice --format docx` writes.
public enum NoticeDocument {
  /// The document of `notices`. ID numbers and known students' names masked unless `reveal`.
  public static func make(_ notices: [RectificationNotice], reveal: Bool = false) -> WordDocument {
    let text = Masking(reveal: reveal)
    let notices = reveal ? notices : notices.map { $0.maskingPersonalData() }
    var document = WordDocument()
    for notice in notices {
      var page = WordDocument()
      if notice.isDraft { page.paragraph("草稿：问题清单尚未签字，本通知书不得发出", .center, bold: true) }
      if let warning = notice.unfinishedWarning {
        page.paragraph(text(warning), .center, bold: true)
      }
      page.title(notice.title)
      page.paragraph(text(notice.unit) + "：", .left)
      page.paragraph(text(notice.opening))
      page.table(
        header: RectificationNotice.header, rows: notice.rows(text), widths: [2, 10, 8, 3, 4])
      page.paragraph(text(notice.closing))
      page.paragraph("", .left)
      page.paragraph(text(notice.issuer), .right)
      page.paragraph(RectificationNotice.chineseDate(notice.date), .right)
      document.append(onNewPage: page)
    }
    return document
  }
}
