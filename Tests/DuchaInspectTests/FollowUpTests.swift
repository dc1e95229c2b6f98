import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// 回头看: from a signed problem list back to the school, and the summary's before/after.
@Suite struct FollowUpTests {
  typealias T = TranscriptTests

  /// The first inspection: the complete 灵璧 walk (84.5) in a new folder, its problem list built
  /// and signed by 张徽; returns the folder, the bundled checklists and 渔沟小学's open problems.
  static func signedFirstInspection() throws -> (
    folder: String, checklists: [Checklist], open: [ProblemList.Entry]
  ) {
    let first = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-first-\(UUID())"
    ).path
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("lingbi-walk.input"), encoding: .utf8)
    _ = try T.run(input: input, options: T.lingbiOptions, sessions: first)
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll()
      .compactMap(\.checklist)
    let checklist = try #require(checklists.first { $0.id == "lingbi-xueji-2021" })
    let (sessions, _) = SessionFolder.load([first])
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    var list = ProblemListBuilder.build(summary)
    try list.sign(by: "张徽", time: "2021-10-30T16:00:00+08:00")
    try ProblemListStore(directory: first).save(list)
    let open = list.activeEntries.filter { $0.unit == "渔沟小学" }
    #expect(open.count >= 2)
    return (first, checklists, open)
  }

  /// 回头看 of 渔沟小学 from `first`, read from `reader` and saved in `later` as session `id`
  /// (fixed clock, 李辉 on 2021-12-20): the walk the durability tests cut short.
  static func followUp(
    reading reader: LineReader, from first: String, checklists: [Checklist], into later: String,
    id: String
  ) {
    let console = Console(
      reader: reader, write: { _ in }, echo: true, language: .chinese,
      style: TerminalStyle(enabled: false))
    let repl = InspectionREPL(
      console: console,
      environment: REPLEnvironment(
        checklists: checklists, store: SessionStore(directory: later),
        now: { Date(timeIntervalSince1970: 1_640_000_000) }, makeID: { id }))
    _ = repl.runFollowUp(
      folder: first, unit: "渔沟小学", options: InspectOptions(inspectors: ["李辉"], date: "2021-12-20"))
  }

  @Test func followUpRechecksOpenProblemsAndCarriesLastYearsValues() throws {
    let (first, checklists, open) = try Self.signedFirstInspection()

    // The follow-up: first problem rectified with evidence, the rest not; then leave.
    var answers = ["是", "转学手续复印件.pdf"]
    for _ in open.dropFirst() { answers += ["否", ""] }
    let (later, output) = try Self.followUp(
      first, checklists: checklists, answers: answers + ["退出"], id: "fu01")
    #expect(output.contains("回头看：渔沟小学，上次检查 2021-10-27，总分 84.5；未整改的问题 \(open.count) 条。"))
    #expect(output.contains("问题复查完毕：已整改 1 条，未整改 \(open.count - 1) 条。"))

    let session = try #require(SessionStore(directory: later).list().sessions.first?.session)
    let record = try #require(session.followUp)
    #expect(record.previousTotal == Decimal(string: "84.5")!)
    #expect(
      record.checks.map(\.rectified) == [true] + Array(repeating: false, count: open.count - 1))
    #expect(record.checks.first?.evidence == "转学手续复印件.pdf")
    // Last inspection's values, including those taken from the roll call, become 上年.*.
    #expect(session.previousValues["人籍不一致人数"] == 3)
    #expect(session.previousValues["经费实际投入"] == 15000)

    // The signed list records the results as amendments.
    let updated = try ProblemListStore(directory: first).load()
    #expect(updated.entries.first { $0.number == open[0].number }?.status == .rectified)
    let followUps = updated.history.filter { $0.action.hasPrefix("回头看") }
    #expect(followUps.count == open.count)
    #expect(followUps.allSatisfy { $0.amendment })
    #expect(updated.signature?.name == "张徽")
  }

  /// Field trial: the leader answered 已整改 and typed 未整改 again at the evidence (a script a
  /// line short): it was recorded as the evidence of a problem marked rectified. An answer to
  /// 已整改？ at the evidence is now asked about; 否 asks for the evidence again.
  @Test func anAnswerTypedAtTheEvidenceIsAskedAbout() throws {
    let (first, checklists, open) = try Self.signedFirstInspection()
    var answers = ["已整改", "未整改", "否", "转学手续复印件.pdf", "否", "是", "是"]
    for _ in open.dropFirst(2) { answers += ["否", ""] }
    let (later, output) = try Self.followUp(
      first, checklists: checklists, answers: answers + ["退出"], id: "fu02")
    #expect(
      output.contains(
        "  证据（照片或材料名称）（回车=不填）> 未整改\n  “未整改”像是对“已整改？”的回答，不是证据。仍然把它记作证据吗？（是/否，否=重新输入）> 否\n  证据（照片或材料名称）（回车=不填）> 转学手续复印件.pdf"
      ), "\(output)")
    let session = try #require(SessionStore(directory: later).list().sessions.first?.session)
    let checks = try #require(session.followUp?.checks)
    #expect(checks.first?.rectified == true)
    #expect(checks.first?.evidence == "转学手续复印件.pdf")
    // Kept when the leader says so: 是 as the evidence of the second problem.
    #expect(checks.dropFirst().first?.rectified == false)
    #expect(checks.dropFirst().first?.evidence == "是")
  }

  /// 李辉's 回头看 of 渔沟小学 on 2021-12-20 from `first`, answering `answers`; the folder its
  /// session went to, and what was printed.
  static func followUp(
    _ first: String, checklists: [Checklist], answers: [String], id: String
  ) throws -> (later: String, output: String) {
    let later = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-later-\(UUID())"
    ).path
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(answers.joined(separator: "\n").appending("\n").utf8))
    try pipe.fileHandleForWriting.close()
    var lines: [String] = []
    let console = Console(
      reader: PlainLineReader(fileHandle: pipe.fileHandleForReading), write: { lines.append($0) },
      echo: true,
      language: .chinese, style: TerminalStyle(enabled: false))
    let repl = InspectionREPL(
      console: console,
      environment: REPLEnvironment(
        checklists: checklists, store: SessionStore(directory: later),
        now: { Date(timeIntervalSince1970: 1_640_000_000) },
        makeID: { id }))
    let status = repl.runFollowUp(
      folder: first, unit: "渔沟小学", options: InspectOptions(inspectors: ["李辉"], date: "2021-12-20"))
    #expect(status == 0)
    return (later, lines.joined(separator: "\n"))
  }
}
