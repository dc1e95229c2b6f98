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

  @Test("a damaged workbook is one clear error")
  func damaged() {
    let file = RosterFixtures.read(
      bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 7, count: 64), name: "坏.xlsx")
    #expect(file.students.isEmpty)
    #expect(file.diagnostics.map(\.code) == ["R109"])
    #expect(file.diagnostics.first?.message.zh.hasPrefix("XLSX 文件读不了（") == true)
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
