import DuchaChecklist
import DuchaRoster
import Foundation
import Testing

@testable import DuchaCompare

/// The scan cuts each CSV file into ranges read on both cores. Whatever the cuts — inside
/// quoted cells that span lines, next to broken rows — the answer must be the one a single
/// reading gives: the same lists, the same line numbers, the same messages.
@Suite("数据比对 read in parts")
struct ScanPartsTests {
  /// 240 more children on a population list and two rosters: addresses in quotes over two
  /// lines and with commas and quotes, a row with text after a quote, a row with a column too
  /// many, a 17-digit number; half of them enrolled, every 20th in two schools.
  static func writeLargerCounty(to folder: URL) throws -> (population: String, enrolled: [String]) {
    var population = "姓名,公民身份号码,出生日期,户籍地址\n"
    var first = "学校名称,姓名,身份证件号,年级\n"
    var second = "学校名称,姓名,身份证件号,年级\r\n"
    for index in 0..<240 {
      let birth = String(format: "20%02d%02d%02d", 6 + index % 12, 1 + index % 12, 1 + index % 28)
      let number = CompareFixture.id(birth, 100 + index)
      let address =
        index % 7 == 0
        ? "\"城关镇\n幸福路\(index)号\""
        : index % 13 == 0 ? "\"河口乡,\"\"新村\"\"\(index)号\"" : "城关镇\(index)号"
      switch index {
      case 50: population += "坏\(index),\"\(number)\"x,2010-01-01,地址\n"
      case 90: population += "多\(index),\(number),2010-01-01,地址,多出来的\n"
      case 130: population += "短\(index),\(number.dropLast()),2012-05-05,\(address)\n"
      default: population += "儿童\(index),\(number),\(birth),\(address)\n"
      }
      if index % 2 == 0 {
        first += "第一小学,儿童\(index),\(number),\(index % 6 + 1)年级\n"
      }
      if index % 20 == 0 {
        second += "\"第二\n小学\",儿童\(index),\(number),三年级\r\n"
      }
    }
    let populationPath = folder.appendingPathComponent("户籍.csv").path
    let firstPath = folder.appendingPathComponent("一小.csv").path
    let secondPath = folder.appendingPathComponent("二小.csv").path
    try Data(population.utf8).write(to: URL(fileURLWithPath: populationPath))
    try Data(first.utf8).write(to: URL(fileURLWithPath: firstPath))
    try Data(second.utf8).write(to: URL(fileURLWithPath: secondPath))
    return (populationPath, [firstPath, secondPath])
  }

  /// Everything a comparison answers, as text, for comparing two runs.
  static func answer(_ result: CompareResult) -> [String] {
    result.suspects.map { "\($0.file):\($0.line) \($0.cells) \($0.note)" }
      + result.unregistered.map {
        "问题户籍 \($0.school) \($0.row.file):\($0.row.line) \($0.row.cells)"
      }
      + result.duplicates.flatMap { duplicate in
        duplicate.rows.map { "重复 \(duplicate.key.text) \($0.school) \($0.row.file):\($0.row.line)" }
      }
      + result.diagnostics.sortedByLocation.map { $0.formatted() }
      + ["\(result.populationRows) \(result.enrolledRows) \(result.inAge)"]
  }

  @Test("any cut gives the answer of one reading, line numbers included")
  func cutsAnywhere() throws {
    let folder = try CompareFixture.temporaryFolder("parts")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (population, enrolled) = try CompareFixture.write(to: folder)
    let larger = try Self.writeLargerCounty(to: folder)
    var options = CompareOptions(
      population: population + [larger.population], enrolled: enrolled + larger.enrolled,
      cutoff: try #require(CivilDate(year: 2022, month: 8, day: 31)), ages: 6...15)
    let whole = Self.answer(Comparison.run(options))
    // The broken rows are reported where they are (by hand: row i of the list is on line
    // 2 + i + the two-line addresses above it, every 7th row from row 0).
    #expect(whole.contains { $0.contains("/户籍.csv:60:25: 错误[B104]") })  // row 50, column of x
    #expect(whole.contains { $0.contains("/户籍.csv:105:1: 错误[B105]") })  // row 90
    #expect(whole.contains { $0.contains("/户籍.csv:151:6: 错误[B106]") })  // row 130, after 短130,
    #expect(whole.contains { $0.contains("短130") && $0.hasSuffix("身份证号有误，无法比对") })
    #expect(whole.filter { $0.hasPrefix("重复 ") }.count == 2 * 12 + 2)
    for partBytes in [1, 7, 40, 97, 333, 1000] {
      options.partBytes = partBytes
      #expect(Self.answer(Comparison.run(options)) == whole, "parts of \(partBytes) bytes")
    }
  }

  @Test("a cut inside a quoted cell is found and the range read again")
  func cutInsideAQuote() throws {
    let folder = try CompareFixture.temporaryFolder("cut")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("t.csv").path
    let text = "姓名,身份证件号,住址\n甲,1,\"上\n下\"\n乙,2,丙\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let source = CompareSource(path: path, encoding: .automatic)
    #expect(source.prepare().isEmpty)
    let body = try #require(source.body)
    // A cut after the line break inside 甲's quoted address.
    let cut = "姓名,身份证件号,住址\n甲,1,\"上\n".utf8.count
    var names: [String] = []
    let first = source.scanBody(from: body, to: cut) { names.append($0.text(0)) }
    // The range ends after 甲's whole record, past the cut: the caller reads on from there.
    #expect(names == ["甲"])
    #expect(first.stop.offset == "姓名,身份证件号,住址\n甲,1,\"上\n下\"\n".utf8.count)
    #expect(first.stop.line == 4)
  }
}
