import DuchaSession
import DuchaSync
import Foundation
import Testing

/// A leader's folder holds 渔沟小学's session twice: `….json` as 李辉 finished it on his laptop
/// and `…(1).json` as WeChat named 王雷's copy, both at save 4 with other problems recorded.
/// `ducha sync` used to push the copy the folder's listing keeps (the one saved last) and say
/// the leader's words for it (with an --allow-partial sync does not have); the other copy's
/// answers became an older version on the server. A pull wrote the server's newer version over
/// 李辉's file. Now neither copy is pushed, nothing is pulled over them, and both are said.
@Suite struct CopiesApartSyncTests {
  /// The folder, with the two copies that went apart and 韦集小学's session beside them.
  static func folder() throws -> (directory: String, li: String, wang: String, other: Session) {
    let directory = try SharedCopyTests.folder()
    let store = SessionStore(directory: directory)
    var li = try SharedCopyTests.session(id: "c0ffee01", inspector: "李辉")
    li.saveSequence = 4
    li.problems = [Problem(itemID: "1", description: "三年级2班点名差2人", time: "t")]
    var wang = li
    wang.problems = [Problem(itemID: "1", description: "三年级2班点名差3人", time: "t")]
    wang.updatedAt = "2021-10-27T11:00:00+08:00"
    let path = store.path(for: li)
    let copy = path.replacingOccurrences(of: ".json", with: "(1).json")
    try SessionStore.encode(li).write(to: URL(fileURLWithPath: path))
    try SessionStore.encode(wang).write(to: URL(fileURLWithPath: copy))
    var other = try SharedCopyTests.session(id: "beef0002", inspector: "李辉")
    other.unit.name = "韦集小学"
    other.saveSequence = 2
    try SessionStore.encode(other).write(to: URL(fileURLWithPath: store.path(for: other)))
    return (directory, path, copy, other)
  }

  @Test func neitherCopyIsPushedAndBothAreSaid() async throws {
    let (directory, li, wang, other) = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let otherKey = SessionVersionKey(id: other.id, saveSequence: 2, contentHash: "h")
    let server = try LoopbackServer(answers: [
      (200, try SharedCopyTests.json(SessionIndex(versions: []))),
      (200, try SharedCopyTests.json(PushReceipt(key: otherKey, stored: true))),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).push(into: &report)
    let requests = server.requests()
    #expect(
      requests.map(\.line) == ["GET /v1/sessions/index HTTP/1.1", "POST /v1/sessions HTTP/1.1"])
    let pushed = try SessionStore.decode(try #require(requests.last?.body), path: "pushed.json")
    #expect(pushed.id == other.id)
    #expect(report.pushed == 1)
    #expect(
      report.problems == [
        "\(li)：与 \((wang as NSString).lastPathComponent) 是同一次检查（编号 c0ffee01）的两份副本，"
          + "都保存到第 4 次，回答却不同（多半是把记录拷到两台电脑上分头接着做了，或有一份被手工改过）：\n"
          + "  问题：这份 三年级2班点名差2人，那份 三年级2班点名差3人\n"
          + "不知道该用哪一份。两份都没有上传（只传一份，另一份的回答在服务器上就当作旧的、不再使用）。"
          + "请核对两份，用 ducha resume 要用的那份文件 --settle 以它为准（另一份不同的回答会列出来，还要的补上），再运行 ducha sync。两份都没有改动。"
      ])
  }

  @Test func aNewerVersionIsNotPulledOverEitherCopy() async throws {
    let (directory, li, wang, _) = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let before = try [li, wang].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    var newer = try SessionStore.decode(before[1], path: wang)
    newer.saveSequence = 5
    let key = SessionVersionKey(id: newer.id, saveSequence: 5, contentHash: "h")
    let server = try LoopbackServer(answers: [
      (
        200,
        try SharedCopyTests.json(
          SessionPull(sessions: [
            PulledSession(
              key: key, body: String(decoding: try SessionStore.encode(newer), as: UTF8.self))
          ]))
      )
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).pullSessions(into: &report)
    #expect(report.pulled == 0)
    #expect(
      report.problems == [
        "服务器上编号 c0ffee01 的第 5 次保存没有取回：这里的 \(wang) 和 \(li) 是它的两份副本，回答不同，"
          + "取回的一份会盖掉其中一份。请先核对两份，把不用的一份移出这个文件夹，再运行 ducha sync --pull。两份都没有改动。"
      ])
    #expect(try [li, wang].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before)
  }
}
