import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// A bundled checklist scored through a session: figures from the roll call reach the rules
/// through `默认 点名.人籍不一致`.
@Suite struct ChecklistThroughSessionTests {
  /// `Checklists/lingbi-xueji.ducha`, whose item 5 reads
  /// `录入 人籍不一致人数 计数 默认 点名.人籍不一致` and `规则 每例扣分(人籍不一致人数, 每例=0.5)`.
  func lingbi() throws -> Checklist {
    let path = repositoryRoot.appendingPathComponent("Checklists/lingbi-xueji.ducha").path
    let (checklist, diagnostics) = ChecklistLoader.load(path: path)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    return try #require(checklist)
  }

  func session(_ checklist: Checklist) -> Session {
    Session(
      id: "7f3a9c2e", checklist: checklist,
      unit: Session.Unit(name: "渔沟中学", kind: .school, stages: [.primary, .junior]),
      group: nil, inspectors: ["李明"], date: "2021-11-05", year: 2021,
      now: "2021-11-05T09:12:30+08:00")
  }

  @Test func rollCallScoresItemFiveThroughTheDefault() throws {
    let checklist = try lingbi()
    var session = session(checklist)
    session.rollCall = twoClasses  // 籍在人不在 2 + 人在籍不在 1 = 人籍不一致 3
    #expect(session.answers.values["人籍不一致人数"] == nil)

    let result = session.evaluate(checklist)

    let item = try #require(result.allItems.first { $0.id == "5" })
    #expect(item.maxPoints == 10)
    #expect(item.state == .scored(d("8.5")))  // 10 − 0.5 × 3
    #expect(item.deductions.map(\.amount) == [d("1.5")])
  }

  @Test func recordedAnswerOverridesTheRollCall() throws {
    let checklist = try lingbi()
    var session = session(checklist)
    session.rollCall = twoClasses
    session.answers.values["人籍不一致人数"] = Answer(.number(1), reason: "王五已办转入，系统未同步")

    let state = session.evaluate(checklist).state(of: "5")
    #expect(state == .scored(d("9.5")))  // 10 − 0.5 × 1
  }

  @Test func withoutRollCallItemFiveIsPendingNotFull() throws {
    let checklist = try lingbi()
    let state = session(checklist).evaluate(checklist).state(of: "5")
    guard case .pending = state else {
      Issue.record("item 5 without roll call should be pending, is \(String(describing: state))")
      return
    }
  }

  @Test func sessionSurvivesTheStoreBeforeScoring() throws {
    let checklist = try lingbi()
    var original = session(checklist)
    original.rollCall = twoClasses
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    try store.save(&original)

    let loaded = try SessionStore.load(path: store.path(for: original))

    #expect(loaded.checklistID == checklist.id)
    #expect(loaded.evaluate(checklist).state(of: "5") == .scored(d("8.5")))
  }
}
