import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// The problem list: built from findings, edited, merged, dropped with reasons, signed, amended.
@Suite struct ProblemListTests {
  typealias F = ReportFixtures

  func list() throws -> ProblemList {
    let checklist = try F.lingbi()
    var answers = F.perfectAnswers(checklist)
    answers["人籍不一致人数"] = Answer(.number(4))
    answers["政策宣传"] = Answer(.choice("仅有资料"))
    var session = F.session(checklist, unit: "黄湾中学", id: "b", inspectors: ["高海"], values: answers)
    session.problems = [Problem(itemID: "5", description: "七年级2班4人籍在人不在", time: "t")]
    session.notes["5"] = [ItemNote(kind: .evidence, text: "点名册照片.jpg", time: "t")]
    let summary = SummaryBuilder.build(checklist: checklist, sessions: [session], title: "第三组")
    return ProblemListBuilder.build(summary)
  }

  let leader = ProblemList.Actor(name: "李辉", time: "2021-10-29T10:00:00+08:00")

  @Test func builtFromMarkedProblemsAndDeductions() throws {
    let list = try list()
    #expect(list.title == "第三组问题清单")
    #expect(list.entries.map(\.itemID) == ["5", "9"])
    // A marked problem keeps the inspector's words and evidence; a deduction gives its reason.
    #expect(list.entries[0].finding == "七年级2班4人籍在人不在")
    #expect(list.entries[0].evidence == ["点名册照片.jpg"])
    #expect(list.entries[0].pointsLost == 2)
    #expect(list.entries[0].count == 4)  // 每例扣分 counted 4 cases; a tier has no count
    #expect(list.entries[1].count == nil)
    #expect(list.entries[1].finding == "政策宣传：仅有资料，得 2 分")
    #expect(list.entries[1].pointsLost == 3)
    #expect(list.entries[0].requirement.hasPrefix("对照“入班核查,出现一例扣0.5分,扣完为止。”"))
    #expect(list.entries.allSatisfy { $0.status == .open && $0.sourceSessionIDs == ["b"] })
  }

  @Test func dropNeedsAReasonAndKeepsTheEntry() throws {
    var list = try list()
    #expect(
      throws: ProblemListEditError(
        message: Localized("删除问题必须写理由（--reason）。", en: "dropping an entry needs --reason."))
    ) {
      try list.drop(2, by: leader)
    }
    var withReason = leader
    withReason.reason = "宣传资料补交后核实"
    try list.drop(2, by: withReason)
    #expect(list.entries.count == 2)
    #expect(list.entries[1].status == .dropped)
    #expect(list.activeEntries.map(\.number) == [1])
    #expect(list.history.last?.action == "删除 2")
    #expect(list.history.last?.reason == "宣传资料补交后核实")
  }

  @Test func mergeFoldsOneIntoAnother() throws {
    var list = try list()
    try list.merge(2, into: 1, by: leader)
    #expect(list.entries[0].finding == "七年级2班4人籍在人不在；政策宣传：仅有资料，得 2 分")
    // The merged entry loses what both lost (2 + 3): the list's 失分 still adds up to the
    // school's. The tier (9) counted no cases, so the 4 of item 5 stand.
    #expect(list.entries[0].pointsLost == 5)
    #expect(list.entries[0].count == 4)
    #expect(list.entries[1].status == .merged)
    #expect(list.entries[1].mergedInto == 1)
    #expect(throws: ProblemListEditError.self) { try list.merge(1, into: 1, by: leader) }
  }

  @Test func signedListsChangeOnlyByAmendmentWithAReason() throws {
    var list = try list()
    try list.edit(1, .responsible, to: "黄湾中学教务处", by: leader)
    try list.sign(by: "张徽", time: "2021-10-30T16:00:00+08:00")
    #expect(list.signature == ProblemList.Signature(name: "张徽", time: "2021-10-30T16:00:00+08:00"))
    let refused = ProblemListEditError(
      message: Localized(
        "问题清单已由张徽于2021年10月30日 16:00签字，不能直接修改。如需更改，加 --amend 并用 --reason 写明理由，作为修订记录。",
        en:
          "the list was signed by 张徽 at 2021-10-30 16:00; changes must be amendments: add --amend and --reason."
      ))
    #expect(throws: refused) { try list.edit(1, .deadline, to: "2021-12-31", by: leader) }
    var amendWithoutReason = leader
    amendWithoutReason.amend = true
    #expect(throws: ProblemListEditError.self) {
      try list.edit(1, .deadline, to: "2021-12-31", by: amendWithoutReason)
    }
    var amendment = amendWithoutReason
    amendment.reason = "学校申请延期"
    try list.edit(1, .deadline, to: "2021-12-31", by: amendment)
    #expect(list.entries[0].deadline == "2021-12-31")
    let last = try #require(list.history.last)
    #expect(last.amendment)
    #expect(last.detail == " → 2021-12-31")
    #expect(throws: ProblemListEditError.self) { try list.sign(by: "张徽", time: "later") }
  }

  @Test func followUpResultsAreRecordedEvenOnASignedList() throws {
    var list = try list()
    try list.sign(by: "张徽", time: "t0")
    try list.recordFollowUp(1, rectified: true, evidence: "转学手续.pdf", by: leader)
    #expect(list.entries[0].status == .rectified)
    #expect(list.entries[0].evidence == ["点名册照片.jpg", "转学手续.pdf"])
    #expect(list.history.last?.amendment == true)
    #expect(list.history.last?.action == "回头看 1")
  }

  @Test func storedWithMode0600AndReadBack() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-problems-\(UUID())"
    ).path
    let store = ProblemListStore(directory: directory)
    #expect(throws: ProblemListStore.LoadError.self) { try store.load() }
    let list = try list()
    try store.save(list)
    #expect(try store.load() == list)
    let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}

