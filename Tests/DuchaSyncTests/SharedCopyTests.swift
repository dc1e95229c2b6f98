import DuchaChecklist
import DuchaSession
import DuchaSync
import Foundation
import Testing

/// What the county server sends without `--reveal` (`SharedCopy`), and what a pull writes from
/// it: the files on the receiving laptop name no child and show no full ID number.
@Suite struct SharedCopyTests {
  /// The names the two inspections record, each as every masked output shows it.
  static let names = ["张三": "张*", "欧阳小明": "欧阳**", "王五": "王*", "王小明": "王**"]

  /// 李辉's walk of 渔沟小学: two children absent and one unregistered in 三年级2班 (one typed
  /// with his ID number), one duplicate registration, the 问题 naming them.
  static func liHui() throws -> Session {
    var session = try session(id: "a1b2c3d4", inspector: "李辉")
    session.rollCall = [
      ClassRollCall(
        grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1,
        absentNames: ["张三", "欧阳小明"], unregisteredNames: ["王五341323201203150019", "Ali"])
    ]
    session.registry.students = ["重复学籍": ["王小明 341323201503080112 示范小学.csv:3"]]
    session.problems = [
      Problem(itemID: "1", description: "三年级2班张三、欧阳小明籍在人不在，王小明重复建籍", time: "t")
    ]
    return session
  }

  /// 王雷's walk of the same school: no roll call of his own, but his note names a child that
  /// only 李辉's roll call knows.
  static func wangLei() throws -> Session {
    var session = try session(id: "e5f6a7b8", inspector: "王雷")
    session.problems = [Problem(itemID: "1", description: "张三家长说已去县城读书", time: "t")]
    return session
  }

  static func session(id: String, inspector: String) throws -> Session {
    let text = """
      清单 lingbi-xueji-2021
      标题：灵璧县学籍管理工作专项核查记录表
      对象：学校
      总分：10
      部分 一 学籍管理 10分
      条目 1 人籍一致情况 10分
        录入 人籍不一致人数 计数 默认 点名.人籍不一致
        规则 每例扣分(人籍不一致人数, 每例=0.5)
      """
    let (checklist, _) = ChecklistLoader.load(source: SourceText(file: "small.ducha", text: text))
    return Session(
      id: id, checklist: try #require(checklist),
      unit: Session.Unit(name: "渔沟小学", kind: .school, stages: [.primary]),
      group: "第三组", inspectors: [inspector], date: "2021-10-27", year: 2021,
      now: "2021-10-27T09:00:00+08:00")
  }

  static func body(_ session: Session) throws -> String {
    String(decoding: try SessionStore.encode(session), as: UTF8.self)
  }

  @Test func aSessionIsSentWithItsListsAndFreeTextMaskedAndMarked() throws {
    let bodies = SharedCopy.sessions([try Self.body(Self.liHui()), try Self.body(Self.wangLei())])
    #expect(bodies.count == 2)
    for body in bodies {
      for name in Self.names.keys { #expect(!body.contains(name), "\(name) in \(body)") }
      #expect(!body.contains("341323201203150019") && !body.contains("341323201503080112"))
    }
    let li = try SessionStore.decode(Data(bodies[0].utf8), path: "李辉.json")
    #expect(li.maskedCopy == true)
    let call = try #require(li.rollCall.first)
    #expect(call.absentNames == ["张*", "欧阳**"])
    // A name in Latin letters, which free text is not searched for, is masked in the list.
    #expect(call.unregisteredNames == ["王*341323***********9", "A**"])
    #expect(!bodies[0].contains("Ali"))
    // One masked entry per child: the counts a summary reads are the recorded ones.
    #expect((call.absentCount, call.unregisteredCount) == (2, 2))
    #expect(li.registry.students["重复学籍"] == ["王** 341323***********2 示范小学.csv:3"])
    #expect(li.problems.first?.description == "三年级2班张*、欧阳**籍在人不在，王**重复建籍")
    // The unit's name and the inspector's stay as they are.
    #expect(li.unit.name == "渔沟小学" && li.inspectors == ["李辉"])
    let wang = try SessionStore.decode(Data(bodies[1].utf8), path: "王雷.json")
    #expect(wang.problems.first?.description == "张*家长说已去县城读书")
    #expect(wang.maskedCopy == true)
  }

  @Test func aProblemListIsSentWithTheNamesItKeepsMasked() throws {
    let list = """
      {
        "entries" : [
          {
            "finding" : "三年级2班张三、欧阳小明籍在人不在，身份证号341323201203150019",
            "number" : 1,
            "unit" : "渔沟小学"
          }
        ],
        "studentNames" : [
          "张三",
          "欧阳小明"
        ],
        "title" : "第三组问题清单"
      }
      """
    // The merge decisions keep no names of their own: the list's are masked in their reasons
    // too, and the unit's name is left whole.
    let decisions = #"[{"reason":"张三 341323201203150019 已转学","unit":"渔沟小学"}]"#
    let sent = SharedCopy.documents([
      Self.document("_问题清单.json", list), Self.document("_合并决定.json", decisions),
    ])
    #expect(sent.map(\.name) == ["_问题清单.json", "_合并决定.json"])
    #expect(sent[1].body == #"[{"reason":"张* 341323***********9 已转学","unit":"渔沟小学"}]"#)
    #expect(
      sent[0].body == """
        {
          "entries" : [
            {
              "finding" : "三年级2班张*、欧阳**籍在人不在，身份证号341323***********9",
              "number" : 1,
              "unit" : "渔沟小学"
            }
          ],
          "studentNames" : [
            "张*",
            "欧阳**"
          ],
          "title" : "第三组问题清单"
        }
        """)
    // Without a problem list no names are known: ID numbers are masked all the same.
    let alone = SharedCopy.documents([Self.document("_合并决定.json", decisions)])
    #expect(alone[0].body == #"[{"reason":"张三 341323***********9 已转学","unit":"渔沟小学"}]"#)
  }

