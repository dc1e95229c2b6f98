import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 会理: the school's 工作台账 item (10分, 每发现一起扣1分) takes 核验.问题数 from the 台账清单
/// verified in the same session. Two documents missing and one incomplete → 3 → 10 − 3 = 7.
@Suite struct VerificationInSessionTests {
  typealias T = TranscriptTests

  @Test func ledgerItemTakesTheCountFromTheVerifiedList() throws {
    // At 1.1's first question, jump to 2.1; at its question verify the ledger list: 1.1 缺失,
    // 1.2 不全, 1.3 缺失, the rest 齐全; back at the question, Enter accepts the count; leave.
    var lines = ["到 2.1", "核验 huili-taizhang", "2", "3", "2"]
    lines += Array(repeating: "1", count: 37)  // the other 37 documents are complete
    lines += ["", "退出"]
    lines.insert("核验 huili-taizhang", at: 1)
    lines.remove(at: 2)
    let options = InspectOptions(
      checklist: "huili-kaohe-xuexiao", unit: "会理县一中", stages: [.primary, .junior],
      group: "第一大组第一小组",
      inspectors: ["杨成伟"], date: "2018-12-27", year: 2018)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-verify-\(UUID())"
    ).path
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: options, sessions: directory)
    #expect(run.output.contains("会理县义务教育控辍保学工作台账清单：齐全 37，缺失 2，不全 1，未核验 0"))
    #expect(run.output.contains("  2.1 工作台账：7（待定 → 7）"))
    #expect(run.output.contains("（整数，≥0；回车=3（取自台账核验））> "))
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.figures["核验.问题数"] == 3)
    #expect(session.verifications["huili-taizhang"]?.count == 40)
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll()
      .compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id == "huili-kaohe-xuexiao" })
    #expect(session.evaluate(checklist).state(of: "2.1") == .scored(7))
  }

  /// The 核验 header promises 回车保留: Enter on an entry with no status yet leaves it 未核验 (it
  /// used to be an error, three times in a row), and the item scored from the list says how
  /// many entries were not verified.
  @Test func enterLeavesEntriesUnverifiedAndTheItemSaysSo() throws {
    var lines = ["核验 huili-taizhang", "2", "3", "1"]
    lines += Array(repeating: "", count: 37)
    lines += ["到 2.1", "", "退出"]
    let options = InspectOptions(
      checklist: "huili-kaohe-xuexiao", unit: "会理县一中", stages: [.primary, .junior],
      group: "第一大组第一小组",
      inspectors: ["杨成伟"], date: "2018-12-27", year: 2018)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-verify-\(UUID())"
    ).path
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: options, sessions: directory)
    #expect(run.output.contains("会理县义务教育控辍保学工作台账清单：齐全 1，缺失 1，不全 1，未核验 37"))
    #expect(!run.output.contains("✗"), "Enter is never an error here")
    #expect(run.output.contains("  · 核验表 40 项中 37 项未核验，本项只按已核验的 3 项计分"))
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.verifications["huili-taizhang"]?.count == 3)
    // The list's size is in the file: the caveat is part of the item's computed result, so
    // every command that scores the file says it, not only this screen.
    #expect(session.verificationSizes == ["huili-taizhang": 40])
    #expect(session.figures["核验.未核验"] == 37)
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id == "huili-kaohe-xuexiao" })
    let item = try #require(session.evaluate(checklist).allItems.first { $0.id == "2.1" })
    #expect(item.state == .scored(8))  // 10 − (1 缺失 + 1 不全)
    #expect(item.caveats.map(\.zh) == ["核验表 40 项中 37 项未核验，本项只按已核验的 3 项计分"])
  }

  /// 退出 in the middle of the list ends the list, as the header's Ctrl-D does (it was refused
  /// as no status, again and again); 没有 is 缺失 as 无 is, 不齐全 is 不全.
  @Test func quitEndsTheListAndNoneIsMissing() throws {
    let lines = ["核验 huili-taizhang", "齐全", "没有", "不齐全", "退出", "退出"]
    let options = InspectOptions(
      checklist: "huili-kaohe-xuexiao", unit: "会理县一中", stages: [.primary, .junior],
      group: "第一大组第一小组", inspectors: ["杨成伟"], date: "2018-12-27", year: 2018)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-verify-quit-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: options, sessions: directory)
    #expect(
      run.output.contains(
        """
          1.4 校内外适龄残疾儿童少年花名册(样表)> 退出
        会理县义务教育控辍保学工作台账清单：齐全 1，缺失 1，不全 1，未核验 37
        """), "\(run.output)")
    #expect(!run.output.contains("请输入 1、2、3"), "\(run.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.verifications["huili-taizhang"]?["1.2"] == .missing)
    #expect(session.verifications["huili-taizhang"]?["1.3"] == .incomplete)
  }
}
