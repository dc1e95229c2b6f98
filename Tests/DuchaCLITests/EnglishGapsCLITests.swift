import Foundation
import Testing

/// Under `--lang en`, Chinese-only lines were left: the `cases assign --where-…` preview and
/// confirmation; `cases import`, `show`, `overdue` and `keep-copy` had no `--lang` at all;
/// `ducha sync` without `--server`; why a ledger could not be opened (a folder given as
/// `--ledger`); and the XML reader's words inside the Chinese R109 message were English. Each
/// is now in the language asked for, and unchanged in Chinese.
struct EnglishGapsCLITests {
  static let list = """
    姓名,身份证号,学校,乡镇
    张小明,990101201301010011,渔沟小学,渔沟镇
    李小红,990101201402020022,渔沟小学,渔沟镇
    王小五,990101201203030033,渔沟中学,渔沟镇

    """

  @Test func theCasesCommandsSpeakEnglishWhenAsked() throws {
    let folder = try CLI.temporaryDirectory("english-gaps-cases")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.list.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    let imported = try cases(["import", "名单.csv", "--by", "李辉", "--lang", "en"])
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(
      imported.output == "名单.csv: 3 read, 3 new cases, 0 already in the ledger (no second case)\n")
    let again = try cases(["import", "名单.csv", "--by", "李辉"])
    #expect(
      again.output == """
        名单.csv：读入 3 人，新建案例 0 个，已在台账中 3 人（不重复建案）
          3 人已在台账中，未改变

        """)
    _ = try cases([
      "update", "3", "--result", "已入学", "--school", "渔沟中学", "--reason", "学籍系统", "--by", "李辉",
    ])

