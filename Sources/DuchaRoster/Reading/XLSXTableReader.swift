import DuchaChecklist

/// Reads the first worksheet of an XLSX workbook into a table.
public enum XLSXTableReader {
  /// Reads the bytes of an XLSX file.
  public static func read(_ bytes: [UInt8], file: String) -> SourceTable {
    SourceTable(
      file: file, rows: [],
      diagnostics: [
        Diagnostic(
          .error, "R109", at: SourceLocation(file: file, line: 1, column: 1),
          Localized("暂时读不了 XLSX 文件。", en: "XLSX files cannot be read yet."),
          fix: Localized("在 Excel 或 WPS 里另存为 CSV 再试。", en: "save it as CSV in Excel or WPS."))
      ])
  }
}
