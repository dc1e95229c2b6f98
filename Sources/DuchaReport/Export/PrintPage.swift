/// The A4 print frame that printable documents share (整改通知书, the case ledger's registers
/// and notices): the HTML skeleton, the page style (仿宋 body, 黑体 headings, one `section` a page),
/// escaping and dates written the Chinese way.
public enum PrintPage {
  /// A whole HTML document: `pages` are `<section class="notice">` blocks (one printed page
  /// each); `extraStyle` adds rules after the shared ones.
  public static func document(title: String, pages: [String], extraStyle: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>\(Escape.html(title))</title>
    <style>
    \(NoticeHTML.style)
    \(extraStyle)
    </style>
    </head>
    <body>
    \(pages.joined(separator: "\n"))
    </body>
    </html>

    """
  }

  /// Text for HTML content and attributes.
  public static func escape(_ text: String) -> String { Escape.html(text) }

  /// `2021-11-04` → `2021年11月4日`; anything else as it is.
  public static func chineseDate(_ text: String) -> String {
    RectificationNotice.chineseDate(text)
  }
}
