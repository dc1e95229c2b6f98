import Foundation
import Testing

/// `ducha roster check 名单.csv -o 核查.csv` wrote the text report into 核查.csv (Excel showed one
/// column of run-together lines) while `cases list -o 案例.csv`, `summary -o …csv` and `compare`
/// write CSV for that name. The format now follows `-o`'s extension when `--format` is not given.
struct RosterOutputFormatCLITests {
  @Test func theOutputsExtensionChoosesTheFormat() throws {
    let directory = try CLI.temporaryDirectory("roster-output-format")
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"),
      to: directory.appendingPathComponent("名单.csv"))
    let run = { (arguments: [String]) in
      try runDucha(arguments, in: directory, workingDirectory: directory)
    }

    let csv = try run(["roster", "check", "名单.csv", "-o", "核查.csv"])
    #expect(csv.status == 0, "\(csv.errors)")
    let bytes = try Data(contentsOf: directory.appendingPathComponent("核查.csv"))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines[0] == "指标,数量,姓名,年级,班级,班内学号,身份证件号,全国学籍号,位置,说明")

    let json = try run(["roster", "check", "名单.csv", "-o", "核查.JSON"])
    #expect(json.status == 0, "\(json.errors)")
    let object = try JSONSerialization.jsonObject(
      with: Data(contentsOf: directory.appendingPathComponent("核查.JSON")))
    #expect((object as? [String: Any])?["figures"] != nil)

    // A name and a --format that disagree, or a kind of file it cannot write: refused, nothing
    // written (exit 64, before the export is read).
    let both = try run(["roster", "check", "名单.csv", "--format", "json", "-o", "核查2.csv"])
    #expect(both.status == 64)
    #expect(
      both.errors.contains("-o 核查2.csv：文件名是 .csv，--format 却是 json，写出来的文件打不开。"), "\(both.errors)")
    let markdown = try run(["roster", "check", "名单.csv", "-o", "核查.md"])
    #expect(markdown.status == 64)
    #expect(
      markdown.errors.contains("-o 核查.md：不能写成 .md 文件。可以用 .txt、.csv、.json；也可以用 --format 指定格式。"),
      "\(markdown.errors)")
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("核查2.csv").path))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("核查.md").path))

    // Without -o, or a name without an extension: text, as before.
    let text = try run(["roster", "check", "名单.csv", "-o", "核查"])
    #expect(text.status == 0)
    let written = try String(contentsOf: directory.appendingPathComponent("核查"), encoding: .utf8)
    #expect(written.hasPrefix("学籍系统导出核查：1 个文件"))
  }
}
