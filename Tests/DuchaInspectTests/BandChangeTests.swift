import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 四川 c21: 执行好 with 9, then `改 学籍制度档次` to 较差 (1—3). The item used to drop to 待定
/// (“9 不在较差档的 1—3 之内”) and the inspector had to find the score's name to `改` it; the
/// score is now asked again at once, within the new band.
@Suite struct BandChangeTests {
  typealias T = TranscriptTests

  @Test func aBandChangedUnderItsScoreAsksTheScoreAgain() throws {
    let options = InspectOptions(
      checklist: "sichuan-shifanxian", unit: "灵璧县", group: "三组", inspectors: ["李辉"],
      date: "2021-10-27")
    let lines = ["0", "", "执行好", "9", "制度完善", "改 学籍制度档次", "较差", "2", "执行较差", "退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: options)
    #expect(
      output.contains(
        """
          学籍管理制度（制度完善的前提下）执行情况属于哪一档？（序号或名称；当前 执行好）> 较差
          在所选档内给分（酌情，1–3分，“较差”档；当前 9）> 2
          酌情的理由（必填）> 执行较差
        得分 2 / 10
          = 学籍制度档次：较差（1—3），学籍制度得分 2，得 2 分
        """), "\(output)")
    #expect(!output.contains("待定：学籍制度得分 9 不在"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["学籍制度得分"]?.value == .number(2))
  }

  /// The band kept (Enter): its score still fits, and nothing more is asked.
  @Test func theSameBandAsksNothingMore() throws {
    let options = InspectOptions(
      checklist: "sichuan-shifanxian", unit: "灵璧县", group: "三组", inspectors: ["李辉"],
      date: "2021-10-27")
    let lines = ["0", "", "执行好", "9", "制度完善", "改 学籍制度档次", "", "退出"]
    let (output, _) = try T.run(input: lines.joined(separator: "\n") + "\n", options: options)
    #expect(output.contains("（保留 执行好）\n得分 9 / 10"), "\(output)")
  }
}
