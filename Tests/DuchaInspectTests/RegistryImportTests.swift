import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// `学籍 导入`: an inspector at 渔沟小学 imports the school's export (a copy of the hand-checked
/// registry-a.csv) and sees the figures and the names behind them; the 灵璧 items bound to
/// 学籍.重复学籍 / 无照片 / 无身份证号 are re-scored; an override needs a reason.
@Suite struct RegistryImportTests {
  typealias T = TranscriptTests

  static let options = InspectOptions(
    checklist: "lingbi-xueji", unit: "渔沟小学", stages: [.primary], group: "三组",
    inspectors: ["李辉"], date: "2021-10-27", year: 2021)

  /// A folder outside the repository holding the school's export under a name of its own.
  /// The name keeps only the letters of a UUID: the REPL masks what looks like an ID number in
  /// the lines it echoes, and a UUID's digits can line up like one (…174XX-XXXX-XXX3…), which
  /// would hide the folder from the `<导出>` substitution.
  static func exportFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-export-\(UUID().uuidString.filter(\.isLetter))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: T.root.appendingPathComponent("Tests/DuchaRosterTests/Fixtures/registry-a.csv"),
      to: folder.appendingPathComponent("渔沟小学 学籍.csv"))
    return folder
  }

  @Test func importFillsTheFiguresWithTheStudentsBehindThem() throws {
    let folder = try Self.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    // At 1.1's first question: import (the name has a space, so it is quoted as a terminal
    // writes a dragged file), list, override 无照片 with a reason, leave.
    let lines = [
      "/学籍 导入 '\(file)'", "/学籍 列表", "/学籍", "", "", "", "3", "花名册上另有一人无照片", "", "0", "", "", "",
      "/退出",
    ]
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-import-\(UUID())"
    ).path
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: Self.options, sessions: directory)
    let output = run.output.replacingOccurrences(of: folder.path, with: "<导出>")
    try T.compare(output, with: "registry-import.expected")

    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["重复学籍"] == 2)
    #expect(session.registry.counts["身份证号有误"] == 5)
    #expect(session.registry.counts["无照片"] == 3)
    #expect(session.registry.imported?.overrides == ["无照片": "花名册上另有一人无照片"])
    #expect(session.registry.imported?.files == [file])
    #expect(
      session.registry.students["重复学籍"] == [
        "王小明 341323201503080112 三年级1班 渔沟小学 学籍.csv:8：与 渔沟小学 学籍.csv:3 重复（同一证件号）",
        "李小红 34132320150721072X 三年级2班 渔沟小学 学籍.csv:13：与 渔沟小学 学籍.csv:4 重复（同姓名同出生日期）",
      ])
    #expect(session.figures["学籍.身份证号有误"] == 5)
  }

  /// The class teacher's export with a 合计 row typed at the bottom: three students, not
  /// four, and the row is named as a warning (no ✗: nothing the inspector typed was refused).
  @Test func aTotalRowIsNamedAndNotCounted() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-export-\(UUID().uuidString.filter(\.isLetter))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = """
      姓名,性别,出生日期,身份证件号,年级,班级,照片
      王小明,男,2015-03-08,341323201503080112,三年级,1班,有
      李小红,女,2015-07-21,341323201507210228,三年级,1班,有
      张伟,男,2015-03-01,341323201503010050,三年级,1班,有
      合计,3人,,,,,

      """
    try Data(csv.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-import-\(UUID())"
    ).path
    let file = folder.appendingPathComponent("名单.csv").path
    let run = try T.run(
      input: "/学籍 导入 \(file)\n/退出\n", options: Self.options, sessions: directory)
    let lines = run.output.replacingOccurrences(of: folder.path, with: "<导出>")
      .components(separatedBy: "\n")
    let warning = try #require(lines.firstIndex { $0.contains("R202") })
    #expect(
      lines[warning] == "<导出>/名单.csv:5:1: 警告[R202]: 这一行是合计行（“合计”）：没有证件号和学籍号，不算作学生。")
    #expect(lines[warning + 1] == "  改法：不用改；如果这一行确实是学生，请填上身份证件号或全国学籍号。")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["系统学生数"] == 3)
    #expect(session.registry.counts["无身份证号"] == 0)
  }
}
