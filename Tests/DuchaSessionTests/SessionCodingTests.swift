import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@Suite struct SessionCodingTests {
  @Test func roundTripKeepsEveryAnswerKindAndExactDecimals() throws {
    var session = try fullSession()
    session.answers.values["巩固率"] = Answer(.number(d("0.1")))
    session.answers.figures["点名.人籍不一致"] = d("3")
    session.previousValues["巩固率"] = d("99.95")

    let decoded = try JSONDecoder().decode(Session.self, from: try SessionStore.encode(session))

    #expect(decoded == session)
    // Each kind by itself, so a failure names the kind that did not survive.
    let values = decoded.answers.values
    #expect(values["巩固率"]?.value == .number(d("0.1")))
    #expect(values["小学入学率"]?.value == .number(d("99.3")))
    #expect(values["人员配备扣分"] == Answer(.number(d("0.5")), reason: "专人负责，但不熟悉 EXCEL"))
    #expect(values["专用电脑能上网"]?.value == .bool(true))
    #expect(values["宣传"]?.value == .choice("仅有资料"))
    #expect(values["已配器材"]?.value == .multiple(["激光打印机"]))
    #expect(values["检查日期"]?.value == .date("2021-11-05"))
    #expect(values["情况说明"]?.value == .text("学籍管理员兼任教务"))
    #expect(values["台账"]?.value == .verification(["入学通知书存根": .missing, "辍学学生名册": .incomplete]))
    #expect(decoded.previousValues["巩固率"] == d("99.95"))
    // Exact decimals: 0.1 read back is the decimal 0.1, so 0.1 + 0.2 is 0.3, not 0.30000000000000004.
    if case .number(let tenth) = try #require(values["巩固率"]).value {
      #expect(tenth + d("0.2") == d("0.3"))
      #expect("\(tenth)" == "0.1")
    } else {
      Issue.record("巩固率 is not a number")
    }
  }

  @Test func jsonIsReadableWithNumbersAsJSONNumbers() throws {
    var session = try fullSession()
    session.answers.values["巩固率"] = Answer(.number(d("0.1")))
    let text = String(decoding: try SessionStore.encode(session), as: UTF8.self)

    #expect(text.contains(#""number" : 99.3"#))
    #expect(text.contains(#""number" : 0.1"#))
    #expect(text.contains(#""小学入学率" : 99.6"#))
    #expect(text.contains(#""formatVersion" : 3"#))
    #expect(text.contains(#""status" : "已完成""#))
    #expect(text.contains(#""kind" : "学校""#))
    #expect(text.contains(#""bool" : true"#))
    #expect(text.contains(#""choice" : "仅有资料""#))
    #expect(text.contains(#""入学通知书存根" : "缺失""#))
    // Chinese is written as is, not as \u escapes; the masked ID is stored, the full one is not.
    #expect(!text.contains(#"\u"#))
    #expect(text.contains("110105***********X"))
    #expect(!text.contains("11010519491231002X"))
    // Not binary floating point.
    #expect(!text.contains("99.29999"))
    #expect(!text.contains("0.1000000"))
  }

  @Test func statusIsWrittenInChinese() throws {
    var session = try emptySession()
    #expect(session.status == .inProgress)
    var text = String(decoding: try SessionStore.encode(session), as: UTF8.self)
    #expect(text.contains(#""status" : "进行中""#))
    session.status = .complete
    text = String(decoding: try SessionStore.encode(session), as: UTF8.self)
    #expect(text.contains(#""status" : "已完成""#))
  }

  @Test func newSessionStartsAtTheFirstItemWithCurrentVersion() throws {
    let session = try emptySession()
    #expect(session.formatVersion == 3)
    #expect(Session.currentFormatVersion == 3)
    #expect(session.cursor == "1")
    #expect(session.checklistID == "lingbi-xueji-2021")
    #expect(session.createdAt == session.updatedAt)
    #expect(session.year == 2021)
  }

  @Test func answerWithTwoTypeKeysIsRejected() throws {
    let json = Data(#"{"number": 1, "text": "x"}"#.utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnswerValue.self, from: json) }
  }

  /// The example in docs/session-format.md is exactly what the encoder writes for
  /// `fullSession()`, so the documentation cannot drift from the format.
  @Test func documentedExampleIsCurrent() throws {
    let path = repositoryRoot.appendingPathComponent("docs/session-format.md").path
    let document = String(decoding: try bytes(path), as: UTF8.self)
    let start = try #require(document.range(of: "```json\n"), "no ```json block in \(path)")
    let end = try #require(document.range(of: "\n```", range: start.upperBound..<document.endIndex))
    let example = String(document[start.upperBound..<end.lowerBound])

    let expected = String(decoding: try SessionStore.encode(try fullSession()), as: UTF8.self)
    if example != expected {
      let fresh = NSTemporaryDirectory() + "session-format-example.json"
      try Data(expected.utf8).write(to: URL(fileURLWithPath: fresh))
      Issue.record(
        "the example in docs/session-format.md is out of date; the current encoding is in \(fresh)")
    }
    #expect(try JSONDecoder().decode(Session.self, from: Data(example.utf8)) == fullSession())
  }
}

