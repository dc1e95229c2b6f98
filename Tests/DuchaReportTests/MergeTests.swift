import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// Two inspectors at one school: one did the archives, the other the classrooms.
@Suite struct MergeTests {
  typealias F = ReportFixtures

  func twoInspectors() throws -> (Checklist, Session, Session) {
    let checklist = try F.lingbi()
    var archives = F.session(
      checklist, unit: "渔沟小学", id: "a1", inspectors: ["李辉"],
      values: [
        "人员配备扣分": Answer(.number(1), reason: "学籍管理员为兼职"), "政策宣传": Answer(.choice("仅有资料")),
      ])
    archives.rollCall = [
      ClassRollCall(grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1)
    ]
    archives.notes["1"] = [
      ItemNote(kind: .evidence, text: "任命文件.jpg", time: "2021-10-27T09:10:00+08:00")
    ]
    archives.problems = [
      Problem(itemID: "1", description: "学籍管理员为兼职", time: "2021-10-27T09:11:00+08:00")
    ]
    var classrooms = F.session(
      checklist, unit: "渔沟小学", id: "b2", inspectors: ["王雷"], created: "2021-10-27T10:00:00+08:00",
      values: ["政策宣传": Answer(.choice("没有进行宣传")), "经费实际投入": Answer(.number(15000))])
    classrooms.updatedAt = "2021-10-27T11:30:00+08:00"
    classrooms.rollCall = [
      ClassRollCall(grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1),
      ClassRollCall(
        grade: "四年级", className: "1班", registered: 40, present: 41, onLeave: 0,
        unregisteredNames: ["王五"]),
    ]
    classrooms.problems = [
      Problem(itemID: "5", description: "四年级1班王五人在籍不在", time: "2021-10-27T10:30:00+08:00")
    ]
    return (checklist, archives, classrooms)
  }

