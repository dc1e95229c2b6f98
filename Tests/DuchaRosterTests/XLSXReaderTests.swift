import DuchaChecklist
import Foundation
import Testing

@testable import DuchaRoster

/// Workbooks made by `scripts/gen-roster` with openpyxl (committed, so the tests need no Python):
/// registry-a.xlsx is registry-a.csv in the registry system's layout — a title merged across the
/// sheet, shared strings, 姓名 as inline strings, birth dates as day numbers with a date style;
/// registry-merged.xlsx has a two-row header with vertical merges, a merged 家庭成员 group and
/// 年级 merged down the rows of its class.
@Suite("XLSX exports")
struct XLSXReaderTests {
  @Test("the XLSX form of a roster gives the same students and figures as its CSV form")
  func sameAsCSV() throws {
    let csv = try RosterFixtures.read("registry-a.csv")
    let xlsx = try RosterFixtures.read("registry-a.xlsx")
    #expect(xlsx.diagnostics.isEmpty)
    #expect(xlsx.encoding == nil)
    #expect(xlsx.students.map(\.name) == csv.students.map(\.name))
    #expect(xlsx.students.map(\.location.line) == csv.students.map(\.location.line))
    // Dates come back from day numbers; the CSV writes one of them as 2015/7/21.
    #expect(
      xlsx.students.map { $0[.birthDate] }.prefix(3) == ["2015-03-08", "2015-07-21", "2015-01-15"])
    #expect(xlsx.students.map(\.idNumber) == csv.students.map(\.idNumber))
    let counts = { (file: RosterFile) in
      RosterChecker.check([file], today: RosterFixtures.today).figures.map {
        "\($0.name) \($0.count)"
      }
    }
    #expect(counts(xlsx) == counts(csv))
  }

  @Test("merged header rows, a merged group and a class merged down its rows")
  func mergedCells() throws {
    let file = try RosterFixtures.read("registry-merged.xlsx")
    #expect(file.diagnostics.isEmpty)
    #expect(file.students.map(\.name) == ["王小明", "李小红", "张伟"])
    #expect(file.students.map { $0[.grade] } == ["三年级", "三年级", "三年级"])
    #expect(file.students.map { $0[.birthDate] } == ["2015-03-08", "2015-07-21", "2015-01-15"])
    #expect(file.students.map(\.location.line) == [4, 5, 6])
  }

  /// A sheet longer than the pieces it is read in, its merged ranges listed after its rows as
  /// Excel writes them: a title across the sheet, and 年级 merged down blocks of 45 rows (the
  /// 年级 is written only in each block's first row, as the registry export does it).
  @Test("merged ranges listed after 3,000 rows fill every row they cover")
  func mergesAfterManyRows() throws {
    let grades = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]
    var rows = [
      #"<row r="1"><c r="A1" t="inlineStr"><is><t>示范小学学生名单</t></is></c></row>"#,
      #"<row r="2"><c r="A2" t="inlineStr"><is><t>姓名</t></is></c>"#
        + #"<c r="B2" t="inlineStr"><is><t>年级</t></is></c></row>"#,
    ]
    var merges = [#"<mergeCell ref="A1:B1"/>"#]
    for number in 3...3002 {
      var cells = #"<c r="A\#(number)" t="inlineStr"><is><t>学生\#(number)</t></is></c>"#
      if (number - 3) % 45 == 0 {
        let grade = grades[(number - 3) / 45 % 6]
        cells += #"<c r="B\#(number)" t="inlineStr"><is><t>\#(grade)</t></is></c>"#
        merges.append(#"<mergeCell ref="B\#(number):B\#(min(number + 44, 3002))"/>"#)
      }
      rows.append(#"<row r="\#(number)">\#(cells)</row>"#)
    }
    let sheet =
      "<worksheet><sheetData>" + rows.joined() + "</sheetData><mergeCells>" + merges.joined()
      + "</mergeCells></worksheet>"
    #expect(sheet.utf8.count > 3 << 16)
    let table = XLSXTableReader.read(try XMLReaderTests.workbook(sheet: sheet), file: "名单.xlsx")
    #expect(table.diagnostics.isEmpty)
    #expect(table.rows.count == 3002)
    #expect(table.rows[0].cells == ["示范小学学生名单", "示范小学学生名单"])
    #expect(table.rows[1].cells == ["姓名", "年级"])
    // Row 3 starts the 一年级 block, row 48 the 二年级 one; block 65 (rows 2928–2972) is the
    // 66th, 65 mod 6 = 5: 六年级; the last, block 66 (rows 2973–3002), is 一年级 again.
    #expect(table.rows[2].cells == ["学生3", "一年级"])
    #expect(table.rows[46].cells == ["学生47", "一年级"])
    #expect(table.rows[47].cells == ["学生48", "二年级"])
    #expect(table.rows[2971].cells == ["学生2972", "六年级"])
    #expect(table.rows[2972].cells == ["学生2973", "一年级"])
    #expect(table.rows[3001].cells == ["学生3002", "一年级"])
    let filled = table.rows.dropFirst(2).filter { $0.cells.count == 2 && !$0.cells[1].isEmpty }
    #expect(filled.count == 3000)
  }

  @Test("a damaged workbook is one clear error")
  func damaged() {
    let file = RosterFixtures.read(
      bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 7, count: 64), name: "坏.xlsx")
    #expect(file.students.isEmpty)
    #expect(file.diagnostics.map(\.code) == ["R109"])
    // It said the ZIP library's case name (missingEndOfCentralDirectoryRecord).
    #expect(
      file.diagnostics.first?.message.zh
        == "XLSX 文件读不了（不是完整的 ZIP 压缩包，XLSX 文件本该是；多半只传了一部分，或不是 Excel 存的），可能已损坏或不是 Excel 工作簿。")
    #expect(
      file.diagnostics.first?.message.en
        == "cannot read the XLSX file (it is not a whole ZIP archive, which an XLSX file is; most likely only part of it arrived, or Excel did not save it); it may be damaged or not a workbook."
    )
    #expect(file.diagnostics.first?.location.description == "坏.xlsx:1:1")
  }

  @Test("cell references and date formats")
  func parts() {
    #expect(SheetParser.reference("C5")! == (5, 3))
    #expect(SheetParser.reference("AA10")! == (10, 27))
    #expect(SheetParser.reference("5") == nil)
    #expect(StylesParser.isDateFormat("yyyy\"年\"m\"月\"d\"日\""))
    #expect(StylesParser.isDateFormat("yyyy-mm-dd"))
    #expect(!StylesParser.isDateFormat("0.00"))
    #expect(!StylesParser.isDateFormat("\"day\"0"))
  }
}
