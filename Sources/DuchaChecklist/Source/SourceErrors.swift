import Foundation

/// The decoding stage's messages (E101, W101), each with its code, what is wrong and how to
/// fix it. Codes are listed in `docs/checklist-language.md` §9.
enum SourceErrors {
  static func convertedFromGB18030(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .warning, "W101", at: location,
      Localized(
        "文件是 GB18030/GBK 编码，已自动转换。", en: "the file is GB18030/GBK; converted automatically."),
      fix: Localized("用记事本或 WPS 另存为 UTF-8 编码。", en: "save the file as UTF-8 in your editor."))
  }

  static func convertedFromUTF16(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .warning, "W101", at: location,
      Localized(
        "文件是 UTF-16 编码（记事本另存时选了“Unicode”），已自动转换。",
        en: "the file is UTF-16 (Notepad's 'Unicode'); converted automatically."),
      fix: Localized(
        "用记事本另存为，编码选“UTF-8”。", en: "save the file as UTF-8 in your editor."))
  }

  static func cannotReadFile(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E101", at: location,
      Localized("无法读取文件。", en: "cannot read the file."),
      fix: Localized(
        "检查文件名和路径是否正确、文件是否存在。", en: "check that the path is right and the file exists."))
  }

  static func notText(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E101", at: location,
      Localized(
        "文件不是文本（UTF-8 或 GB18030），可能是 Word/Excel 文件或已损坏。",
        en: "the file is not text (UTF-8 or GB18030); it may be a Word/Excel file or damaged."),
      fix: Localized(
        "用记事本或 WPS 打开，检查这一行有没有乱码，删去或重新输入，再另存为 UTF-8 文本；"
          + "Word/Excel 文件要把内容复制到文本文件里。",
        en:
          "open it in a text editor, retype or delete the garbled part of this line and save as UTF-8 text; copy Word/Excel content into a text file."
      ))
  }
}
