import DuchaChecklist
import Foundation

/// The text encodings a registry export arrives in: UTF-8 (with or without BOM) from newer
/// systems, GB18030/GBK from Excel and WPS on Chinese Windows.
public enum RosterEncoding: String, Sendable, CaseIterable {
  /// UTF-8 when the bytes are valid UTF-8, GB18030 otherwise.
  case automatic = "auto"
  /// UTF-8, whatever the bytes look like.
  case utf8 = "utf-8"
  /// GB18030, which includes GBK and GB2312.
  case gb18030 = "gb18030"
  /// UTF-16 with its byte-order mark: Excel's “Unicode 文本” (tab-separated). Recognised by
  /// the mark whatever `--encoding` says, never asked for by name.
  case utf16 = "utf-16"

  /// Reads `--encoding` values as people write them: `utf8`, `UTF-8`, `gbk`, `GB2312`, `cp936`….
  public init?(name: String) {
    let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(
      of: "_", with: "")
    switch key {
    case "auto", "automatic", "自动": self = .automatic
    case "utf8": self = .utf8
    case "gb18030", "gbk", "gb2312", "cp936", "936": self = .gb18030
    default: return nil
    }
  }

  /// CoreFoundation's GB 18030-2000 as an NSStringEncoding (see toolchain notes).
  static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)
}

/// Turns the bytes of a CSV export into UTF-8 bytes, so the CSV scanner works on one encoding.
public enum RosterDecoder {
  /// The UTF-8 bytes of the file (BOM removed), the encoding used, and any diagnostics. Bytes
  /// are nil when the file cannot be decoded; the diagnostic then says where and how to fix it.
  public static func decode(_ data: [UInt8], file: String, encoding: RosterEncoding) -> (
    bytes: [UInt8]?, used: RosterEncoding, diagnostics: [Diagnostic]
  ) {
    // Excel's “Unicode 文本” is the save-as choice that keeps Chinese on any computer; its
    // mark (FF FE or FE FF) cannot begin UTF-8 or GB18030 text, so it decides.
    if let order = utf16Order(data) {
      if let bytes = utf16ToUTF8(data, order: order) { return (bytes, .utf16, []) }
      return (nil, .utf16, [damagedUTF16(file: file)])
    }
    let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasBOM ? Array(data.dropFirst(3)) : data
    switch encoding {
    case .gb18030:
      if let bytes = gb18030ToUTF8(body) { return (bytes, .gb18030, []) }
      return (nil, .gb18030, [notGB18030(body, file: file)])
    case .utf8, .utf16:
      if let offset = UTF8Validation.firstInvalidByte(in: body) {
        return (nil, .utf8, [notUTF8(body, offset: offset, file: file, forced: true)])
      }
      return (body, .utf8, [])
    case .automatic:
      guard let offset = UTF8Validation.firstInvalidByte(in: body) else {
        return (body, .utf8, [])
      }
      if let bytes = gb18030ToUTF8(body) {
        // A BOM says UTF-8 but the bytes are GBK: the file lies, which is worth a word.
        let warnings = hasBOM ? [markSaysUTF8(file: file)] : []
        return (bytes, .gb18030, warnings)
      }
      return (nil, .automatic, [notUTF8(body, offset: offset, file: file, forced: false)])
    }
  }

  /// The warning for a file whose UTF-8 mark lies: the text after it is GB18030.
  static func markSaysUTF8(file: String) -> Diagnostic {
    Diagnostic(
      .warning, "R201", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "文件开头标明是 UTF-8，内容却是 GB18030/GBK 编码，已按 GB18030 读入。",
        en: "the file starts with a UTF-8 mark but holds GB18030/GBK text; read as GB18030."),
      fix: Localized("用 WPS 或 Excel 重新导出为“CSV UTF-8”。", en: "export it again as \"CSV UTF-8\"."))
  }

  /// The byte order named by a UTF-16 byte-order mark at the start of `data`, or nil.
  public static func utf16Order(_ data: [UInt8]) -> String.Encoding? {
    if data.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if data.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    return nil
  }

  /// The UTF-8 bytes of UTF-16 text after its mark; nil when the rest is not UTF-16 (an odd
  /// length, a lone surrogate: a file cut short).
  static func utf16ToUTF8(_ data: [UInt8], order: String.Encoding) -> [UInt8]? {
    let body = Data(data.dropFirst(2))
    guard body.count % 2 == 0, let text = String(data: body, encoding: order) else { return nil }
    return Array(text.utf8)
  }

  private static func damagedUTF16(file: String) -> Diagnostic {
    Diagnostic(
      .error, "R101", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "文件开头标明是 UTF-16（Excel 的“Unicode 文本”），内容却不完整或已损坏。",
        en: "the file starts with a UTF-16 mark (Excel's Unicode text) but is cut short or damaged."
      ),
      fix: Localized(
        "重新拷贝文件，或在 Excel、WPS 里另存为“CSV UTF-8（逗号分隔）”或 XLSX 再试。",
        en: "copy the file again, or save it from Excel or WPS as CSV UTF-8 or XLSX."))
  }

  /// Converts GB18030 bytes to UTF-8 bytes; nil when the bytes are not GB18030.
  static func gb18030ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
    if bytes.allSatisfy({ $0 < 0x80 }) { return bytes }
    guard let text = String(data: Data(bytes), encoding: RosterEncoding.foundationGB18030) else {
      return nil
    }
    return Array(text.utf8)
  }

  private static func notUTF8(_ bytes: [UInt8], offset: Int, file: String, forced: Bool)
    -> Diagnostic
  {
    let location = UTF8Validation.location(ofByte: offset, in: bytes, file: file)
    let byte = String(bytes[offset], radix: 16, uppercase: true)
    let looksGBK = forced && gb18030ToUTF8(bytes) != nil
    let message =
      looksGBK
      ? Localized(
        "文件不是 UTF-8 编码（第一个不合规的字节是 0x\(byte)），看来是 GB18030/GBK 编码。",
        en: "the file is not UTF-8 (first invalid byte 0x\(byte)); it looks like GB18030/GBK.")
      : Localized(
        "文件既不是 UTF-8 也不是 GB18030 编码（第一个不合规的字节是 0x\(byte)），可能是 Excel 文件或已损坏。",
        en:
          "the file is neither UTF-8 nor GB18030 (first invalid byte 0x\(byte)); it may be an Excel file or damaged."
      )
    let fix =
      looksGBK
      ? Localized(
        "改用 --encoding gb18030，或去掉 --encoding 让 ducha 自己判断。",
        en: "use --encoding gb18030, or leave --encoding out to detect it.")
      : Localized(
        "用 Excel 或 WPS 打开后另存为 CSV 或 XLSX 再试。",
        en: "open it in Excel or WPS and save it as CSV or XLSX.")
    return Diagnostic(.error, "R101", at: location, message, fix: fix)
  }

  private static func notGB18030(_ bytes: [UInt8], file: String) -> Diagnostic {
    let isUTF8 = UTF8Validation.firstInvalidByte(in: bytes) == nil
    return Diagnostic(
      .error, "R101", at: SourceLocation(file: file, line: 1, column: 1),
      isUTF8
        ? Localized(
          "文件不是 GB18030 编码，看来是 UTF-8 编码。", en: "the file is not GB18030; it looks like UTF-8.")
        : Localized("文件不是 GB18030 编码。", en: "the file is not GB18030."),
      fix: Localized(
        "改用 --encoding utf-8，或去掉 --encoding 让 ducha 自己判断。",
        en: "use --encoding utf-8, or leave --encoding out to detect it."))
  }
}
