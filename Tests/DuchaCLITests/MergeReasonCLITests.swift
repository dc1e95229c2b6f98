import Foundation
import Testing

/// 李辉 recorded 经费实际投入 15000 at 渔沟小学, 王雷 16000. The leader picks 2 and then, at
/// the reason, types 改 15500 (the invoice says 15500): that is a corrected value, not a
/// reason. Before, “改 15500” was saved as the reason of the choice of 16000.
@Suite("A command typed at the merge reason")
struct MergeReasonCLITests {
  /// The team folder with both walks, and the work folder around it.
  static func folder(_ label: String) throws -> URL {
    let work = try CLI.temporaryDirectory(label)
    let lines = try CLI.walkLines()
    let script = work.appendingPathComponent("李辉.input")
    try CLI.writeScript(lines, to: script)
    let other = work.appendingPathComponent("王雷.input")
    try CLI.writeScript(lines.map { $0 == "15000" ? "16000" : $0 }, to: other)
    for (inspector, input) in [("李辉", script), ("王雷", other)] {
      // One inspector each: the walk's options name both.
      var options = CLI.walkOptions
      if let second = options.firstIndex(of: "王雷") { options.removeSubrange((second - 1)...second) }
      options = options.map { $0 == "李辉" ? inspector : $0 }
      let walk = try runDucha(
        ["inspect"] + options + ["--sessions", "第三组", "--script", input.path], in: work,
        workingDirectory: work)
      #expect(walk.status == 0, "\(walk.errors)")
    }
    return work
  }

  @Test("改 15500 at the reason corrects the value, and the reason is asked again")
  func correctionAtTheReason() throws {
    let work = try Self.folder("merge-reason")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["2", "改 15500", "发票是15500元"], to: work.appendingPathComponent("合并.input"))
    let merge = try runDucha(
      ["merge", "第三组", "--by", "张徽", "--script", "合并.input"], in: work, workingDirectory: work)
    #expect(merge.status == 0, "\(merge.errors)")
    #expect(
      merge.output.contains(
        "    理由（必填）> 改 15500\n    改为 15500（不用上面任何一人记的值），请写理由。\n    理由（必填）> 发票是15500元\n"))
    let data = try Data(contentsOf: work.appendingPathComponent("第三组/_合并决定.json"))
    let decisions = try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(decisions.count == 1)
    #expect((decisions.first?["correctedValue"] as? [String: Any])?["number"] as? Int == 15500)
    #expect(decisions.first?["reason"] as? String == "发票是15500元")
  }

  @Test("退出 at the reason leaves the conflict open, with nothing saved as a reason")
  func quitAtTheReason() throws {
    let work = try Self.folder("merge-reason-quit")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["2", "退出"], to: work.appendingPathComponent("合并.input"))
    let merge = try runDucha(
      ["merge", "第三组", "--by", "张徽", "--script", "合并.input"], in: work, workingDirectory: work)
    #expect(merge.status == 0, "\(merge.errors)")
    #expect(merge.output.contains("已记录 0 个选择，保存在 第三组/_合并决定.json；未决 1 个。"))
    let decisions = work.appendingPathComponent("第三组/_合并决定.json").path
    if let data = FileManager.default.contents(atPath: decisions) {
      let list = try JSONSerialization.jsonObject(with: data) as? [Any]
      #expect(list?.isEmpty == true)
    }
  }
}
