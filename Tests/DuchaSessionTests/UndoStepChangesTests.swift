import DuchaChecklist
import DuchaSession
import Testing

/// `UndoStep` keeps, for every answer an action added, changed or removed, the answer as it was
/// before (nil where there was none), and nothing for answers left alone.
struct UndoStepChangesTests {
  @Test func addedChangedAndRemovedAnswersAreKeptAsTheyWere() throws {
    var before = try emptySession()
    before.answers.values = [
      "人员配备扣分": Answer(.number(d("2")), reason: "专职人员缺1名"),
      "小学入学率": Answer(.number(d("99.3"))),
      "宣传": Answer(.choice("仅有资料")),
    ]
    before.answers.statuses = ["1.1": .complete]
    var after = before
    after.answers.values["人员配备扣分"] = Answer(.number(d("0")))
    after.answers.values["宣传"] = nil
    after.answers.values["专用电脑能上网"] = Answer(.bool(true))
    after.answers.statuses["1.2"] = .missing
    let step = try #require(UndoStep(what: "改", time: "t", before: before, after: after))
    let values = try #require(step.values)
    #expect(values.count == 3)
    #expect(values["人员配备扣分"] == .some(Answer(.number(d("2")), reason: "专职人员缺1名")))
    #expect(values["宣传"] == .some(Answer(.choice("仅有资料"))))
    #expect(values["专用电脑能上网"] == .some(nil))
    #expect(values["小学入学率"] == nil)
    #expect(step.statuses == ["1.2": nil])

    var undone = after
    step.undo(in: &undone)
    #expect(undone.answers == before.answers)
  }

  @Test func anUnchangedSessionMakesNoStep() throws {
    var session = try emptySession()
    session.answers.values = ["小学入学率": Answer(.number(d("99.3")))]
    #expect(UndoStep(what: "改", time: "t", before: session, after: session) == nil)
  }
}