  static func document(_ name: String, _ body: String) -> GroupDocument {
    GroupDocument(
      group: "第三组", name: name, contentHash: SessionVersionKey.contentHash(of: Data(body.utf8)),
      body: body, pushedBy: "张徽", pushedAt: "2021-10-28T10:00:00Z")
  }
}

/// A pull as `ducha sync --pull` runs it (`FolderSync`), against a loopback server answering
/// what the county server answers: the files written are read back.
extension SharedCopyTests {
  static let patient = RetryPolicy(
    attempts: 3, initialDelay: .milliseconds(10), maximumDelay: .milliseconds(20))

  static func folder() throws -> String {
    let path = NSTemporaryDirectory() + "ducha-shared-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func json(_ value: some Encodable) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
  }

  static func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
  }

  @Test func aPulledSessionFileNamesNoChildAndIs0600() async throws {
    let directory = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let real = try Self.liHui()
    let sent = SharedCopy.sessions([try Self.body(real)])[0]
    let key = SessionVersionKey(id: real.id, saveSequence: 1, contentHash: "h")
    let server = try LoopbackServer(answers: [
      (200, try Self.json(SessionPull(sessions: [PulledSession(key: key, body: sent)])))
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: Self.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).pullSessions(into: &report)
    #expect(report.pulled == 1 && report.problems.isEmpty, "\(report)")
    let path = SessionStore(directory: directory).path(for: real)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    for name in Self.names.keys { #expect(!written.contains(name), "\(name) in \(path)") }
    #expect(written.contains(#""张*""#) && written.contains(#""maskedCopy" : true"#))
    #expect(try Self.mode(path) == 0o600)
  }

  @Test func anEditOfAPulledMaskedProblemListIsPushedOnTheServersVersion() async throws {
    let directory = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let stored = #"{"entries":[{"finding":"张三籍在人不在","unit":"渔沟小学"}],"studentNames":["张三"]}"#
    let storedHash = SessionVersionKey.contentHash(of: Data(stored.utf8))
    let document = try #require(SharedCopy.documents([Self.document("_问题清单.json", stored)]).first)
    let sent = document.body
    #expect(sent == #"{"entries":[{"finding":"张*籍在人不在","unit":"渔沟小学"}],"studentNames":["张*"]}"#)
    #expect(document.contentHash == storedHash)
    let edited = #"{"entries":[{"finding":"张*籍在人不在，已核实","unit":"渔沟小学"}],"studentNames":["张*"]}"#
    let editedHash = SessionVersionKey.contentHash(of: Data(edited.utf8))
    var accepted = document
    (accepted.body, accepted.contentHash, accepted.pushedBy) = (edited, editedHash, "李辉")
    let server = try LoopbackServer(answers: [
      (200, try Self.json(DocumentPull(documents: [document]))),
      (200, try Self.json(accepted)),
      (200, try Self.json(DocumentPull(documents: [accepted]))),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: Self.patient)
    let sync = FolderSync(directory: directory, client: client)
    var first = FolderSync.Report()
    try await sync.syncDocuments(into: &first, pushing: true)
    let path = directory + "/_问题清单.json"
    #expect(try String(contentsOfFile: path, encoding: .utf8) == sent)
    #expect(try Self.mode(path) == 0o600)

    // The leader edits the pulled (masked) list and syncs: the push names the server's version
    // it started from, not the hash of the masked text, so the server does not refuse it as
    // made on an old version.
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    var second = FolderSync.Report()
    try await sync.syncDocuments(into: &second, pushing: true)
    #expect(second.problems.isEmpty, "\(second.problems)")
    let requests = server.requests()
    #expect(
      requests.map { $0.line.split(separator: " ").prefix(2).joined(separator: " ") } == [
        "GET /v1/documents", "POST /v1/documents", "GET /v1/documents",
      ])
    let push = try JSONDecoder().decode(DocumentPush.self, from: requests[1].body)
    #expect(push.previousHash == storedHash)
    #expect(push.body == edited)
  }
}
