import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// `学籍 导入 “U盘/名单 2021.csv”`: the quote keys of a Chinese input method type “ and ”, and
/// the name (with its space) was split in two and each half refused as a file that cannot be
/// read. Chinese quotes now hold a name together as ASCII quotes do.
@Suite struct ChineseQuotedPathTests {
  typealias T = TranscriptTests

  @Test(arguments: [("“", "”"), ("‘", "’"), ("「", "」")])
  func chineseQuotesHoldTheNameTogether(_ open: String, _ close: String) throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let (output, store) = try T.run(
      input: "/学籍 导入 \(open)\(file)\(close)\n/退出\n", options: RegistryImportTests.options)
    #expect(output.contains("学籍系统导出核查：1 个文件，共 12 名学生"), "\(output)")
    #expect(!output.contains("R107"), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.registry.imported?.files == [file])
  }
}
