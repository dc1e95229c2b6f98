import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// Leaders' outputs read sessions without their undo logs (`SessionReader.read` with
/// `keepingUndoLog: false`): the log is checked, not built. A file must be taken that way exactly
/// when the full reader takes it, as the same session less its log, so every damaged log still
/// reaches the exact path and its message.
@Suite struct UndoLogCheckTests {
  static func read(_ data: Data, keeping: Bool) -> Session? {
    data.withUnsafeBytes {
      SessionReader.read(
        $0.bindMemory(to: UInt8.self), texts: EmbeddedTexts(), keepingUndoLog: keeping)
    }
  }

  /// A session whose log holds every kind of step: each answer type, `null` entries, statuses,
  /// accepted defaults, skipped items, notes, problems and a roll call.
  static func loggedSession() throws -> Session {
    var session = try SessionReaderTests.everyPart()
    var before = session
    before.answers.values = [
      "人员配备扣分": Answer(.number(d("1.5")), reason: "初查"),
      "专用电脑能上网": Answer(.bool(false)),
      "已配器材": Answer(.multiple(["激光打印机", "扫描仪"])),
      "检查日期": Answer(.date("2021-11-04")),
      "情况说明": Answer(.text("兼任\n\"教务\"")),
      "台账": Answer(.verification(["入学通知书存根": .complete])),
    ]
    before.answers.statuses = ["1.1": .incomplete, "2.1": .missing]
    before.acceptedDefaults = ["小学入学率"]
    before.skipped = ["3", "4"]
    before.notes = [:]
    before.problems = []
    before.rollCall = []
    let step = try #require(
      UndoStep(
        what: "多项更正：\"改\" 5", time: "2021-11-05T10:06:00+08:00", before: before, after: session)
    )
    session.recordUndo(step)
    return session
  }

  /// The file with `old` replaced by `new` inside its undo log only.
  static func variant(_ text: String, _ old: String, _ new: String) throws -> String {
    let start = try #require(text.range(of: "\"undoLog\" : ")).upperBound
    let log = text[start...]
    #expect(log.contains(old), "\(old) should be in the log")
    return String(text[..<start]) + log.replacingOccurrences(of: old, with: new)
  }

  @Test func theLogIsCheckedAsStrictlyAsItIsRead() throws {
    let text = try #require(
      String(data: try SessionStore.encode(try Self.loggedSession()), encoding: .utf8))
    let cases: [(String, String, String)] = [
      ("unchanged", "\"what\"", "\"what\""),
      ("an escaped quote and slash", "多项更正", #"多项\"更正\/"#),
      ("a unicode escape", "多项更正", #"\u591a项"#),
      ("a bad escape", "多项更正", #"多项\x"#),
      ("a raw tab", "多项更正", "多项\t更正"),
      ("an unknown field in a step", "\"what\" :", "\"whom\" : 1, \"what\" :"),
      ("a repeated field in a step", "\"what\" :", "\"time\" : \"x\", \"what\" :"),
      ("a missing time", "\"time\" : \"2021-11-05T10:06:00+08:00\",", ""),
      ("null for the text", "\"what\" : \"多项更正：\\\"改\\\" 5\"", "\"what\" : null"),
      ("a number for the text", "\"what\" : \"多项更正：\\\"改\\\" 5\"", "\"what\" : 5"),
      ("an unknown status", "\"不全\"", "\"半全\""),
      ("a canonically equal status", "\"不全\"", "\"\u{F967}全\""),
      ("a repeated map key", "\"1.1\" : \"不全\"", "\"1.1\" : \"不全\", \"1.1\" : null"),
      (
        "a canonically repeated map key", "\"1.1\" : \"不全\"",
        "\"不全\" : \"不全\", \"\u{F967}全\" : null"
      ),
      ("keys that only look alike", "\"1.1\" : \"不全\"", "\"不全\" : \"不全\", \"不全 \" : null"),
      ("two type keys in an answer", "\"bool\" : false", "\"bool\" : false, \"text\" : \"x\""),
      ("no type key in an answer", "\"bool\" : false", ""),
      ("an unknown type key", "\"bool\" : false", "\"boolean\" : false"),
      ("an answer without its value", "\"reason\" : \"初查\",", "\"reason\" : \"初查\" } , \"x\" : {"),
      ("an exponent in a number", "\"number\" : 1.5", "\"number\" : 15e-1"),
      ("a leading zero", "\"number\" : 1.5", "\"number\" : 01.5"),
      ("a string for a number", "\"number\" : 1.5", "\"number\" : \"1.5\""),
      ("null in a list of names", "\"扫描仪\"", "null"),
      ("a number in skipped", "\"4\"", "4"),
      (
        "an unknown note kind", "\"acceptedDefaults\"",
        "\"notes\" : {\"5\" : [{\"kind\" : \"x\"}]}, \"acceptedDefaults\""
      ),
    ]
    for (what, old, new) in cases {
      let data = Data(try Self.variant(text, old, new).utf8)
      let kept = Self.read(data, keeping: true)
      let checked = Self.read(data, keeping: false)
      #expect((kept != nil) == (checked != nil), "\(what): taken alike")
      if var kept {
        kept.undoLog = nil
        #expect(checked == kept, "\(what): the same session less its log")
      }
    }
    // Bytes that are not UTF-8 in a step's text.
    var broken = Data(try Self.variant(text, "多项更正", "多项@@更正").utf8)
    let marker = try #require(broken.range(of: Data("@@".utf8)))
    let notUTF8: [UInt8] = [0x80, 0xE5]
    broken.replaceSubrange(marker, with: notUTF8)
    #expect(Self.read(broken, keeping: true) == nil)
    #expect(Self.read(broken, keeping: false) == nil)
    // A log that is null or not a list.
    let start = try #require(text.range(of: "\"undoLog\" : ["))
    for replacement in ["\"undoLog\" : null, \"x\" : [", "\"undoLog\" : {\"a\" : ["] {
      let data = Data(text.replacingCharacters(in: start, with: replacement).utf8)
      #expect(Self.read(data, keeping: false) == nil && Self.read(data, keeping: true) == nil)
    }
    // The unchanged file is taken, with its log when asked.
    let data = Data(text.utf8)
    #expect(Self.read(data, keeping: true)?.undoLog?.count == 2)
    #expect(Self.read(data, keeping: false).map { $0.undoLog == nil } == true)
  }

  /// Every file of `SessionReaderTests` is taken without its log exactly when it is taken with
  /// it, and through `SessionStore` gives the same session or the same message.
  @Test func realFilesReadAlikeWithoutTheirLogs() throws {
    for (name, data) in try SessionReaderTests.realFiles() {
      var kept = try #require(Self.read(data, keeping: true), "\(name)")
      kept.undoLog = nil
      #expect(Self.read(data, keeping: false) == kept, "\(name)")
    }
  }

  /// Bytes are UTF-8 for `UTF8Check` exactly when `String(validating:)` takes them.
  @Test func utf8CheckAgreesWithTheStandardLibrary() {
    let samples: [[UInt8]] = [
      [], Array("plain ascii text, longer than eight".utf8), Array("学籍管理".utf8),
      Array("a😀b".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80],
      [0xF8], [0x80], [0xE5, 0xAD], Array("abcdefgh".utf8) + [0xE5], [0xEF, 0xBB, 0xBF],
      // Each edge of the well-formed table: the lowest and highest second byte after E0, ED,
      // F0 and F4, the leads that are never taken (C0, C1, F5–FF), and cut sequences.
      [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xF0, 0x90, 0x80, 0x80],
      [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF3, 0xBF, 0xBF, 0xBF],
      [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF],
      [0xF0, 0x9F, 0x98], [0xE5, 0xAD, 0x41], Array("学籍管理".utf8) + [0xE5, 0xAD],
    ]
    var generator = SystemRandomNumberGenerator()
    var random: [[UInt8]] = []
    let pieces: [[UInt8]] = [
      Array("ab".utf8), Array("学".utf8), [0x80], [0xE5], [0xF0, 0x9F], [0xC3], [0xA9], [0xED],
      [0xBF], Array("😀".utf8), Array("abcdefghij".utf8), [0xE0], [0xF0], [0xF4], [0x8F],
      [0x90], [0x9F], [0xA0], [0xC1], [0xF5],
    ]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...8, using: &generator) {
        bytes += pieces.randomElement(using: &generator) ?? []
      }
      random.append(bytes)
    }
    for bytes in samples + random {
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let checked = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
      #expect(checked == expected, "\(bytes)")
    }
  }
}
