import Foundation
import Testing

/// A leader changes two figures of 韦集小学's record in Notepad: the 宣传 grade to a word that is
/// not one of the form's options (有资料), and the second class's 实到 to 41000. The summary
/// said “….json：answers.values.政策宣传 = 有资料：不是清单里的选项…” with no line to look at in
/// a 500-line file and nothing on what to do; now each says its line and column and the fix.
@Suite struct HandEditedValuePlaceCLITests {
  @Test func valuesTheChecklistRefusesAreNamedWhereTheyAre() throws {
    let directory = try CLI.temporaryDirectory("value-place")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let text = try String(contentsOf: edited, encoding: .utf8)
    for old in [#""choice" : "仅有资料""#, #""present" : 41,"#] {
      #expect(text.components(separatedBy: old).count == 2, "\(old)")
    }
    let changed = text.replacingOccurrences(
      of: #""choice" : "仅有资料""#, with: #""choice" : "有资料""#
    ).replacingOccurrences(of: #""present" : 41,"#, with: #""present" : 41000,"#)
    try changed.write(to: edited, atomically: true, encoding: .utf8)
    // The places of the keys, as an editor counts them: "政策宣传" under answers.values, and
    // the second row's "present" (the first row has its own).
    let lines = changed.components(separatedBy: "\n")
    let grade = try #require(lines.firstIndex { $0.contains(#""政策宣传" : {"#) })
    let rows = lines.indices.filter { lines[$0].contains(#""present" : "#) }
    try #require(rows.count == 3)
    #expect(lines[rows[1]].contains("41000"))
    func column(_ key: String, _ line: Int) throws -> Int {
      try #require(lines[line].range(of: key)).lowerBound.utf16Offset(in: lines[line]) + 1
    }

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let fix = "请在文件的这个位置改正后重新运行，或由检查人员用 ducha resume 打开、“改”这一项。"
    #expect(
      run.errors.contains(
        "\(edited.path):\(grade + 1):\(try column("\"政策宣传\"", grade))："
          + "answers.values.政策宣传 = 有资料：不是清单里的选项（有资料且知晓度较高效果较好、仅有资料、没有进行宣传）；"
          + "相应条目记为“待定”。\(fix)\n"), "\(run.errors)")
    #expect(
      run.errors.contains(
        "\(edited.path):\(rows[1] + 1):\(try column("\"present\"", rows[1]))："
          + "rollCall[1].present = 41000：一个班的人数应在 0 到 10000 之间；入班点名的数据不计入评分；"
          + "相应条目记为“待定”。\(fix)\n"), "\(run.errors)")
    // 渔沟小学 is summarised as before; 韦集小学's 9 and the roll-call items wait.
    #expect(run.output.contains("   1  渔沟小学  84.5  84.5"), "\(run.output)")
  }
}
