import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The stage question names the stages of the checklist chosen, not a fixed 小学/初中: 电白's
/// form covers 高中 too, 灵璧's only the compulsory stages, and a stage the form does not cover
/// is refused with the ones it does.
@Suite struct StagePromptTests {
  typealias T = TranscriptTests

  static func options(_ checklist: String) -> InspectOptions {
    InspectOptions(
      checklist: checklist, unit: "城关中学", group: "一组", inspectors: ["李辉"], date: "2017-11-20")
  }

  @Test func aFormWithSeniorHighOffersIt() throws {
    let (output, store) = try T.run(
      input: "高中 大学\n初中 高中\n退出\n", options: Self.options("dianbai-ducha-2017"))
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.first == "单位学段（小学/初中/高中，可写几个）（回车=小学 初中 高中）> 高中 大学")
    #expect(lines.dropFirst().first == "✗ 请输入“小学”、“初中”、“高中”中的一个或几个，如“小学 初中 高中”。")
    #expect(lines.dropFirst(2).first == "单位学段（小学/初中/高中，可写几个）（回车=小学 初中 高中）> 初中 高中")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.unit.stages == [.junior, .senior])
  }

  @Test func aCompulsoryFormRefusesSeniorHigh() throws {
    let (output, store) = try T.run(
      input: "高中\n\n退出\n", options: Self.options("lingbi-xueji"))
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.first == "单位学段（小学/初中，可写几个）（回车=小学 初中）> 高中")
    #expect(lines.dropFirst().first == "✗ 本清单的学段是“小学”、“初中”，不含“高中”。请从中选一个或几个，如“小学 初中”。")
    #expect(lines.dropFirst(2).first == "单位学段（小学/初中，可写几个）（回车=小学 初中）> ")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.unit.stages == [.primary, .junior])
  }

  /// A kindergarten has no 学段 to give, and the 江苏 form never reads one: the walk goes from
  /// the unit's name to the group without asking “单位学段（小学/初中）”.
  @Test func aKindergartenFormDoesNotAsk() throws {
    var options = Self.options("jiangsu-youzhi-youeryuan")
    options.unit = nil
    let (output, _) = try T.run(input: "城关幼儿园\n退出\n", options: options)
    #expect(!output.contains("单位学段"), "\(output)")
    #expect(output.hasPrefix("被检查单位名称> 城关幼儿园\n已建立检查记录"), "\(output)")
  }
}
