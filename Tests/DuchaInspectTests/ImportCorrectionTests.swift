import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A completed inspection reopened: `学籍 导入` changed the registry figures without a word in
/// the corrections, where typing the same figures with `学籍` asks the reason. It now says which
/// figures the export changes, asks the reason once and logs each figure; while the reason is
/// asked the import waits beside the session.
@Suite struct ImportCorrectionTests {
  typealias T = TranscriptTests

  @Test func anImportIntoACompletedInspectionAsksTheReason() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = try NewEntryCorrectionTests.completed()

    let reopened = try T.run(
      input: "学籍 导入 '\(file)'\n复查时导入学籍系统导出\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      reopened.output.contains(
        """
          这次导入改动了已完成检查的学籍数字：系统班级数 未填 → 2，系统学生数 未填 → 12，重复学籍 未填 → 2，\
        无照片 未填 → 2，无身份证号 未填 → 1，身份证号有误 未填 → 5，其他证件 未填 → 1，学籍号不符 未填 → 1
          更正已完成的检查，理由（必填）> 复查时导入学籍系统导出
        已填入学籍核查：
        """), "\(reopened.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["无照片"] == 2)
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["学籍.系统班级数", "", "2", "复查时导入学籍系统导出"],
        ["学籍.系统学生数", "", "12", "复查时导入学籍系统导出"],
        ["学籍.重复学籍", "", "2", "复查时导入学籍系统导出"],
        ["学籍.无照片", "", "2", "复查时导入学籍系统导出"],
        ["学籍.无身份证号", "", "1", "复查时导入学籍系统导出"],
        ["学籍.身份证号有误", "", "5", "复查时导入学籍系统导出"],
        ["学籍.其他证件", "", "1", "复查时导入学籍系统导出"],
        ["学籍.学籍号不符", "", "1", "复查时导入学籍系统导出"],
      ])
  }

  @Test func ctrlDAtTheReasonLeavesTheFiguresAsTheyWere() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = try NewEntryCorrectionTests.completed()

    let reopened = try T.run(
      input: "学籍 导入 '\(file)'\n", resume: "t0001", sessions: directory)

    #expect(reopened.output.contains("（已取消，学籍数字没有改动）"), "\(reopened.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts.isEmpty)
    #expect(session.registry.imported == nil)
    #expect(session.corrections.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }

  @Test func anImportCutShortAtTheReasonIsKept() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = try NewEntryCorrectionTests.completed()
    _ = try T.start(
      input: "学籍 导入 '\(file)'\n", resume: "t0001", sessions: directory, terminalCloses: true)
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
    #expect(
      try SessionStore(directory: directory).list().sessions.first?.session.registry.counts == [:])

    let resumed = try T.run(input: "复查时导入学籍系统导出\n退出\n", resume: "t0001", sessions: directory)

    let shown = resumed.output.replacingOccurrences(of: folder.path, with: "<导出>")
    #expect(
      shown.contains("上次答到一半：学籍 导入 <导出>/渔沟小学\\ 学籍.csv，更正的理由还没写。"), "\(shown)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["重复学籍"] == 2)
    #expect(session.corrections.count == 8)
    #expect(session.corrections.allSatisfy { $0.reason == "复查时导入学籍系统导出" })
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }
}
