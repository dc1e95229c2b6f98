import Foundation
import Testing

/// The clerk types `ducha cases register 清理花名册 -o 清理花名册.xlsx` to send the township a
/// workbook. Without `--format` ducha wrote the HTML page into the .xlsx file (and `-o 销号.csv`
/// the same HTML, `cases list -o 案例.csv` the terminal's table) and said 已写入; Excel and WPS
/// then refused the file or showed markup. The extension of `-o` now chooses the format, and a
/// name ducha cannot write, or one that contradicts `--format`, is refused before anything is
/// written.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct CasesOutputFormatCLITests {
  @Test func theExtensionOfTheOutputChoosesTheFormat() throws {
    let (folder, ledger) = try CaseRegisterCLITests.ledger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let workbook = try runDucha(
      ["cases", "register", "清理花名册", "-o", "清理花名册.xlsx"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(workbook.status == 0, "\(workbook.errors)")
    let dump = try PythonClient.dumpWorkbook(folder.appendingPathComponent("清理花名册.xlsx").path)
      .components(separatedBy: "\n")
    #expect(
      dump.contains {
        $0.hasSuffix("1: 序号|姓名|性别|身份证号|出生日期|乡镇|村（社区）|责任学校|监护人|联系电话|核查结果|核查情况|核查人|核查日期|目前状态")
      })
    #expect(dump.contains { $0.contains(": 1|张**|男|990101***********1|2013-**-**|渔沟镇|") })

    let sheet = try runDucha(
      ["cases", "register", "销号花名册", "-o", "销号.csv"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(sheet.status == 0, "\(sheet.errors)")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("销号.csv"))
    let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(lines[0].hasPrefix("所属学校,序号,姓名,性别,身份证号,"), "\(lines[0])")

    let list = try runDucha(
      ["cases", "list", "-o", "案例.csv"] + ledger, in: folder, workingDirectory: folder)
    #expect(list.status == 0, "\(list.errors)")
    let listed = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("案例.csv")).dropFirst(3),
      as: UTF8.self
    ).components(separatedBy: "\r\n")
    #expect(listed[0] == "编号,姓名,身份证号,乡镇,学校,责任学校,包保责任人,状态,劝返次数,复学期限,更新时间", "\(listed)")
    #expect(listed[1].hasPrefix("1,张**,990101***********1,渔沟镇,渔沟小学,"), "\(listed)")

    // No --format and no extension: the page, named .html as notice and sheet name theirs
    // (a file called 记录卡 opened in no program).
    let page = try runDucha(
      ["cases", "register", "记录卡", "-o", "记录卡"] + ledger, in: folder,
      workingDirectory: folder)
    #expect(page.status == 0, "\(page.errors)")
    #expect(page.errors.contains("注意：-o 记录卡 没有扩展名，写为 记录卡.html。\n"), "\(page.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("记录卡").path))
    let html = try String(
      contentsOf: folder.appendingPathComponent("记录卡.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func aNameThatCannotHoldTheFormatIsRefusedAndNothingIsWritten() throws {
    let (folder, ledger) = try CaseRegisterCLITests.ledger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let refusals: [([String], String, String)] = [
      (
        ["register", "清理花名册", "-o", "清理.xls"], "清理.xls",
        "-o 清理.xls：不能写成 .xls 文件。可以用 .html、.csv、.xlsx；也可以用 --format 指定格式。\n"
      ),
      (
        ["register", "清理花名册", "--format", "csv", "-o", "清理.xlsx"], "清理.xlsx",
        "-o 清理.xlsx：文件名是 .xlsx，--format 却是 csv，写出来的文件打不开。请把文件名改成 .csv，或去掉 --format（按文件名写 xlsx）。\n"
      ),
      (
        ["register", "记录卡", "-o", "记录卡.xlsx"], "记录卡.xlsx",
        "劝返工作记录卡 一人一页，只有 --format html（用浏览器打印 A4），-o 写 .html 文件。\n"
      ),
      (
        ["list", "-o", "案例.xlsx"], "案例.xlsx",
        "-o 案例.xlsx：不能写成 .xlsx 文件。可以用 .txt、.csv、.json；也可以用 --format 指定格式。\n"
      ),
    ]
    for (arguments, file, message) in refusals {
      let run = try runDucha(
        ["cases"] + arguments + ledger, in: folder, workingDirectory: folder)
      #expect(run.status == 64, "\(arguments): \(run.errors)")
      // The command's usage follows, as after every refusal of a command line.
      let command = "ducha cases \(arguments[0])"
      #expect(run.errors.hasPrefix(message + "用法：\(command) "), "\(arguments): \(run.errors)")
      #expect(run.errors.hasSuffix("\n  全部选项：\(command) --help\n"), "\(arguments)")
      #expect(
        !FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path),
        "\(arguments)")
    }
  }
}
