import DuchaInspect
import Foundation
import Testing

/// Money as typed on a phone keyboard, whose number pad has no 万: `1.5w` is 15000, and the
/// echo says so before the next question. It used to be refused with examples that did not
/// say how to type it.
@Suite struct PhoneKeyboardWanTests {
  typealias T = TranscriptTests

  @Test func wIsReadAsWan() throws {
    let (output, store) = try T.run(
      input: "到 3\n1.5w\n2W\n退出\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        """
          本年度学籍管理工作实际投入经费（元）（数，0–100000000）> 1.5w
          （记为 15000）
          按文件规定本校应投入的经费标准（元）（数，0–100000000）> 2W
          （记为 20000）
        """))
    #expect(output.contains("= 经费达标率 75 ÷ 标准 100 × 10 分 = 7.5 分"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["经费实际投入"]?.value == .number(15000))
  }
}