  @Test func agreeingValuesMergeAndTheConflictIsShownWithWhoAndWhen() throws {
    let (checklist, archives, classrooms) = try twoInspectors()
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        [classrooms, archives], checklist: checklist, decisions: []))
    // Each inspector's unique answers are kept; the disagreement is not silently resolved.
    #expect(merged.answers.values["人员配备扣分"] == Answer(.number(1), reason: "学籍管理员为兼职"))
    #expect(merged.answers.values["经费实际投入"] == Answer(.number(15000)))
    #expect(merged.answers.values["政策宣传"] == nil)
    #expect(conflicts.count == 1)
    let conflict = try #require(conflicts.first)
    #expect(conflict.key == "录入:政策宣传")
    #expect(conflict.label == "9 学籍管理政策宣传 · 政策宣传")
    #expect(conflict.candidates.map(\.display) == ["仅有资料", "没有进行宣传"])
    #expect(conflict.candidates.map(\.inspectors) == [["李辉"], ["王雷"]])
    #expect(
      conflict.candidates.map(\.time) == ["2021-10-27T09:00:00+08:00", "2021-10-27T11:30:00+08:00"])
    // Item 9 is pending, never scored from one side silently.
    let result = merged.evaluate(checklist)
    #expect(result.state(of: "9") == .pending([Localized("缺少“政策宣传”", en: "'政策宣传' not recorded")]))
    #expect(merged.inspectors == ["李辉", "王雷"])
  }

  @Test func aClassRecordedByBothCountsOnce() throws {
    let (checklist, archives, classrooms) = try twoInspectors()
    let (merged, _) = try #require(
      SessionMerger.merge(
        [archives, classrooms], checklist: checklist, decisions: []))
    #expect(merged.rollCall.map(\.label) == ["三年级2班", "四年级1班"])
    // 45 + 40, not 45 + 45 + 40; 人籍不一致 = (45 − 43) + 1 = 3.
    #expect(merged.figures["点名.学籍人数"] == 85)
    #expect(merged.figures["点名.人籍不一致"] == 3)
  }

  @Test func nothingIsDropped() throws {
    let (checklist, archives, classrooms) = try twoInspectors()
    let (merged, _) = try #require(
      SessionMerger.merge(
        [archives, classrooms], checklist: checklist, decisions: []))
    #expect(merged.problems.map(\.description) == ["学籍管理员为兼职", "四年级1班王五人在籍不在"])
    #expect(merged.notes["1"]?.map(\.text) == ["任命文件.jpg"])
    #expect(merged.id == "merged-a1+b2")
  }

  @Test func theLeadersRecordedChoiceDecides() throws {
    let (checklist, archives, classrooms) = try twoInspectors()
    let decision = MergeDecision(
      unit: "渔沟小学", checklistID: checklist.id, key: "录入:政策宣传", chosenSessionID: "b2",
      reason: "王雷询问了师生", decidedBy: "李辉", time: "2021-10-28T09:00:00+08:00")
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        [archives, classrooms], checklist: checklist, decisions: [decision]))
    #expect(conflicts.isEmpty)
    #expect(merged.answers.values["政策宣传"]?.value == .choice("没有进行宣传"))
    // A decision for another unit does not apply.
    var elsewhere = decision
    elsewhere.unit = "黄湾中学"
    let undecided = try #require(
      SessionMerger.merge([archives, classrooms], checklist: checklist, decisions: [elsewhere]))
    #expect(undecided.conflicts.count == 1)
  }

  /// A public call with no session to merge stopped the program (preconditionFailure); it is
  /// now nil, for the caller to say there is nothing to merge.
  @Test func noSessionIsNothingToMerge() throws {
    let (checklist, _, _) = try twoInspectors()
    #expect(SessionMerger.merge([], checklist: checklist, decisions: []) == nil)
  }

  /// Issue 8: one inspector pressed Enter at 人籍不一致人数 (it follows the roll call), the
  /// other typed the very number offered. Typing the default is accepting it: the merged value
  /// follows the merged roll call (where the leader decided 三年级2班) instead of the typed 3.
  @Test func aTypedDefaultIsAcceptingItAndTheDecisionWins() throws {
    let (checklist, archives, original) = try twoInspectors()
    var classrooms = original
    classrooms.rollCall[0].present = 40  // 45 − 41 → 4 missing: a roll-call conflict
    classrooms.rollCall[0].absentCount = 4
    // 王雷's own figure: 4 + 1 (王五) = 5, typed instead of Enter.
    classrooms.answers.values["人籍不一致人数"] = Answer(.number(5))
    var following = archives
    following.acceptedDefaults = ["人籍不一致人数"]
    let decision = MergeDecision(
      unit: "渔沟小学", checklistID: checklist.id, key: "点名:三年级2班", chosenSessionID: "a1",
      reason: "李辉点名时全班在场", decidedBy: "李辉", time: "2021-10-28T09:00:00+08:00")
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        [following, classrooms], checklist: checklist, decisions: [decision]))
    #expect(!conflicts.map(\.key).contains("点名:三年级2班"))
    #expect(merged.answers.values["人籍不一致人数"] == nil, "the typed default is not kept")
    #expect(merged.acceptedDefaults.contains("人籍不一致人数"))
    // 三年级2班 as 李辉 recorded it (2 missing) + 四年级1班 王五 = 3.
    #expect(merged.figures["点名.人籍不一致"] == 3)
    #expect(merged.evaluate(checklist).state(of: "5") == .scored(Decimal(string: "8.5")!))
  }

  /// A decision recorded for a value stays the leader's even when a file changes afterwards
  /// (an inspector re-sends a copy in which the two values now agree on the other one).
  @Test func aRecordedDecisionAlwaysWins() throws {
    let (checklist, archives, original) = try twoInspectors()
    let decision = MergeDecision(
      unit: "渔沟小学", checklistID: checklist.id, key: "录入:政策宣传", chosenSessionID: "a1",
      reason: "李辉看了记录", decidedBy: "李辉", time: "2021-10-28T09:00:00+08:00")
    var classrooms = original
    classrooms.answers.values["政策宣传"] = nil
    classrooms.acceptedDefaults = []
    var archives2 = archives
    archives2.answers.values["政策宣传"] = Answer(.choice("仅有资料"))
    let (merged, _) = try #require(
      SessionMerger.merge(
        [archives2, classrooms], checklist: checklist, decisions: [decision]))
    #expect(merged.answers.values["政策宣传"]?.value == .choice("仅有资料"))
    // Chosen: 王雷's file, which no longer has a value: the decision still wins — no value.
    var other = decision
    other.chosenSessionID = "b2"
    let (again, conflicts) = try #require(
      SessionMerger.merge(
        [archives2, classrooms], checklist: checklist, decisions: [other]))
    #expect(again.answers.values["政策宣传"] == nil)
    #expect(conflicts.isEmpty)
  }

  @Test func rollCallConflictsNameTheClassAndTheStudents() throws {
    let (checklist, archives, original) = try twoInspectors()
    var classrooms = original
    classrooms.rollCall[0] = ClassRollCall(
      grade: "三年级", className: "2班", registered: 45, present: 41, onLeave: 1,
      absentNames: ["张三", "李四", "赵六"])
    let (_, conflicts) = try #require(
      SessionMerger.merge(
        [archives, classrooms], checklist: checklist, decisions: []))
    let conflict = try #require(conflicts.first { $0.key == "点名:三年级2班" })
    #expect(conflict.label == "点名 三年级2班")
    #expect(conflict.candidates.map(\.display).last == "学籍 45，实到 41，请假 1，籍在人不在 3，人在籍不在 0")
    // The names are for the leader's merge screen, not in the value reports print.
    #expect(conflict.candidates.map(\.names).last == "籍在人不在：张三、李四、赵六")
  }

  /// While 三年级2班 is in conflict, 人籍一致情况 is not scored on 四年级1班 alone (王五, 1 ×
  /// 0.5 → 9.5, a figure neither inspector saw): it waits for the leader, and so does the total.
  @Test func anOpenRollCallConflictLeavesTheRollCallItemsPending() throws {
    let (checklist, archives, original) = try twoInspectors()
    var classrooms = original
    classrooms.rollCall[0] = ClassRollCall(
      grade: "三年级", className: "2班", registered: 45, present: 41, onLeave: 1,
      absentNames: ["张三", "李四", "赵六"])
    let open = SummaryBuilder.build(checklist: checklist, sessions: [archives, classrooms])
    let unit = try #require(open.units.first)
    #expect(unit.openConflicts.map(\.key).contains("点名:三年级2班"))
    #expect(unit.result.state(of: "5")?.score == nil)
    #expect(unit.result.total.score == nil)
    #expect(unit.session.rollCall.map(\.label) == ["四年级1班"], "the agreed class is still listed")

    let decision = MergeDecision(
      unit: "渔沟小学", checklistID: checklist.id, key: "点名:三年级2班", chosenSessionID: "b2",
      reason: "核对了点名册", decidedBy: "张徽", time: "2021-10-28T09:00:00+08:00")
    let decided = SummaryBuilder.build(
      checklist: checklist, sessions: [archives, classrooms], decisions: [decision])
    // 籍在人不在 3 (三年级2班) + 人在籍不在 1 (王五) = 4 → 10 − 0.5 × 4 = 8.
    #expect(decided.units.first?.result.state(of: "5") == .scored(8))
  }

  @Test func aClassCountedDifferentlyIsAConflictNotASum() throws {
    let (checklist, archives, original) = try twoInspectors()
    var classrooms = original
    classrooms.rollCall[0].present = 40
    classrooms.rollCall[0].absentCount = 4
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        [archives, classrooms], checklist: checklist, decisions: []))
    #expect(conflicts.map(\.key).contains("点名:三年级2班"))
    #expect(merged.rollCall.map(\.label) == ["四年级1班"])
  }

  @Test func decisionsAreKeptInTheFolderAndAppendOnly() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-decisions-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let store = MergeDecisionStore(directory: directory)
    #expect(try store.load().isEmpty)
    let first = MergeDecision(
      unit: "渔沟小学", checklistID: "lingbi-xueji-2021", key: "录入:政策宣传", chosenSessionID: "b2",
      reason: "一",
      decidedBy: "李辉", time: "t1")
    var second = first
    second.reason = "二"
    try store.append(first)
    try store.append(second)
    #expect(try store.load() == [first, second])
    #expect(FileManager.default.fileExists(atPath: directory + "/_合并决定.json"))
    // The leader's files are not sessions.
    #expect(SessionStore(directory: directory).list().problems.isEmpty)
  }
}
