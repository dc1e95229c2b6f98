import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// `ducha merge` as a leader uses it at night: identical values grouped, each inspector's reason
/// and a readable time shown, the screen left and resumed.
@Suite struct MergeScreenTests {
  typealias T = TranscriptTests

  static func run(_ input: String, in directory: String) throws -> String {
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(input.utf8))
    try pipe.fileHandleForWriting.close()
    var lines: [String] = []
    let console = Console(
      reader: PlainLineReader(fileHandle: pipe.fileHandleForReading), write: { lines.append($0) },
      echo: true, language: .chinese, style: TerminalStyle(enabled: false))
    let flow = MergeFlow(
      console: console, checklists: checklists, directory: directory, leader: "李辉",
      now: { Date(timeIntervalSince1970: 1_635_400_000) })
    #expect(flow.run() == 0)
    return lines.joined(separator: "\n").replacingOccurrences(of: directory, with: "<第三组>")
  }

  /// Three inspectors scored 人员配备 at 渔沟小学: 李辉 and 王雷 deducted 1 (each with a reason),
  /// 张敏 deducted 2. Two choices, not three; the leader leaves, comes back and decides.
  @Test func groupedChoicesWithReasonsLeftAndResumed() throws {
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id.hasPrefix("lingbi-xueji") })
    // Letters only: a run of digits in a random name is masked as an ID number where the
    // output quotes the folder, and the expected text no longer matched it (once in a landing).
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-merge-\(UUID().uuidString.filter(\.isLetter))"
    ).path
    let store = SessionStore(directory: directory)
    for (id, inspector, deduction, reason, time) in [
      ("m1", "李辉", 1, "学籍管理员为兼职", "2021-10-27T09:05:00+08:00"),
      ("m2", "王雷", 1, "EXCEL不熟练", "2021-10-27T10:40:00+08:00"),
      ("m3", "张敏", 2, "兼职且不会操作学籍系统", "2021-10-27T14:05:00+08:00"),
    ] {
      var session = Session(
        id: id, checklist: checklist,
        unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]), group: "三组",
        inspectors: [inspector], date: "2021-10-27", year: 2021, now: time)
      session.answers.values["人员配备扣分"] = Answer(.number(Decimal(deduction)), reason: reason)
      try store.save(&session)
    }
    let first = try Self.run("退出\n", in: directory)
    #expect(first.contains("1 人员配备 · 人员配备扣分"))
    #expect(
      first.contains(
        "    1  1\n         — 李辉（10月27日 09:05），理由：学籍管理员为兼职\n         — 王雷（10月27日 10:40），理由：EXCEL不熟练"
      ))
    #expect(first.contains("    2  2\n         — 张敏（10月27日 14:05），理由：兼职且不会操作学籍系统"))
    #expect(!first.contains("    3  "), "identical values are one choice")
    #expect(first.contains("已做的选择都已保存；再运行 ducha merge 从未决的一处接着做。"))
    #expect(try MergeDecisionStore(directory: directory).load().isEmpty)

    let second = try Self.run("2\n张敏核对了任命文件\n", in: directory)
    #expect(second.contains("已记录 1 个选择"))
    let decisions = try MergeDecisionStore(directory: directory).load()
    #expect(decisions.map(\.chosenSessionID) == ["m3"])

    let third = try Self.run("", in: directory)
    #expect(third.contains("没有需要选择的不一致记录。"))
  }

  /// A leader who finds both inspectors wrong types the value, checked as an answer would be.
  @Test func aCorrectedValueWithAReason() throws {
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id.hasPrefix("lingbi-xueji") })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-merge-\(UUID().uuidString.filter(\.isLetter))"
    ).path
    let store = SessionStore(directory: directory)
    for (id, inspector, amount) in [("c1", "李辉", 15000), ("c2", "王雷", 12000)] {
      var session = Session(
        id: id, checklist: checklist,
        unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]), group: "三组",
        inspectors: [inspector], date: "2021-10-27", year: 2021, now: "2021-10-27T09:00:00+08:00")
      session.answers.values["经费实际投入"] = Answer(.number(Decimal(amount)))
      try store.save(&session)
    }
    let output = try Self.run("改 一万八\n改 1.8万\n账本上是18000元\n", in: directory)
    #expect(output.contains("    1  15000\n         — 李辉（10月27日 09:00）"))
    #expect(output.contains("✗ “一万八”省略了最后的单位"), "checked like an answer")
    let decisions = try MergeDecisionStore(directory: directory).load()
    #expect(decisions.first?.correctedValue == .number(18000))
    let loaded = SessionStore(directory: directory).list().sessions.map(\.session)
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        loaded, checklist: checklist, decisions: decisions))
    #expect(conflicts.isEmpty)
    #expect(merged.answers.values["经费实际投入"] == Answer(.number(18000), reason: "账本上是18000元"))
  }

  /// 改 works at every kind of conflict, not only answers: a roll-call row (checked to add up,
  /// the inspectors' names kept where the count matches), a registry count and a verification
  /// status, each with the leader's reason, and the merged record uses them.
  @Test func correctedRollCallRegistryAndVerification() throws {
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id.hasPrefix("lingbi-xueji") })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-merge-\(UUID().uuidString.filter(\.isLetter))"
    ).path
    let store = SessionStore(directory: directory)
    // 李辉: 45 registered, 42 + 1 on leave, 张三、李四 absent. 王雷: 45, 43 + 1, 张三 absent.
    // The class register says 41 present and 2 on leave: 45 − 2 + 0 = 41 + 2, and the two
    // absent children are 李辉's.
    for (id, inspector, present, absent, photos, status) in [
      ("r1", "李辉", 42, ["张三", "李四"], 2, VerificationStatus.complete),
      ("r2", "王雷", 43, ["张三"], 4, VerificationStatus.incomplete),
    ] {
      var session = Session(
        id: id, checklist: checklist,
        unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]), group: "三组",
        inspectors: [inspector], date: "2021-10-27", year: 2021, now: "2021-10-27T09:00:00+08:00")
      session.rollCall = [
        ClassRollCall(
          grade: "三年级", className: "2班", registered: 45, present: present, onLeave: 1,
          absentNames: absent)
      ]
      session.registry.counts["无照片"] = photos
      session.verifications["huili-taizhang"] = ["辍学学生名册": status]
      try store.save(&session)
    }
    // Leaving at the first of the three: all three are still open, not just the one shown.
    let early = try Self.run("退出\n", in: directory)
    #expect(early.contains("已记录 0 个选择，保存在 <第三组>/_合并决定.json；未决 3 个。"))
    let input = [
      "改 45 41 2 2 1", "改 45 41 2 2 0", "班主任点名册核对",
      "改 很多", "改 3", "系统里逐个查过",
      "改 丢了", "改 缺失", "名册找不到",
    ]
    let output = try Self.run(input.joined(separator: "\n") + "\n", in: directory)
    #expect(
      output.contains(
        "    采用哪一个（序号；改 学籍 实到 请假 籍在人不在 人在籍不在=更正这一行，如“改 45 42 1 2 0”；回车=暂不决定；退出=保存已做的选择，以后接着做）> 改 45 41 2 2 1"
      ))
    #expect(output.contains("✗ 这一行对不上：学籍 45 − 籍在人不在 2 + 人在籍不在 1 应等于 实到 41 + 请假 2。"))
    #expect(output.contains("✗ 请输入一个整数，如 3、15000、15,000、1.5万。"))
    #expect(output.contains("✗ 请输入 齐全、缺失 或 不全（或 1、2、3）。"))
    #expect(output.contains("已记录 3 个选择"))
    // Each inspector's row with the students they named, on the leader's own screen.
    #expect(
      output.contains(
        "    1  学籍 45，实到 42，请假 1，籍在人不在 2，人在籍不在 0\n         — 李辉（10月27日 09:00）\n           籍在人不在：张三、李四"
      ))
    #expect(
      output.contains(
        "    2  学籍 45，实到 43，请假 1，籍在人不在 1，人在籍不在 0\n         — 王雷（10月27日 09:00）\n           籍在人不在：张三"
      ))

    let decisions = try MergeDecisionStore(directory: directory).load()
    #expect(decisions.map(\.reason) == ["班主任点名册核对", "系统里逐个查过", "名册找不到"])
    let loaded = store.list().sessions.map(\.session)
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        loaded, checklist: checklist, decisions: decisions))
    #expect(conflicts.isEmpty)
    #expect(
      merged.rollCall == [
        ClassRollCall(
          grade: "三年级", className: "2班", registered: 45, present: 41, onLeave: 2,
          absentNames: ["张三", "李四"], absentCount: 2, unregisteredCount: 0)
      ])
    #expect(merged.registry.counts["无照片"] == 3)
    #expect(merged.verifications["huili-taizhang"]?["辍学学生名册"] == .missing)
    #expect(merged.figures["点名.籍在人不在"] == 2)
  }

  /// Two inspectors both read the school's cases (`案例`): the figures they read are merged like
  /// the registry's (different counts are a conflict the leader decides, here with 改), and
  /// every change each made to a case on the spot is kept.
  @Test func bothInspectorsCaseFiguresAndChangesAreMerged() throws {
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll().compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id.hasPrefix("lingbi-xueji") })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-merge-\(UUID().uuidString.filter(\.isLetter))"
    ).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    // 李辉 read the ledger at 09:10 and visited case 1; 王雷 read it at 10:30, after that visit,
    // and closed case 2 (李小红 back in 三年级2班).
    let reviews = [
      (
        "r1", "李辉",
        CaseReview(
          ledger: "Ledger/ledger.sqlite", time: "2021-10-27T09:10:00+08:00",
          counts: ["未结案": 2, "无劝返记录": 2, "逾期": 0],
          actions: [
            .init(
              caseID: 1, action: "走访", status: "劝返中", note: "监护人同意下周一返校",
              time: "2021-10-27T09:12:00+08:00")
          ])
      ),
      (
        "r2", "王雷",
        CaseReview(
          ledger: "Ledger/ledger.sqlite", time: "2021-10-27T10:30:00+08:00",
          counts: ["未结案": 2, "无劝返记录": 1, "逾期": 0],
          actions: [
            .init(
              caseID: 2, action: "复学销号", status: "已复学销号", note: "三年级2班",
              time: "2021-10-27T10:31:00+08:00")
          ])
      ),
    ]
    for (id, inspector, review) in reviews {
      var session = Session(
        id: id, checklist: checklist,
        unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]), group: "三组",
        inspectors: [inspector], date: "2021-10-27", year: 2021, now: "2021-10-27T09:00:00+08:00")
      session.cases = review
      try store.save(&session)
    }
    let loaded = store.list().sessions.map(\.session)
    let (open, openConflicts) = try #require(
      SessionMerger.merge(loaded, checklist: checklist, decisions: []))
    // Nothing silently taken: the differing count is left out and listed; the agreeing ones
    // and both inspectors' changes are kept.
    #expect(openConflicts.map(\.key) == ["案例:无劝返记录"])
    #expect(openConflicts.first?.label == "台账案例 · 无劝返记录")
    #expect(openConflicts.first?.candidates.map(\.display) == ["2", "1"])
    #expect(open.cases?.counts == ["未结案": 2, "逾期": 0])
    #expect(open.cases?.actions.map(\.caseID) == [1, 2])
    #expect(open.cases?.time == "2021-10-27T10:30:00+08:00")
    #expect(open.figures["案例.无劝返记录"] == nil)

    let output = try Self.run("改 1\n王雷读的台账在走访之后\n", in: directory)
    #expect(output.contains("台账案例 · 无劝返记录"))
    #expect(output.contains("已记录 1 个选择"))
    let decisions = try MergeDecisionStore(directory: directory).load()
    let (merged, conflicts) = try #require(
      SessionMerger.merge(
        loaded, checklist: checklist, decisions: decisions))
    #expect(conflicts.isEmpty)
    #expect(merged.cases?.counts == ["未结案": 2, "无劝返记录": 1, "逾期": 0])
    #expect(merged.figures["案例.无劝返记录"] == 1)
    #expect(merged.cases?.actions.map(\.action) == ["走访", "复学销号"])
  }
}
