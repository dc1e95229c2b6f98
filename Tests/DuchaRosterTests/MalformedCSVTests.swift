import DuchaChecklist
import Testing

@testable import DuchaRoster

/// Broken exports: each gives `file:line:column`, what is wrong and how to fix it, and every
/// other row is still imported.
@Suite("Malformed CSV exports")
struct MalformedCSVTests {
  let header = "姓名,性别,出生日期,身份证件号\n"

  func read(_ text: String) -> RosterFile { RosterFixtures.read(bytes: Array(text.utf8)) }

  @Test("an unbalanced quote loses its own row only")
  func unbalancedQuote() {
    let file = read(
      header
        + "王小明,男,2015-03-08,341323201503080112\n\"李小红,女,2015-07-21,341323201507210228\n张伟,男,2015-01-15,341323201501150316\n"
    )
    #expect(
      RosterFixtures.messages(file) == [
        "名单.csv:3:1: 错误[R102]: 这里的引号没有配对的右引号，这一行没有导入。\n  改法：在单元格末尾补上引号，或删掉多余的引号。"
      ])
    #expect(file.students.map(\.name) == ["王小明", "张伟"])
    #expect(file.students.map(\.location.line) == [2, 4])
  }

  @Test("text after a closing quote")
  func textAfterQuote() {
    let file = read(
      header + "\"王小明\"x,男,2015-03-08,341323201503080112\n张伟,男,2015-01-15,341323201501150316\n")
    #expect(
      RosterFixtures.messages(file) == [
        "名单.csv:2:6: 错误[R103]: 右引号后面还有字符，这一行没有导入。\n  改法：单元格里的引号要写成两个（\"\"），或把整个单元格放进引号。"
      ])
    #expect(file.students.map(\.name) == ["张伟"])
  }

  @Test("too many and too few columns, with the column where it goes wrong")
  func wrongColumnCount() {
    let file = read(
      header
        + "王小明,男,2015-03-08,341323201503080112,多余\n李小红,女,2015-07-21\n张伟,男,2015-01-15,341323201501150316,\n"
    )
    #expect(
      RosterFixtures.messages(file) == [
        "名单.csv:2:37: 错误[R104]: 这一行有 5 列，表头（第 1 行）只有 4 列，这一行没有导入。\n  改法：含逗号的单元格要放进引号；或删掉多出来的列。",
        "名单.csv:3:17: 错误[R104]: 这一行只有 3 列，表头（第 1 行）有 4 列，这一行没有导入。\n  改法：补齐缺少的单元格（空的也要留逗号），或检查是否有单元格被换行拆开。",
      ])
    // A trailing comma (an empty extra cell) is harmless.
    #expect(file.students.map(\.name) == ["张伟"])
  }

  @Test("an empty file")
  func emptyFile() {
    for text in ["", "\r\n\r\n", "\u{FEFF}"] {
      let file = read(text)
      #expect(
        RosterFixtures.messages(file) == [
          "名单.csv:1:1: 错误[R105]: 文件是空的，没有表头也没有学生。\n  改法：从学籍系统重新导出学生基本信息。"
        ], "\(Array(text.utf8))")
      #expect(file.students.isEmpty)
    }
  }

  @Test("a header-only file has no students and no errors")
  func headerOnly() {
    let file = read(header)
    #expect(file.diagnostics.isEmpty)
    #expect(file.students.isEmpty)
    #expect(file.fields.contains(.idNumber))
  }

  @Test("no header among the first rows")
  func noHeader() {
    let file = read("王小明,男,2015-03-08\n李小红,女,2015-07-21\n")
    #expect(
      RosterFixtures.messages(file) == [
        "名单.csv:1:1: 错误[R106]: 找不到表头：前 20 行里没有一行同时有“姓名”和其他学籍字段（第一行是 “王小明” “男” “2015-03-08”）。\n  改法：确认这是学籍系统导出的学生基本信息；表头名称不同时用 --map 表头=字段，如 --map 学生名字=姓名。"
      ])
  }

  @Test("a BOM and CRLF line ends read like plain UTF-8; a quoted cell may hold CRLF")
  func bomAndCRLF() {
    let text = "\u{FEFF}姓名,性别,现住址\r\n王小明,男,\"某镇\r\n1号\"\r\n李小红,女,某镇2号\r\n"
    let file = read(text)
    #expect(file.diagnostics.isEmpty)
    #expect(file.encoding == .utf8)
    #expect(file.students.map(\.name) == ["王小明", "李小红"])
    // The second student starts on line 4: the quoted address spans lines 2–3.
    #expect(file.students.map(\.location.line) == [2, 4])
    #expect(file.fields == [.name, .sex])
  }

  @Test("a GBK file is detected; forced as UTF-8 it is refused with where and how to fix")
  func gbkMislabelled() {
    let bytes = Array("姓名,性别\n王小明,男\n".data(using: .init(rawValue: 0x8000_0632))!)
    let detected = RosterFixtures.read(bytes: bytes)
    #expect(detected.encoding == .gb18030)
    #expect(detected.students.map(\.name) == ["王小明"])
    let forced = RosterFixtures.read(bytes: bytes, encoding: .utf8)
    #expect(
      RosterFixtures.messages(forced) == [
        "名单.csv:1:1: 错误[R101]: 文件不是 UTF-8 编码（第一个不合规的字节是 0xD0），看来是 GB18030/GBK 编码。\n  改法：改用 --encoding gb18030，或去掉 --encoding 让 ducha 自己判断。"
      ])
    #expect(forced.students.isEmpty)
    // A UTF-8 byte-order mark in front of GBK text: read as GB18030, with a warning.
    let labelled = RosterFixtures.read(bytes: [0xEF, 0xBB, 0xBF] + bytes)
    #expect(labelled.students.map(\.name) == ["王小明"])
    #expect(labelled.diagnostics.map(\.code) == ["R201"])
  }

  @Test("binary junk is neither UTF-8 nor GB18030")
  func binary() {
    let file = RosterFixtures.read(bytes: Array("姓名,性别\n".utf8) + [0xFF, 0xFE, 0x00, 0x81])
    #expect(
      RosterFixtures.messages(file) == [
        "名单.csv:2:1: 错误[R101]: 文件既不是 UTF-8 也不是 GB18030 编码（第一个不合规的字节是 0xFF），可能是 Excel 文件或已损坏。\n  改法：用 Excel 或 WPS 打开后另存为 CSV 或 XLSX 再试。"
      ])
  }

  @Test("header variants, a title row, a two-row header and --map")
  func headers() {
    let merged = read(
      "某某小学学生名单,,,\n学生姓名,*出生日期（yyyy-mm-dd）,家庭成员,\n,,姓名,关系\n王小明,2015-03-08,王大明,父亲\n")
    #expect(merged.diagnostics.isEmpty)
    #expect(merged.students.map(\.name) == ["王小明"])
    #expect(merged.students.first?[.birthDate] == "2015-03-08")
    let mapped = RosterReader.read(
      Array("名字,证件\n王小明,341323201503080112\n".utf8), file: "x.csv",
      options: RosterReadOptions(mappings: ["名字": .name, "证件": .idNumber]))
    #expect(mapped.students.first?.idNumber == "341323201503080112")
    if case .success(let (header, field)) = HeaderMatcher.parseMapping("学生身份证＝身份证号") {
      #expect(header == "学生身份证")
      #expect(field == .idNumber)
    } else {
      Issue.record("--map 学生身份证＝身份证号 should parse")
    }
    if case .failure(let diagnostic) = HeaderMatcher.parseMapping("学生身份证") {
      #expect(diagnostic.message.zh == "--map “学生身份证” 看不懂。")
    } else {
      Issue.record("--map without = should fail")
    }
  }

  @Test("cells Excel wrote to keep numbers as text")
  func excelText() {
    let file = read("姓名,身份证件号\n王小明,\"=\"\"341323201503080112\"\"\"\n李小红,'34132320150721022８\n")
    #expect(file.students.map(\.idNumber) == ["341323201503080112", "341323201507210228"])
  }

  @Test("an old .xls file is named as such, with how to convert it")
  func oldExcel() {
    let file = RosterFixtures.read(
      bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0], name: "学生.xls")
    #expect(
      RosterFixtures.messages(file) == [
        "学生.xls:1:1: 错误[R110]: 这是旧版 Excel 文件（.xls），ducha 读不了。\n  改法：在 Excel 或 WPS 里打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”再试。"
      ])
  }

  @Test("nothing read gives no figures, never zeros")
  func nothingRead() {
    let file = RosterReader.read(path: "/nonexistent/名单.csv")
    #expect(file.diagnostics.map(\.code) == ["R107"])
    let check = RosterChecker.check([file], today: RosterFixtures.today)
    #expect(check.figures.isEmpty)
    #expect(check.notComputed.isEmpty)
  }
}
