import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Session files are checked against their checklist on load: a hand-edited or damaged value is
/// reported with its field and never scored; its item is 待定 with that reason.
@Suite struct SessionCheckTests {
  let through = ChecklistThroughSessionTests()

  @Test func optionNotInTheListAndOutOfRangeValuesMakeTheirItemsPending() throws {
    let checklist = try through.lingbi()
    var session = through.session(checklist)
    session.answers.values["政策宣传"] = Answer(.choice("很好"))  // not an option (item 11)
    session.answers.values["人员配备扣分"] = Answer(.number(d("12")), reason: "x")  // 酌情 0..10 (item 1)
    session.answers.values["重复学籍数"] = Answer(.number(d("-3")))  // a negative count (item 7.x)
    session.answers.values["跨省业务扣分"] = Answer(.number(d("2")), reason: "y")  // fine

    let findings = session.findings(against: checklist)
    #expect(
      findings.map(\.field).sorted() == [
        "answers.values.人员配备扣分", "answers.values.政策宣传", "answers.values.重复学籍数",
      ])
    #expect(findings.first { $0.field.hasSuffix("政策宣传") }?.value == "很好")

    let result = session.evaluate(checklist)
    for name in ["政策宣传", "人员配备扣分", "重复学籍数"] {
      let itemID = try #require(checklist.inputs[name]?.itemID)
      let item = try #require(result.allItems.first { $0.id == itemID })
      guard case .pending(let reasons) = item.state else {
        Issue.record("item \(itemID) (\(name)) is \(item.state), not 待定")
        continue
      }
      #expect(reasons.first?.zh.contains("answers.values.\(name)") == true, "\(reasons)")
    }
    let fine = try #require(result.allItems.first { $0.id == checklist.inputs["跨省业务扣分"]?.itemID })
    #expect(fine.state == .scored(d("3")))  // 5 − 2
  }

  @Test func absurdRollCallIsReportedAndItsItemsPendingWithoutTrapping() throws {
    let checklist = try through.lingbi()
    var session = through.session(checklist)
    session.rollCall = twoClasses
    session.rollCall[1].present = Int.max  // 实到人数 9223372036854775807, then another class
    #expect(session.figureFindings.map(\.field) == ["rollCall[1].present"])
    #expect(session.figureFindings.first?.value == "922337************7")
    #expect(session.figures["点名.实到人数"] == nil)
    #expect(session.rollCall.saturatingSum(\.registered) == 85)  // 45 + 40
    _ = session.rollCall.saturatingSum(\.actual)  // no trap

    let item5 = try #require(session.evaluate(checklist).allItems.first { $0.id == "5" })
    guard case .pending(let reasons) = item5.state else {
      Issue.record("item 5 is \(item5.state)")
      return
    }
    #expect(reasons.first?.zh.contains("rollCall[1].present = 922337************7") == true)
  }

  @Test func duplicateKeysAndUnknownFieldsAreRefusedNamingTheField() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = String(decoding: try SessionStore.encode(try fullSession()), as: UTF8.self)
    // Says version 3 twice, the second time 2: Foundation would take one silently.
    let doubled = directory + "/doubled.json"
    try Data(
      text.replacingOccurrences(
        of: #""formatVersion" : 3,"#, with: #""formatVersion" : 3, "formatVersion" : 2,"#
      ).utf8
    ).write(to: URL(fileURLWithPath: doubled))
    #expect(throws: SessionStore.LoadError.duplicateKey(path: doubled, field: "formatVersion")) {
      try SessionStore.load(path: doubled)
    }
    // A field this version does not know would be dropped on the next save: refused.
    let unknown = directory + "/unknown.json"
    try Data(
      text.replacingOccurrences(of: #""group" : "#, with: #""photos" : ["a.jpg"], "group" : "#)
        .utf8
    ).write(to: URL(fileURLWithPath: unknown))
    #expect(throws: SessionStore.LoadError.unknownField(path: unknown, field: "photos")) {
      try SessionStore.load(path: unknown)
    }
    let listed = SessionStore(directory: directory).list()
    #expect(listed.sessions.isEmpty)
    #expect(listed.problems.count == 2)
    #expect(listed.problems.allSatisfy { $0.message.zh.contains("文件没有改动") })
  }
}

/// Dates written in a session file by hand: a day that does not exist is a finding that names
/// the field, and scores nothing differently; real days pass.
@Suite struct SessionDateCheckTests {
  let through = ChecklistThroughSessionTests()

  @Test func aSessionDateThatNamesNoDayIsAFindingThatLeavesEveryItemAsItWas() throws {
    let checklist = try through.lingbi()
    var session = through.session(checklist)
    let scored = session.evaluate(checklist).allItems.map(\.state)
    #expect(session.findings(against: checklist).isEmpty)
    session.date = "2021-10-32"
    let findings = session.findings(against: checklist)
    #expect(findings.map(\.field) == ["date"])
    #expect(findings.first?.value == "2021-10-32")
    #expect(findings.first?.leavesItemsPending == false)
    #expect(session.evaluate(checklist).allItems.map(\.state) == scored, "a date scores no item")
  }

  @Test func aDateAnswerThatNamesNoDayIsRefusedLikeAnyOtherValue() throws {
    let (checklist, _) = ChecklistLoader.load(
      source: SourceText(
        file: "t.ducha",
        text: """
          清单 t-2021
          标题：整改期限
          对象：学校
          总分：1
          部分 一 整改 1分
          条目 1 整改期限 1分
            录入 期限 日期
            录入 按期 是否
            规则 判定(按期)
          """))
    let form = try #require(checklist)
    var session = through.session(form)
    session.answers.values["期限"] = Answer(.date("2021-02-29"))
    #expect(session.findings(against: form).map(\.field) == ["answers.values.期限"])
    session.answers.values["期限"] = Answer(.date("2020-02-29"))
    #expect(session.findings(against: form).isEmpty)
  }

  @Test(arguments: [
    ("2021-10-27", true), ("2020-02-29", true), ("2000-02-29", true), ("2021-12-31", true),
    ("2021-10-32", false), ("2021-02-29", false), ("1900-02-29", false), ("2021-13-01", false),
    ("2021-00-10", false), ("2021-10-00", false), ("2021-1-05", false), ("2021/10/27", false),
    ("2021-10-27 ", false), ("２０２１-10-27", false), ("", false),
  ])
  func writtenDates(_ text: String, _ real: Bool) {
    #expect(CalendarDay.isWritten(text) == real, "\(text)")
  }
}
