import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// An inspector on a Chinese input method types `到 7。2` (。 for the point) and `问题 4。1 …`:
/// the item is found as `7.2` is, instead of “没有编号“7。2””. Full-width digits were read
/// already; a reference that names something as typed still goes there first.
@Suite struct ChineseKeyboardReferenceTests {
  typealias T = TranscriptTests

  @Test func aPointTypedAsAChineseFullStopFindsTheItem() throws {
    let (output, store) = try T.run(
      input: "到 7。2\n/问题 4。1 学籍管理制度未上墙\n/到 ７。１\n/退出\n", options: T.lingbiOptions)
    #expect(!output.contains("没有编号"), "\(output)")
    let headers = output.split(separator: "\n").filter { $0.hasPrefix("── ") }
    #expect(
      headers.suffix(3) == [
        "── 一 学籍管理工作专项核查 › 7 学生信息维护 › 7.2 关键信息·无照片（5分）",
        "── 回到 7.2 关键信息·无照片",
        "── 一 学籍管理工作专项核查 › 7 学生信息维护 › 7.1 关键信息·重复学籍（5分）",
      ])
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.problems.map(\.itemID) == ["4.1"])
    #expect(session.problems.map(\.description) == ["学籍管理制度未上墙"])
  }
}
