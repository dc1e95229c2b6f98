import Foundation
import Testing

/// A school saves its registry export from Excel as “Unicode 文本(*.txt)”, the choice that
/// keeps Chinese readable on any computer: UTF-16 with a byte-order mark, tab-separated, CRLF.
/// `roster check`, `compare` and `cases import` read it like the CSV, instead of calling it
/// damaged (roster) or saying it has no ID-number header (compare).
struct ExcelUnicodeTextCLITests {
  static let registry =
    "姓名\t性别\t出生日期\t身份证件类型\t身份证件号\t年级\t班级\r\n"
    + "钱五\t男\t2012-03-15\t居民身份证\t990101201203150159\t五年级\t1班\r\n"
    + "蒋十四\t男\t2012-06-06\t居民身份证\t990101201206060239\t四年级\t1班\r\n"

  /// `text` as Excel writes Unicode text: the mark FF FE, then UTF-16 little-endian.
  static func unicodeText(_ text: String) -> Data {
    Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())
  }

  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(arguments, in: folder, workingDirectory: folder)
  }

  @Test func aRegistryExportSavedAsUnicodeTextIsRead() throws {
    let folder = try CLI.temporaryDirectory("unicode-text")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.unicodeText(Self.registry).write(to: folder.appendingPathComponent("一小.txt"))

    let check = try run(["roster", "check", "一小.txt"], in: folder)
    #expect(check.status == 0, "\(check.errors)")
    #expect(
      check.output == """
        学籍系统导出核查：1 个文件，共 2 名学生
          一小.txt：UTF-16，2 名学生

        系统学生数    2
        系统班级数    2
        重复学籍      0
        无身份证号    0
        身份证号有误  0
        其他证件      0
        未统计：无照片（一小.txt 没有“照片”列，无照片没有统计）
        未统计：学籍号不符（一小.txt 没有“全国学籍号”列，学籍号不符没有统计）

        （姓名和证件号已遮盖；加 --reveal 显示全文）

        """)

    // 张一 is 6 on the cut-off day and on no roster; 李二 is 5; 钱五 is enrolled; 蒋十四 is
    // enrolled and on no population list.
    try Data(CompareCLITests.population.utf8).write(to: folder.appendingPathComponent("户籍.csv"))
    let compare = try run(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小.txt", "--cutoff", "2022-08-31",
        "-o", "名单.csv",
      ], in: folder)
    #expect(compare.status == 0, "\(compare.errors)")
    #expect(
      compare.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 2，适龄人数 2\n")
    let unregistered = try String(
      contentsOf: folder.appendingPathComponent("名单-问题户籍.csv"), encoding: .utf8)
    #expect(unregistered.contains("1,990101***********9,蒋**,男,2012-**-**,10,一小,四年级,1班,一小.txt:3,"))

    let township = "序号\t姓名\t身份证号码\t责任学校\r\n1\t张一\t990101201608310114\t一小\r\n"
    try Self.unicodeText(township).write(to: folder.appendingPathComponent("摸排.txt"))
    let ledger = ["--ledger", folder.appendingPathComponent("台账/cases.sqlite").path]
    let imported = try run(["cases", "import", "摸排.txt", "--by", "李辉"] + ledger, in: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output == "摸排.txt：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
  }
}
