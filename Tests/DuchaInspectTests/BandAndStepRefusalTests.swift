import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// A score outside the band chosen first (“一般的给4-7分”) or off the form's grid (“满分及依次以0.1分
/// 递减计分”) is refused at the prompt with the allowed values, and asked again: never clamped.
@Suite struct BandAndStepRefusalTests {
  typealias T = TranscriptTests

  /// 四川 示范县 form at its county, both stages.
  static let sichuan = InspectOptions(
    checklist: "sichuan-shifanxian", unit: "示范县", stages: [.primary, .junior], group: "一组",
    inspectors: ["王静"], date: "2024-05-10")

  /// 四川 c21: 一般 is 4—7, so 9 is refused; 6 is taken (with its reason): 6 of 10.
  @Test func aScoreOutsideTheChosenBandIsRefused() throws {
    let walk = try T.run(input: "到 c21\n一般\n9\n6\n制度完善，执行一般\n退出\n", options: Self.sichuan)
    #expect(walk.output.contains("9 不在“一般”档的 4—7 之内：请在档内评分，或先改选“学籍制度档次”的档次。"))
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["学籍制度得分"]?.value == .number(6))
    #expect(session.answers.values["学籍制度得分"]?.reason == "制度完善，执行一般")
  }

  /// 一般 is 4—7 and the score's whole range 1—10 (四川 c21): 12 is outside both, and the
  /// message names the band the prompt shows, not a range of 1 to 10 the prompt no longer says.
  @Test func aScoreOutsideTheWholeRangeIsToldAgainstTheBand() throws {
    let walk = try T.run(input: "到 c21\n一般\n12\n6\n制度完善，执行一般\n退出\n", options: Self.sichuan)
    #expect(walk.output.contains("12 不在“一般”档的 4—7 之内：请在档内评分，或先改选“学籍制度档次”的档次。"))
    #expect(!walk.output.contains("应在"), "\(walk.output)")
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["学籍制度得分"]?.value == .number(6))
  }

  /// 2023 县级政府 C1.1: 范围 0..1 步长 0.1, so 0.55 is refused; 0.7 is taken.
  @Test func aScoreOffTheGridIsRefused() throws {
    let options = InspectOptions(
      checklist: "xianji-zhengfu-2023", unit: "某县人民政府", stages: [.primary, .junior],
      group: "一组", inspectors: ["王静"], date: "2024-05-10")
    let walk = try T.run(input: "到 C1.1\n0.55\n0.7\n规划落实有欠缺\n退出\n", options: options)
    #expect(walk.output.contains("规划落实得分 0.55 不在步长 0.1 上：应为 1、0.9、0.8……"))
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["规划落实得分"]?.value == .number(Decimal(7) / 10))
  }

  /// A leader correcting a merge conflict is held to the same grid: 0.55 is refused, 0.6 taken.
  @Test func aMergeCorrectionOffTheGridIsRefused() throws {
    let library = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
    let form = try #require(
      library.loadAll().compactMap(\.checklist).first { $0.id == "xianji-zhengfu-2023" })
    let refused = MergeCorrection.parse("0.55", key: "录入:规划落实得分", checklist: form, rows: [])
    guard case .failure(let message) = refused else {
      Issue.record("0.55 was accepted")
      return
    }
    #expect(message.message.zh == "规划落实得分 0.55 不在步长 0.1 上：应为 1、0.9、0.8……")
    guard
      case .success(.answer(.number(let value))) = MergeCorrection.parse(
        "0.6", key: "录入:规划落实得分", checklist: form, rows: [])
    else {
      Issue.record("0.6 was refused")
      return
    }
    #expect(value == Decimal(6) / 10)
  }
}