@Suite("A session carries its checklist (format 3)")
struct InspectedChecklistTests {
  @Test("a new session records the checklist's id, hash and whole text, and scores from it")
  func recordedAtStart() throws {
    let session = try fullSession()
    let recorded = try #require(session.inspectedChecklist)
    #expect(recorded.id == session.checklistID)
    #expect(recorded.contentHash == ContentHash.of(recorded.source))
    #expect(recorded.source.hasPrefix("清单 lingbi-xueji-2021\n"))
    let checklist = try #require(recorded.load(sessionPath: "x.json").0)
    #expect(checklist.id == "lingbi-xueji-2021")
    #expect(checklist.contentHash == recorded.contentHash)
  }

  @Test("scored with the recorded version; a different library version is named; --rescore")
  func resolution() throws {
    let session = try fullSession()
    let recorded = try #require(session.inspectedChecklist)
    let same = try #require(recorded.load(sessionPath: "x.json").0)
    let changedText = recorded.source.replacingOccurrences(of: "每例=0.5", with: "每例=1")
    let changed = try #require(
      ChecklistLoader.load(source: SourceText(file: "Checklists/small.ducha", text: changedText)).0)

    let nothing = SessionChecklist.resolve(session, path: "x.json", library: [], rescore: false)
    #expect(nothing.checklist?.contentHash == recorded.contentHash)
    #expect(nothing.note == nil)

    let identical = SessionChecklist.resolve(
      session, path: "x.json", library: [same], rescore: false)
    #expect(identical.note == nil)

    let differs = SessionChecklist.resolve(
      session, path: "x.json", library: [changed], rescore: false)
    #expect(differs.checklist?.contentHash == recorded.contentHash)
    let short = ContentHash.short(recorded.contentHash)
    let newShort = ContentHash.short(changed.contentHash)
    #expect(
      differs.note?.zh
        == "清单“lingbi-xueji-2021”：现在的 Checklists/small.ducha（\(newShort)）与检查时的版本（\(short)）不同；按检查时的版本计分。要按现在的版本重新计分，加 --rescore。"
    )
    let rescored = SessionChecklist.resolve(
      session, path: "x.json", library: [changed], rescore: true)
    #expect(rescored.checklist?.contentHash == changed.contentHash)

    var old = session
    old.inspectedChecklist = nil
    let missing = SessionChecklist.resolve(old, path: "old.json", library: [], rescore: false)
    #expect(missing.checklist == nil)
    #expect(missing.problem?.zh.hasPrefix("找不到清单“lingbi-xueji-2021”") == true)
  }
}
