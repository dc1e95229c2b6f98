import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// A save writes the session field by field, each field's bytes kept from the last save while it
/// does not change (`SessionFieldBytes`). The file must be exactly what JSONEncoder writes for
/// the whole session, at the first save and at every save after.
@Suite struct SessionFieldBytesTests {
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The bytes `SessionStore.encode` and JSONEncoder write, and those of the field-wise encoder
  /// with `cache`, are all the same.
  static func expectSame(
    _ session: Session, _ cache: SessionFieldBytes, _ what: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let whole = try encoder.encode(session)
    let fieldwise = try SessionStore.encode(session, reusing: cache)
    #expect(fieldwise == whole, "\(what)", sourceLocation: sourceLocation)
    if fieldwise != whole {
      let (a, b) = (
        String(decoding: fieldwise, as: UTF8.self), String(decoding: whole, as: UTF8.self)
      )
      let same = zip(a, b).prefix { $0 == $1 }.count
      Issue.record(
        "first difference at \(same): \(a.dropFirst(same).prefix(80)) / \(b.dropFirst(same).prefix(80))"
      )
    }
  }

  /// A field added to `Session` must be added to the list, or the save would leave it out.
  @Test func theFieldsAreEveryPropertyOfSession() throws {
    let labels = Mirror(reflecting: try fullSession()).children.compactMap(\.label)
    let keys = SessionFieldBytes.fields.map { String(decoding: $0.key, as: UTF8.self) }
    #expect(Set(keys + ["undoLog"]) == Set(labels))
    #expect(keys.count + 1 == labels.count)
    #expect(SessionFieldBytes.order.count == labels.count)
  }

  @Test func everyFixtureIsWrittenAsJSONEncoderWritesIt() throws {
    let lingbi = try JSONDecoder().decode(
      Session.self, from: try SessionFastReadTests.sessionBytes())
    var masked = try fullSession()
    masked.maskedCopy = true
    masked.verificationSizes = ["huili-taizhang": 2]
    masked.year = nil
    masked.group = nil
    masked.cursor = nil
    for (what, session) in [
      ("empty", try emptySession()), ("full", try fullSession()), ("lingbi", lingbi),
      ("masked", masked),
    ] {
      let cache = SessionFieldBytes()
      try Self.expectSame(session, cache, "\(what), first save")
      try Self.expectSame(session, cache, "\(what), again")
    }
  }

  /// One cache through a long run of changes to every field, as saves of a walk (and of other
  /// sessions through the same store) make them.
  @Test func everySaveOfAChangingSessionIsWrittenAsJSONEncoderWritesIt() throws {
    let cache = SessionFieldBytes()
    let lingbi = try JSONDecoder().decode(
      Session.self, from: try SessionFastReadTests.sessionBytes())
    var session = lingbi
    let texts = [
      "2021-10-27T09:00:00+08:00", "引号\"与反斜杠\\、斜杠/", "制表\t回车\r响铃\u{7}\u{1F}", "", "a\u{7F}b",
      "表情👨‍👩‍👧 e\u{301} \u{2028}", "plain / ascii ~",
    ]
    for number in 0..<(Session.undoLimit + 12) {
      var next = session
      let text = texts[number % texts.count]
      switch number % 12 {
      case 0:
        next.answers.values["人员配备扣分"] = Answer(.number(Decimal(number % 7)), reason: text)
      case 1: next.skipped.append(text)
      case 2: next.problems.append(Problem(itemID: "1", description: text, time: "t"))
      case 3: next.answers.values["人员配备扣分"] = nil
      case 4: next.acceptedDefaults.append("学籍差额")
      case 5: next.notes["1", default: []].append(ItemNote(kind: .note, text: text, time: "t"))
      case 6: next.rollCall = number % 2 == 0 ? twoClasses : []
      default: break
      }
      if let step = UndoStep(
        what: "第 \(number) 步：\(text)", time: "2021-10-27T09:\(number)", before: session, after: next
      ) {
        next.recordUndo(step)
      }
      session = next
      session.updatedAt = text.isEmpty ? "2021-10-27T10:\(number)" : text
      session.cursor = number % 5 == 0 ? nil : number % 5 == 1 ? text : "\(number)"
      session.saveSequence = number % 9 == 0 ? nil : number
      session.year = number % 8 == 0 ? nil : 2021 - number
      session.group = number % 6 == 0 ? nil : text
      session.maskedCopy = number % 10 == 0 ? true : nil
      session.status = number % 4 == 0 ? .complete : .inProgress
      if number % 11 == 0 { session.inspectedChecklist?.source = text }
      if number % 13 == 0 { session.undoLog = nil }
      if number % 17 == 0 { _ = session.undoLast() }
      try Self.expectSame(session, cache, "save \(number)")
      // Another session saved through the same store in between: its own fields, then back.
      if number % 7 == 0 {
        try Self.expectSame(try fullSession(), cache, "full, between \(number)")
        try Self.expectSame(session, cache, "save \(number), after another session")
      }
    }
  }

