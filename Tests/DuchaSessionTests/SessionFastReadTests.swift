import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// `SessionStore.load` cuts the embedded checklist text out before decoding (the fast path).
/// It must give the very session the whole-file path gives, and on every damaged file the
/// whole-file path's message.
@Suite struct SessionFastReadTests {
  /// A real session of a bundled checklist, as ducha writes it.
  static func sessionBytes() throws -> Data {
    let file = try #require(BundledChecklists.files.first { $0.name == "lingbi-xueji.ducha" })
    let checklist = try #require(file.load().0)
    var session = Session(
      id: "0ddf8dc2", checklist: checklist,
      unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]), group: "三组",
      inspectors: ["李辉"], date: "2021-10-27", year: 2021, now: "2021-10-27T09:00:00+08:00")
    session.answers.values = ["人员配备扣分": Answer(.number(d("1")), reason: "兼职")]
    session.saveSequence = 4
    return try SessionStore.encode(session)
  }

  static func both(_ data: Data) -> (
    Result<Session, SessionStore.LoadError>, Result<Session, SessionStore.LoadError>
  ) {
    func run(_ fast: Bool) -> Result<Session, SessionStore.LoadError> {
      do throws(SessionStore.LoadError) {
        return .success(try SessionStore.read(data, path: "f.json", fast: fast))
      } catch {
        return .failure(error)
      }
    }
    return (run(true), run(false))
  }

  @Test func theFastPathFindsTheEmbeddedTextAndReadsTheSameSession() throws {
    let data = try Self.sessionBytes()
    let range = try #require(
      [UInt8](data).withUnsafeBufferPointer { SessionFastRead.embeddedSourceRange(in: $0) })
    #expect(range.count > 10_000, "the checklist's text is most of the file")
    let (fast, whole) = Self.both(data)
    let session = try fast.get()
    #expect(session == (try whole.get()))
    #expect(session == (try JSONDecoder().decode(Session.self, from: data)))
    #expect(session.inspectedChecklist?.source.contains("清单 lingbi-xueji-2021") == true)
  }

  @Test func everySessionTheFixturesBuildReadsTheSameBothWays() throws {
    for session in [try emptySession(), try fullSession()] {
      let data = try SessionStore.encode(session)
      let (fast, whole) = Self.both(data)
      #expect(try fast.get() == whole.get())
      #expect(try fast.get() == session)
    }
  }

  /// Damage inside and around the embedded text: each file gets the whole-file path's message.
  @Test func damagedFilesGetTheSameMessageBothWays() throws {
    let text = try #require(String(data: try Self.sessionBytes(), encoding: .utf8))
    let damaged: [(String, String)] = [
      ("an escape in the text", text.replacingOccurrences(of: "清单 lingbi", with: "清单\\n lingbi")),
      ("a bad escape", text.replacingOccurrences(of: "清单 lingbi", with: "清单\\q lingbi")),
      ("a raw line break", text.replacingOccurrences(of: "清单 lingbi", with: "清单\n lingbi")),
      ("a truncated file", String(text.prefix(text.count / 2))),
      (
        "an unknown field beside the text",
        text.replacingOccurrences(
          of: "\"source\" :", with: "\"extra\" : 1,\n    \"source\" :")
      ),
      (
        "a duplicate key beside the text",
        text.replacingOccurrences(
          of: "\"source\" :", with: "\"id\" : \"x\",\n    \"source\" :")
      ),
      (
        "the text as a number",
        text.replacing(#/"source" : "(?:[^"\\]|\\.)*"/#, with: "\"source\" : 7")
      ),
      ("no text at all", text.replacing(#/,\s*"source" : "(?:[^"\\]|\\.)*"/#, with: "")),
      (
        "a newer format",
        text.replacingOccurrences(of: "\"formatVersion\" : 3", with: "\"formatVersion\" : 9")
      ),
      (
        "the text's quote closed early",
        text.replacingOccurrences(of: "清单 lingbi", with: "清单\" lingbi")
      ),
      (
        "a source key elsewhere",
        text.replacingOccurrences(
          of: "\"unit\" : {", with: "\"unit\" : {\n    \"source\" : \"x\",")
      ),
    ]
    for (what, variant) in damaged {
      let (fast, whole) = Self.both(Data(variant.utf8))
      switch (fast, whole) {
      case (.success(let a), .success(let b)): #expect(a == b, "\(what)")
      case (.failure(let a), .failure(let b)): #expect(a == b, "\(what)")
      default: Issue.record("\(what): fast \(fast), whole \(whole)")
      }
    }
    // The cases above are not all accepted by both: the check compares real errors.
    let bad = damaged.filter { (try? SessionStore.read(Data($0.1.utf8), path: "f.json")) == nil }
    #expect(bad.count >= 8)
  }

  /// The encoder splices the embedded text, escaped once, into the rest: the bytes must be
  /// exactly what JSONEncoder writes for the whole session, whatever the text holds.
  @Test func savedBytesAreExactlyJSONEncodersWhateverTheTextHolds() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let plain = try JSONDecoder().decode(Session.self, from: try Self.sessionBytes())
    let texts = [
      plain.inspectedChecklist?.source ?? "", "引号\"与反斜杠\\、斜杠/、制表\t、回车\r、响铃\u{7}、\u{1F}",
      "表情👨‍👩‍👧 e\u{301} \u{2028} \u{FEFF}", "x",
    ]
    for text in texts {
      var session = plain
      session.inspectedChecklist?.source = text
      // Twice: the second save of the same text comes from the cache.
      for _ in 0..<2 {
        let spliced = try SessionStore.encode(session)
        #expect(spliced == (try encoder.encode(session)), "\(text.prefix(20))")
        let (fast, whole) = Self.both(spliced)
        #expect(try fast.get() == session)
        #expect(try whole.get() == session)
      }
    }
  }

  /// The undo log is spliced too, each step encoded once: the bytes must be JSONEncoder's for
  /// logs of every length, with and without the embedded text, whatever the steps hold.
  @Test func savedBytesAreJSONEncodersWithUndoLogsOfEveryLength() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let plain = try JSONDecoder().decode(Session.self, from: try Self.sessionBytes())
    var walked = plain
    for number in 0..<(Session.undoLimit + 3) {
      var next = walked
      switch number % 4 {
      case 0:
        next.answers.values["人员配备扣分"] = Answer(
          .number(Decimal(number % 10)), reason: "缺\"\(number)\"名\n专职 / 兼职\t👨‍👩‍👧")
      case 1: next.skipped.append("\(number)")
      case 2: next.problems.append(Problem(itemID: "1", description: "问题 \(number)", time: "t"))
      default: next.answers.values["人员配备扣分"] = nil
      }
      let step = try #require(
        UndoStep(
          what: "第 \(number) 步：\"改\"", time: "2021-10-27T09:\(number)", before: walked, after: next)
      )
      walked = next
      walked.recordUndo(step)
      for source in [plain.inspectedChecklist?.source ?? "", ""] {
        var session = walked
        session.inspectedChecklist?.source = source
        // Twice: the second time every step comes from the cache.
        for _ in 0..<2 {
          let spliced = try SessionStore.encode(session)
          #expect(spliced == (try encoder.encode(session)), "\(number) steps, text \(source.count)")
        }
        #expect(try SessionStore.read(try SessionStore.encode(session), path: "f.json") == session)
      }
    }
    #expect(walked.undoLog?.count == Session.undoLimit)
    // No log at all, and an emptied one (`undoLog` absent from the file either way).
    var session = walked
    session.undoLog = nil
    #expect(try SessionStore.encode(session) == (try encoder.encode(session)))
  }
}
