import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// `SessionReader` reads session files without `JSONDecoder`. Whatever it accepts must be the
/// very session the exact path (`JSONDecoder` with every check) reads, and whatever is unusual
/// it must leave to the exact path, so every message about a damaged file stays that path's.
@Suite struct SessionReaderTests {
  /// The reader alone, with a cache of its own.
  static func fast(_ data: Data) -> Session? {
    data.withUnsafeBytes {
      SessionReader.read($0.bindMemory(to: UInt8.self), texts: EmbeddedTexts())
    }
  }

  static func exact(_ data: Data) -> Result<Session, SessionStore.LoadError> {
    do throws(SessionStore.LoadError) {
      return .success(try SessionStore.read(data, path: "学校.json", fast: false))
    } catch {
      return .failure(error)
    }
  }

  static func loaded(_ data: Data) -> Result<Session, SessionStore.LoadError> {
    do throws(SessionStore.LoadError) {
      return .success(try SessionStore.read(data, path: "学校.json"))
    } catch {
      return .failure(error)
    }
  }

  /// A session with every optional part filled: follow-up, cases, undo steps with `null`
  /// entries, an imported registry export, whole-school figures, last year's inspection.
  static func everyPart() throws -> Session {
    var session = try fullSession()
    session.wholeSchool = WholeSchool(classes: 12, students: nil)
    session.verificationSizes = ["huili-taizhang": 4]
    session.previousInspection = PreviousInspection(
      file: "2020-11-02_渔沟中学_x_1a2b3c4d.json", sessionID: "1a2b3c4d", date: "2020-11-02",
      inspectors: ["李明"])
    session.followUp = FollowUpRecord(
      problemList: "_问题清单.json", previousSessionIDs: ["1a2b3c4d"], previousTotal: d("87.5"),
      previousDate: nil,
      checks: [
        .init(
          number: 1, itemID: "5", finding: "人籍不一致", rectified: true, evidence: "IMG_1.jpg",
          time: "2021-11-05T10:00:00+08:00"),
        .init(
          number: 2, itemID: "7", finding: "台账不全", rectified: false, evidence: nil,
          time: "2021-11-05T10:01:00+08:00"),
      ])
    session.cases = CaseReview(
      ledger: "/tmp/案例.sqlite", time: "2021-11-05T10:02:00+08:00", counts: ["未结案": 2, "逾期": 0],
      actions: [
        .init(
          caseID: 17, action: "走访", status: "已劝返", note: "家长同意", time: "2021-11-05T10:03:00+08:00")
      ])
    var imported = RegistryImport(
      files: ["/tmp/学籍.xlsx"], time: "2021-11-05T09:30:00+08:00", students: 85,
      figures: ["重复学籍"])
    imported.overrides = ["无照片": "系统导出缺照片列"]
    session.registry.imported = imported
    var before = session
    before.answers.values["宣传"] = nil
    before.answers.statuses["1.1"] = nil
    before.skipped = []
    let step = try #require(
      UndoStep(what: "宣传：仅有资料", time: "2021-11-05T10:04:00+08:00", before: before, after: session))
    session.recordUndo(step)
    return session
  }

  /// The sessions of the repository: the documented example, the fixtures, a real bundled
  /// checklist's session with its embedded text, and one with every optional part.
  static func realFiles() throws -> [(String, Data)] {
    let documentation = try String(
      contentsOf: repositoryRoot.appendingPathComponent("docs/session-format.md"), encoding: .utf8)
    let example = try #require(
      documentation.firstMatch(of: #/```json\n([\s\S]*?)\n```/#)?.output.1)
    return [
      ("docs/session-format.md", Data(example.utf8)),
      ("emptySession", try SessionStore.encode(try emptySession())),
      ("fullSession", try SessionStore.encode(try fullSession())),
      ("灵璧 with its checklist text", try SessionFastReadTests.sessionBytes()),
      ("every part", try SessionStore.encode(try everyPart())),
    ]
  }

  @Test func realFilesReadTheSameWithoutJSONDecoder() throws {
    for (name, data) in try Self.realFiles() {
      let fast = try #require(Self.fast(data), "\(name): the reader should take ducha's own file")
      #expect(fast == (try Self.exact(data).get()), "\(name)")
      #expect(fast == (try JSONDecoder().decode(Session.self, from: data)), "\(name)")
    }
    let every = try Self.fast(try SessionStore.encode(try Self.everyPart()))
    #expect(every == (try Self.everyPart()))
    #expect(every?.undoLog?.first?.values?["宣传"] == .some(nil), "null: no answer before the step")
  }

  @Test func equalEmbeddedTextsShareOneString() throws {
    let data = try SessionFastReadTests.sessionBytes()
    let texts = EmbeddedTexts()
    let sources = (0..<3).compactMap { _ in
      data.withUnsafeBytes {
        SessionReader.read($0.bindMemory(to: UInt8.self), texts: texts)?.inspectedChecklist?.source
      }
    }
    #expect(sources.count == 3)
    #expect(sources.allSatisfy { $0 == sources[0] && $0.contains("清单 lingbi-xueji-2021") })
    // One storage for all three: the same UTF-8 base address.
    let addresses = sources.map { text in
      text.utf8.withContiguousStorageIfAvailable { $0.baseAddress.map { Int(bitPattern: $0) } }
    }
    #expect(Set(addresses).count == 1)
  }

  /// Valid JSON ducha would not write, and damaged files: the loader answers exactly as the
  /// exact path does, whether or not the fast reader took the file.
  @Test func oddAndDamagedFilesGetTheExactPathsAnswer() throws {
    let text = try #require(
      String(data: try SessionStore.encode(try fullSession()), encoding: .utf8))
    let compact = try {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      return try #require(String(data: try encoder.encode(try fullSession()), encoding: .utf8))
    }()
    func replacing(_ old: String, _ new: String) -> String {
      text.replacingOccurrences(of: old, with: new)
    }
    let number = "\"number\" : 0.5"
    let variants: [(String, String, taken: Bool)] = [
      ("compact, no whitespace", compact, true),
      (
        "keys in another order",
        "{\"formatVersion\" : 3," + replacing("\"formatVersion\" : 3,", "").dropFirst(), true
      ),
      ("escaped quote and backslash", replacing("学籍管理员兼任教务", #"兼任\"教务\\主任\/"#), true),
      ("escaped line break and tab", replacing("学籍管理员兼任教务", #"兼任\n教务\t主任"#), true),
      ("a unicode escape", replacing("学籍管理员兼任教务", #"\u5b66籍"#), false),
      ("a surrogate pair escape", replacing("学籍管理员兼任教务", #"\ud83d\ude00"#), false),
      ("a lone surrogate escape", replacing("学籍管理员兼任教务", #"\ud83d"#), false),
      ("a bad escape", replacing("学籍管理员兼任教务", #"\x"#), false),
      ("a raw tab in a string", replacing("学籍管理员兼任教务", "兼任\t教务"), false),
      ("a decimal with a trailing zero", replacing(number, "\"number\" : 0.50"), true),
      ("a long decimal", replacing(number, "\"number\" : 12345.678901234567890123"), true),
      ("a negative decimal", replacing(number, "\"number\" : -0.25"), true),
      ("minus zero", replacing(number, "\"number\" : -0"), true),
      ("a whole number as a decimal", replacing(number, "\"number\" : 3.0"), true),
      ("an exponent", replacing(number, "\"number\" : 5e-1"), false),
      ("an upper-case exponent", replacing(number, "\"number\" : 5E2"), false),
      ("a leading zero", replacing(number, "\"number\" : 05"), false),
      ("a bare dot", replacing(number, "\"number\" : .5"), false),
      (
        "a huge number", replacing(number, "\"number\" : 1\(String(repeating: "0", count: 60))"),
        false
      ),
      ("a count as a decimal", replacing("\"registered\" : 45", "\"registered\" : 45.0"), false),
      (
        "a count beyond Int",
        replacing("\"registered\" : 45", "\"registered\" : 99999999999999999999"), false
      ),
      ("a count as a string", replacing("\"registered\" : 45", "\"registered\" : \"45\""), false),
      (
        "an extra field", replacing("\"cursor\" : \"5\",", "\"cursor\" : \"5\",\n  \"extra\" : 1,"),
        false
      ),
      (
        "an extra field deep down",
        replacing("\"grade\" : \"三年级\",", "\"grade\" : \"三年级\", \"x\" : [],"), false
      ),
      ("an extra type key in an answer", replacing(number, "\(number), \"bool\" : true"), false),
      ("an unknown type key in an answer", replacing(number, "\"amount\" : 0.5"), false),
      ("a missing required field", replacing("\"date\" : \"2021-11-05\",", ""), false),
      ("a missing optional field", replacing("\"cursor\" : \"5\",", ""), true),
      ("null for an optional field", replacing("\"cursor\" : \"5\",", "\"cursor\" : null,"), true),
      (
        "null for a required field", replacing("\"date\" : \"2021-11-05\",", "\"date\" : null,"),
        false
      ),
      (
        "a duplicate key",
        replacing("\"cursor\" : \"5\",", "\"cursor\" : \"5\", \"cursor\" : \"6\","), false
      ),
      ("a duplicate map key", replacing("\"系统学生数\" : 85", "\"系统学生数\" : 85, \"系统学生数\" : 86"), false),
      ("an unknown status", replacing("\"status\" : \"已完成\"", "\"status\" : \"完成了\""), false),
      ("format version 2", replacing("\"formatVersion\" : 3", "\"formatVersion\" : 2"), true),
      ("a newer format", replacing("\"formatVersion\" : 3", "\"formatVersion\" : 4"), false),
      ("format version 0", replacing("\"formatVersion\" : 3", "\"formatVersion\" : 0"), false),
      ("a truncated file", String(text.prefix(text.count / 2)), false),
      ("cut inside a string", String(text.prefix(through: text.firstIndex(of: "渔")!)), false),
      ("trailing bytes", text + "x", false),
      ("two documents", text + text, false),
      ("trailing whitespace", text + "\n\n", true),
      ("a byte-order mark", "\u{FEFF}" + text, false),
      ("a trailing comma", replacing("\"cursor\" : \"5\",", "\"cursor\" : \"5\",,"), false),
      ("an array at the top", "[" + text + "]", false),
      ("empty", "", false),
      ("deep nesting", String(repeating: "[", count: 5000), false),
    ]
    for (what, variant, taken) in variants {
      let data = Data(variant.utf8)
      let fast = Self.fast(data)
      let exact = Self.exact(data)
      #expect((fast != nil) == taken, "\(what): taken by the reader")
      if let fast {
        #expect(fast == (try? exact.get()), "\(what)")
      }
      switch (Self.loaded(data), exact) {
      case (.success(let a), .success(let b)):
        #expect(a == b, "\(what)")
        #expect(
          a.answers.values.mapValues(\.value.display) == b.answers.values.mapValues(\.value.display)
        )
      case (.failure(let a), .failure(let b)): #expect(a == b, "\(what)")
      case (let a, let b): Issue.record("\(what): loaded \(a), exact \(b)")
      }
    }
    // A truncated file still says what the exact path said.
    let truncated = Self.loaded(Data(text.prefix(text.count / 2).utf8))
    guard case .failure(.unreadable(let path, _)) = truncated else {
      Issue.record("a truncated file must be unreadable: \(truncated)")
      return
    }
    #expect(path == "学校.json")
  }

  /// Decimals read by the reader are the decimals `JSONDecoder` makes of the same text: equal,
  /// and written the same way wherever they are shown.
  @Test func decimalsMatchJSONDecodersDigitForDigit() throws {
    let texts = [
      "0", "-0", "1", "7", "10", "100", "15000", "123456789012345678", "-42", "0.5", "0.50",
      "99.3", "99.30", "3.0", "-0.25", "0.1", "0.000001", "12345.678901234567890123",
      "1234567890123456789", "99999999999999999999",
    ]
    for text in texts {
      let data = Data("{\"v\" : \(text)}".utf8)
      let decoded = try JSONDecoder().decode([String: Decimal].self, from: data)["v"]
      let read = data.withUnsafeBytes { buffer -> Decimal? in
        var reader = JSONBytes(buffer.bindMemory(to: UInt8.self))
        return try? reader.dictionary { (r: inout JSONBytes) throws(JSONBytes.Unusual) in
          try r.decimal()
        }["v"]
      }
      #expect(read == decoded, "\(text)")
      #expect(read?.description == decoded?.description, "\(text)")
      #expect(
        read.map { ScoreFormat.string($0) } == decoded.map { ScoreFormat.string($0) }, "\(text)")
    }
  }
}
