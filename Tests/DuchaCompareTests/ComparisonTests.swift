import DuchaChecklist
import DuchaCompare
import DuchaReport
import DuchaRoster
import Foundation
import Testing

@Suite("数据比对 on a hand-checked county")
struct ComparisonTests {
  func compare() throws -> (CompareResult, URL) {
    let folder = try CompareFixture.temporaryFolder("fixture")
    let (population, enrolled) = try CompareFixture.write(to: folder)
    let options = CompareOptions(
      population: population, enrolled: enrolled,
      cutoff: try #require(CivilDate(year: 2022, month: 8, day: 31)), ages: 6...15)
    return (Comparison.run(options), folder)
  }

  @Test("the 疑似失学辍学名单: age boundaries on the cut-off date, once per child, file order")
  func suspects() throws {
    let (result, folder) = try compare()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = result.suspects.map { $0.value(.name) }
    // 张一 is 6 on the cut-off day, 王三 15 (16 the day after); 李二 (5) and 赵四 (16) are out;
    // 钱五, 孙六, 冯十 (full-width digits) and 卫十三 (XLSX roster) are enrolled; 张一 is on
    // both lists but listed once; 郑九's number has 17 digits, so his 出生日期 decides.
    #expect(names == ["张一", "王三", "吴八", "郑九", "褚十二"])
    #expect(result.suspects.map { $0.birth.map { $0.age(at: result.cutoff) } } == [6, 15, 8, 9, 7])
    #expect(result.suspects.map(\.note) == ["", "", "", "身份证号有误，无法比对", ""])
    #expect(result.suspects.map(\.line) == [3, 5, 9, 10, 3])
    #expect(
      result.suspects.map { $0.groups.map(\.rawValue) } == [["建档立卡"], ["留守"], [], [], ["残疾"]])
    #expect(result.suspects[4].value(.township) == "城关镇")  // decoded from GB18030
    #expect(result.inAge == 9)
    #expect(result.populationRows == 12)
    #expect(result.enrolledRows == 7)
    // 钱, 孙 (two schools), 冯, 卫, 蒋 (twice in 第一小学): 5 children on 7 rows.
    #expect(result.enrolledChildren == 5)
    #expect(result.uncomparable == 1)
  }

  @Test("问题户籍 and children enrolled in two schools")
  func unregisteredAndDuplicates() throws {
    let (result, folder) = try compare()
    defer { try? FileManager.default.removeItem(at: folder) }
    // 蒋十四 is on no population list (twice in one school: the registry's 重复学籍, not ours).
    #expect(result.unregistered.map(\.school) == ["第一小学"])
    #expect(result.unregistered.map { $0.row.value(.name) } == ["蒋十四"])
    #expect(result.unregistered.map(\.row.line) == [4])
    #expect(result.duplicates.count == 1)
    #expect(result.duplicates.first?.key.text == CompareFixture.sun)
    #expect(result.duplicates.first?.rows.map(\.school) == ["第一小学", "第二小学"])
  }

  @Test("a wrong check character is a warning, a broken number an error, both with the fix")
  func diagnostics() throws {
    let (result, folder) = try compare()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("公安户籍.csv").path
    let school = folder.appendingPathComponent("第一小学.csv").path
    let texts = result.diagnostics.sortedByLocation.map { $0.formatted() }
    let expected = String(CompareFixture.id("20140505", 17).last!)
    // Column 6: the 公民身份号码 cell after 吴八,女, and 郑九,男, (5 characters each).
    #expect(
      texts == [
        "\(path):9:6: 警告[B107]: 身份证件号“990101***********\(CompareFixture.wuWrong.last!)”的校验位应为 \(expected)；仍按原号码比对。\n  改法：核对号码：多半是抄错了一位。",
        "\(path):10:6: 错误[B106]: 身份证件号“990101**********3”有误（身份证号有 17 位，应为 18 位），这一行不能比对，已按出生日期列入名单并注明。\n  改法：对照户口簿或身份证改正这个号码，再比对一次。",
        "\(school):5:1: 警告[B118]: 身份证件号“990101***********\(CompareFixture.jiang.last!)”与第 4 行相同，学校也相同：同一个学生在学籍名单上有两行，在籍人数只算一人。\n  改法：同一份名单导出了两次的，只给一份；否则是学籍系统里的重复学籍，用 ducha roster check 查出后处理。",
      ])
  }

  @Test("the counts per 乡镇 and per school, and the main list's columns")
  func sheets() throws {
    let (result, folder) = try compare()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sheets = CompareSheets(result: result, reveal: false)
    let main = sheets.suspects
    #expect(
      main.rows[0].cells.map(\.plainText) == [
        "序号", "身份证件号", "姓名", "性别", "出生日期", "年龄", "乡镇", "责任学校", "特殊群体", "来源", "备注",
        "是否建档立卡", "是否留守儿童", "户籍地址", "残疾人类型",
      ])
    let first = main.rows[1].cells.map(\.plainText)
    #expect(first[1] == "990101***********" + String(CompareFixture.zhang.last!))
    #expect(first[2] == "张*")
    #expect(
      first[3...9] == [
        "男", "2016-**-**", "6", "城关镇", "第一小学", "建档立卡",
        // 张三 is on the 民政 list too: both rows are named.
        "\(folder.path)/公安户籍.csv:3、\(folder.path)/民政名单.csv:2",
      ])
    let counts = sheets.counts.rows.map { $0.cells.map(\.plainText) }
    #expect(counts.contains(["合计", "疑似失学辍学", "5"]))
    #expect(counts.contains(["乡镇", "河口乡", "3"]))
    #expect(counts.contains(["乡镇", "城关镇", "2"]))
    // 问题户籍 per school, said so (the category read 学校, as if 疑似 children there).
    #expect(counts.contains(["问题户籍（学校）", "第一小学", "1"]))
    #expect(!counts.contains { $0.first == "学校" })
  }
}

extension SpreadsheetCell {
  var plainText: String {
    switch self {
    case .text(let text): text
    case .number(let number): "\(number)"
    case .empty: ""
    }
  }
}