/// 整改期限 as leaders type them, each stored one way or refused.
@Suite struct ProblemDeadlineTests {
  @Test(arguments: [
    ("2021-12-15", "2021-12-15"), ("2021/12/15", "2021-12-15"), ("2021.12.15", "2021-12-15"),
    ("2021年12月15日", "2021-12-15"), ("2021年12月15", "2021-12-15"), ("2021/1/5", "2021-01-05"),
    (" 2021-12-15 ", "2021-12-15"), ("２０２１－１２－１５", "2021-12-15"), ("2024-02-29", "2024-02-29"),
  ])
  func acceptedSpellings(typed: String, stored: String) throws {
    #expect(try ProblemDeadline.normalize(typed) == stored)
  }

  @Test(arguments: [
    "2021-02-30", "2021-02-29", "2100-02-29", "2021-13-01", "2021-04-31", "12/15/2021", "21-12-15",
    "下个月", "2021-12", "2021-12-15 前", "", "2021-12-15-01",
  ])
  func refusedSpellings(typed: String) {
    #expect(throws: ProblemListEditError.self) { try ProblemDeadline.normalize(typed) }
  }

  @Test func anEditWithoutANameIsRefused() throws {
    var list = ProblemList(
      title: "t",
      entries: [
        ProblemList.Entry(
          number: 1, unit: "渔沟小学", checklistID: "c", itemID: "5", itemTitle: "", finding: "f",
          evidence: [], pointsLost: nil, requirement: "r", sourceSessionIDs: [])
      ])
    #expect(throws: ProblemListEditError.self) {
      try list.edit(1, .responsible, to: "王", by: ProblemList.Actor(name: nil, time: "t"))
    }
    #expect(throws: ProblemListEditError.self) {
      try list.merge(1, into: 1, by: ProblemList.Actor(name: " ", time: "t"))
    }
    try list.edit(1, .deadline, to: "2021年12月5日", by: ProblemList.Actor(name: "李辉", time: "t"))
    #expect(list.entries[0].deadline == "2021-12-05")
    #expect(list.history.last?.detail == " → 2021-12-05")
    #expect(list.entriesWithoutOwnerOrDeadline.map(\.number) == [1])
    try list.edit(1, .status, to: "Rectified", by: ProblemList.Actor(name: "Li Hui", time: "t"))
    #expect(list.entries[0].status == .rectified)
    #expect(throws: ProblemListEditError.self) {
      try list.edit(1, .status, to: "merged", by: ProblemList.Actor(name: "Li Hui", time: "t"))
    }
  }
}