  /// An undo step whose text is only canonically equal to one saved before is written from its
  /// own bytes, not taken for the other.
  @Test func anUndoStepInAnotherNormalizationFormIsWrittenFromItsOwnBytes() throws {
    let cache = SessionFieldBytes()
    var session = try emptySession()
    let composed = try #require(
      UndoStep(
        what: "caf\u{E9}", time: "t", before: session,
        after: {
          var after = session; after.skipped = ["1"]; return after
        }()))
    var decomposed = composed
    decomposed.what = "cafe\u{301}"
    #expect(composed == decomposed, "Swift takes the two for the same")
    session.undoLog = [composed]
    try Self.expectSame(session, cache, "composed")
    session.undoLog = [decomposed]
    try Self.expectSame(session, cache, "decomposed, after composed")
  }
  /// Answers of every kind, written one at a time from the bytes kept per answer
  /// (`AnswersFieldBytes`): each save as JSONEncoder writes the whole session, whatever the
  /// names (their sorted order is JSONEncoder's, not byte order), values and reasons.
  @Test func everyKindOfAnswerIsWrittenAsJSONEncoderWritesIt() throws {
    let cache = SessionFieldBytes()
    var session = try emptySession()
    let numbers = [
      "0", "2", "8.5", "-3", "0.001", "1234567.89", "100", "-0.5", "1e30", "0.10",
      "99999999999999999999",
      "3.14159265358979323846",
    ].compactMap { Decimal(string: $0) }
    let texts = [
      "专职人员缺1名", "仅有资料", "引号\"", "反斜杠\\", "斜杠/", "制表\t", "", "a\u{7F}b", "e\u{301}", "行\u{2028}分",
      "表情👨‍👩‍👧", "plain ascii ~",
    ]
    let names = ["人员配备扣分", "Item10", "item2", "学籍差额", "a/b", "无照片人数", "ITEM1", "é"]
    let values: [AnswerValue] =
      numbers.map { .number($0) } + [
        .bool(true), .bool(false), .multiple([]), .multiple(["甲", "乙"]),
      ]
      + texts.map { .choice($0) } + texts.map { .text($0) } + [.date("2021-10-27")]
      + [.verification(["张三": .missing, "李四": .incomplete]), .verification([:])]
    for number in 0..<(values.count * 2) {
      let name = names[number % names.count]
      let before = session
      if number % 9 == 8 {
        session.answers.values[name] = nil
      } else {
        let reason = number % 3 == 0 ? nil : texts[number % texts.count]
        session.answers.values[name] = Answer(values[number % values.count], reason: reason)
      }
      // Its undo step, as the walk records it (one answer's value before, or null).
      let what = "\(name)：\(texts[(number + 1) % texts.count])"
      if let step = UndoStep(
        what: what, time: "2021-10-27T09:\(number)", before: before, after: session)
      {
        session.recordUndo(step)
      }
      if number % 10 == 4 { session.answers.figures["点名.实到人数"] = Decimal(number) }
      if number % 10 == 7 { session.answers.statuses["1-\(number)"] = .complete }
      if number == 30 { session.answers = Answers() }
      try Self.expectSame(session, cache, "answer \(number)")
    }
  }
}