    let assign = ["assign", "--where-township", "渔沟镇", "--person", "王老师", "--by", "李辉"]
    let preview = try cases(assign + ["--lang", "en"])
    #expect(preview.status == 0, "\(preview.errors)")
    #expect(
      preview.output == """
        no.  name  ID number           township  school    status     visits  due
        ───  ────  ──────────────────  ────────  ────────  ─────────  ──────  ───
          1  张**  990101***********1  渔沟镇    渔沟小学  suspected       0
          2  李**  990101***********2  渔沟镇    渔沟小学  suspected       0
          3  王**  990101***********3  渔沟镇    渔沟中学  enrolled        0
        3 cases: suspected 2, enrolled 1
        found 3; 2 will change: person responsible set to 王老师. Left alone, 1: closed: enrolled 3.
        nothing was changed. Run it again with --yes once it is right.

        """)
    let chinese = try cases(assign)
    #expect(
      chinese.output.hasSuffix(
        """
        共 3 例：疑似 2，已入学 1
        找到 3 例，将把其中 2 例的包保责任人设为 王老师。不改 1 例：已结案：已入学 3。
        没有改动。确认无误后加 --yes 再运行一次。

        """), "\(chinese.output)")
    let applied = try cases(assign + ["--yes", "--lang", "en"])
    #expect(applied.status == 0, "\(applied.errors)")
    #expect(
      applied.output.hasSuffix(
        """
        found 3; 2 will change: person responsible set to 王老师. Left alone, 1: closed: enrolled 3.
        case 1 (张**): suspected
        case 2 (李**): suspected
        assigned 2.

        """), "\(applied.output)")
    let none = try cases(assign + ["--yes", "--lang", "en"])
    #expect(
      none.output.hasSuffix(
        "found 3, none to change: already so assigned 1, 2; closed: enrolled 3.\n"))

    let missing = try cases(["show", "9", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(
      missing.errors == "there is no case 9 in the ledger; ducha cases list shows every number.\n")
    #expect(
      try cases(["show", "9"]).errors == "台账里没有编号为 9 的案例。用 ducha cases list 查看全部编号。\n")
    let overdue = try cases(["overdue", "--today", "2026-01-01", "--lang", "en"])
    #expect(overdue.output == "2026-01-01: no notice to return to school is past due.\n")
    #expect(
      try cases(["overdue", "--today", "2026-01-01"]).output == "2026-01-01：没有逾期的限期复学通知。\n")
    let kept = try cases(["keep-copy", "--by", "李辉", "--lang", "en"])
    #expect(kept.status == 0, "\(kept.errors)")
    #expect(
      kept.output.hasPrefix("recorded: Ledger/ledger.sqlite is kept as it is now ("),
      "\(kept.output)")

    // A folder given as the ledger: the reason inside the English sentence is English.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("台账"), withIntermediateDirectories: true)
    let folderLedger = try cases(["list", "--ledger", "台账", "--lang", "en"])
    #expect(folderLedger.status == 1)
    #expect(
      folderLedger.errors == """
        cannot open the ledger 台账: this is a folder, not a ledger file (a ledger is a .sqlite file, \
        such as Ledger/ledger.sqlite). Check the path and permissions, or use --ledger.

        """)
    #expect(
      try cases(["list", "--ledger", "台账"]).errors == """
        无法打开台账 台账：这是一个文件夹，不是台账文件（台账是 .sqlite 文件，如 Ledger/ledger.sqlite）。检查路径和权限，或用 --ledger 指定另一个文件。

        """)
  }

  @Test func syncWithoutAServerSaysSoInEnglish() throws {
    let folder = try CLI.temporaryDirectory("english-gaps-sync")
    defer { try? FileManager.default.removeItem(at: folder) }
    let english = try runDucha(["sync", "--lang", "en"], in: folder, workingDirectory: folder)
    #expect(english.status == 64)
    #expect(
      english.errors.hasPrefix(
        "give the county server's address with --server, such as --server https://ducha.example.gov.cn\n"
      ), "\(english.errors)")
    let chinese = try runDucha(["sync"], in: folder, workingDirectory: folder)
    #expect(
      chinese.errors.hasPrefix(
        "请用 --server 写县服务器地址，如 --server https://ducha.example.gov.cn\n"),
      "\(chinese.errors)")
  }

  /// A workbook whose sheet is cut short: the XML reader's words follow the language.
  @Test func aDamagedWorkbookIsSaidWhollyInOneLanguage() throws {
    let folder = try CLI.temporaryDirectory("english-gaps-xml")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      StoredZip.archive([
        ("xl/worksheets/sheet1.xml", Array("<worksheet>\n<sheetData>\n<row></sheetData>".utf8))
      ])
    ).write(to: folder.appendingPathComponent("坏.xlsx"))
    let chinese = try runDucha(["roster", "check", "坏.xlsx"], in: folder, workingDirectory: folder)
    #expect(chinese.status == 1)
    #expect(
      chinese.errors == """
        坏.xlsx:1:1: 错误[R109]: XLSX 文件读不了（worksheet 第 3 行的 XML 不完整或有错：</sheetData> 与前面的 <row> 不配对），可能已损坏或不是 Excel 工作簿。
          改法：用 Excel 或 WPS 打开后另存为 XLSX 或 CSV 再试。

        """)
    let english = try runDucha(
      ["roster", "check", "坏.xlsx", "--lang", "en"], in: folder, workingDirectory: folder)
    #expect(
      english.errors == """
        坏.xlsx:1:1: error[R109]: cannot read the XLSX file (worksheet, line 3, is not well-formed \
        XML: </sheetData> does not close <row>); it may be damaged or not a workbook.
          fix: open it in Excel or WPS and save it again as XLSX or CSV.

        """)
  }
}

/// A ZIP archive of stored (uncompressed) entries, enough for a workbook's parts.
enum StoredZip {
  static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for (name, bytes) in entries {
      let offset = UInt32(out.count)
      let nameBytes = Array(name.utf8)
      let crc = crc32(bytes)
      // version 20, flags: UTF-8 names, method 0 (stored), time and date 0.
      let common =
        le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0) + le32(crc)
        + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(nameBytes.count))
        + le16(0)
      out += le32(0x0403_4B50) + common + nameBytes + bytes
      central +=
        le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0)
        + le32(offset) + nameBytes
    }
    let start = UInt32(out.count)
    out += central
    out +=
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count))
      + le16(UInt16(entries.count)) + le32(UInt32(central.count)) + le32(start) + le16(0)
    return out
  }

  static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  static func le32(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
    }
    return ~crc
  }
}
