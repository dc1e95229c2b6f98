import DuchaSession
import DuchaSync
import Foundation
import Testing

/// 渔沟小学's session was sent over WeChat to a second laptop and continued on both: 李辉 and
/// 王雷 each recorded another problem at save 7 and each synced. The server kept both, handed
/// out only the one saved last, and said nothing: 李辉's problem was missing from the leader's
/// summary. Now each laptop is told when it syncs, a pull brings both copies and says so (the
/// folder then reports them as copies that went apart), and the next save settles it.
@Suite struct ServerCopiesApartTests {
  static func copies() throws -> (li: Session, wang: Session) {
    var li = try SharedCopyTests.session(id: "c0ffee07", inspector: "李辉")
    li.saveSequence = 7
    li.problems = [Problem(itemID: "1", description: "三年级2班点名差2人", time: "t")]
    li.updatedAt = "2021-10-27T10:00:00+08:00"
    var wang = li
    wang.problems = [Problem(itemID: "1", description: "学籍管理员未培训", time: "t")]
    wang.updatedAt = "2021-10-27T11:00:00+08:00"
    return (li, wang)
  }

  /// What the server hands out for save 7 held twice: 王雷's copy, then 李辉's.
  static func bothCopies(_ li: Session, _ wang: Session) throws -> SessionPull {
    SessionPull(sessions: [
      PulledSession(
        key: SessionVersionKey(id: li.id, saveSequence: 7, contentHash: "w"),
        body: try SharedCopyTests.body(wang), pushedBy: "王雷"),
      PulledSession(
        key: SessionVersionKey(id: li.id, saveSequence: 7, contentHash: "l"),
        body: try SharedCopyTests.body(li), pushedBy: "李辉"),
    ])
  }

  @Test func aLaptopWhoseSaveTheServerHoldsWithOtherAnswersIsTold() async throws {
    let (li, wang) = try Self.copies()
    let directory = try SharedCopyTests.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    let path = store.path(for: li)
    try SessionStore.encode(li).write(to: URL(fileURLWithPath: path))
    // The server has 王雷's save 7 and an older save of the same session.
    let theirs = SessionVersionKey.contentHash(of: try SessionStore.encode(wang))
    let server = try LoopbackServer(answers: [
      (
        200,
        try SharedCopyTests.json(
          SessionIndex(versions: [
            SessionVersionKey(id: li.id, saveSequence: 6, contentHash: "older"),
            SessionVersionKey(id: li.id, saveSequence: 7, contentHash: theirs),
          ]))
      ),
      (200, #"{"key":{"id":"c0ffee07","saveSequence":7,"contentHash":"h"},"stored":true}"#),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).push(into: &report)
    // Pushed all the same: nothing is lost.
    #expect(report.pushed == 1)
    #expect(
      report.problems == [
        "\((path as NSString).lastPathComponent)：编号 c0ffee07 的第 7 次保存，服务器上还有另一份，回答与这里的不同"
          + "（多半是把这次检查拷到两台电脑上分头接着做了）。两份服务器上都留着，组长取回时会看到两份、不知道该用哪一份。"
          + "请与另一台电脑上的检查人员核对，把两份放进一个文件夹，用 ducha resume 要用的那份文件 --settle 以它为准、"
          + "补上另一份还要的回答，再运行 ducha sync：这样保存的一份包含另一份，以后只用它。"
      ])
  }

  @Test func aPullBringsBothCopiesAndTheNextSaveSettlesThem() async throws {
    // As the server hands them out to a leader: masked copies.
    var (li, wang) = try Self.copies()
    li.maskedCopy = true
    wang.maskedCopy = true
    let directory = try SharedCopyTests.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let pull = try Self.bothCopies(li, wang)
    var settled = wang
    settled.saveSequence = 8
    let newer = SessionPull(sessions: [
      PulledSession(
        key: SessionVersionKey(id: li.id, saveSequence: 8, contentHash: "s"),
        body: try SharedCopyTests.body(settled), pushedBy: "王雷")
    ])
    let server = try LoopbackServer(answers: [
      (200, try SharedCopyTests.json(pull)), (200, try SharedCopyTests.json(pull)),
      (200, try SharedCopyTests.json(newer)),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    let folder = FolderSync(directory: directory, client: client)
    let store = SessionStore(directory: directory)
    let first = store.path(for: li)
    let second = String(first.dropLast(".json".count)) + "-另一份2.json"

    var report = FolderSync.Report()
    try await folder.pullSessions(into: &report)
    #expect(report.pulled == 2)
    let name = { (path: String) in (path as NSString).lastPathComponent }
    let said =
      "服务器上编号 c0ffee07（渔沟小学）的第 7 次保存有 2 份，回答各不相同（多半是把这次检查拷到两台电脑上分头接着做了，王雷、李辉 上传），不知道该用哪一份；"
    #expect(
      report.problems == [
        said + "都已取回（\(name(first))、\(name(second))），汇总时会指出这几份。"
          + "请检查人员核对，用 ducha resume 要用的那份文件 --settle 以它为准、补上另一份还要的回答，再运行 ducha sync：这样保存的一份包含另一份，以后只用它。"
      ])
    // The folder now says what a leader's summary says of two copies that went apart.
    let listed = store.list()
    #expect(
      listed.problems.contains {
        guard case .divergentCopy(second, first, li.id, let apart) = $0 else { return false }
        return apart.sequence == 7 && apart.usedSequence == 7
      })

    // Pulled again: nothing new is written, and it is said again.
    report = FolderSync.Report()
    try await folder.pullSessions(into: &report)
    #expect(report.pulled == 0)
    #expect(report.problems.count == 1)
    #expect(report.problems.first?.contains("这里已有这次保存，没有再取回") == true)

    // 王雷 saved again (save 8): it replaces the copies, and the folder is clean.
    report = FolderSync.Report()
    try await folder.pullSessions(into: &report)
    #expect((report.pulled, report.problems) == (1, []))
    #expect(!FileManager.default.fileExists(atPath: second))
    let after = store.list()
    #expect(after.problems.isEmpty)
    #expect(after.sessions.map(\.session.saveSequence) == [8])
  }

  @Test func oneInspectorsTwoLaptopsAreNamedOnce() async throws {
    var (li, other) = try Self.copies()
    li.maskedCopy = true
    other.maskedCopy = true
    other.inspectors = ["李辉"]
    let directory = try SharedCopyTests.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let pull = SessionPull(
      sessions: try [other, li].enumerated().map { index, copy in
        PulledSession(
          key: SessionVersionKey(id: li.id, saveSequence: 7, contentHash: "h\(index)"),
          body: try SharedCopyTests.body(copy), pushedBy: "李辉")
      })
    let server = try LoopbackServer(answers: [(200, try SharedCopyTests.json(pull))])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).pullSessions(into: &report)
    #expect(report.problems.count == 1)
    #expect(report.problems.first?.contains("分头接着做了，李辉 上传），") == true)
  }

  /// The leader's `ducha summary --server` reads a private temporary folder: the two copies
  /// were reported as "把另一份移出文件夹" of a folder under /tmp the leader never saw, then
  /// 请处理好这些文件（或移出文件夹）. The mirror now notes who pushed each copy, and the advice
  /// names them, the save and the commands to run on which laptop.
  @Test func aLeadersServerSummaryNamesWhoPushedEachCopyAndWhatToRun() async throws {
    var (li, wang) = try Self.copies()
    li.maskedCopy = true
    wang.maskedCopy = true
    let pull = try Self.bothCopies(li, wang)
    let server = try LoopbackServer(answers: [
      (200, try SharedCopyTests.json(pull)),
      (200, try SharedCopyTests.json(DocumentPull(documents: []))),
    ])
    let address = "http://127.0.0.1:\(server.port)"
    let client = try SyncClient(address: address, token: "dch_x", retry: SharedCopyTests.patient)
    let directory = try SharedCopyTests.folder() + "/mirror"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let report = try await FolderSync(directory: directory, client: client).mirror(
      group: nil, reveal: false)
    // Said once, by the listing below, not also as files written into the private folder.
    #expect(report.problems == [])
    let store = SessionStore(directory: directory)
    let first = store.path(for: li)
    let second = String(first.dropLast(".json".count)) + "-另一份2.json"
    #expect(
      report.copiesApart == [
        first: PulledCopy(id: li.id, saveSequence: 7, pushedBy: "王雷", unit: "渔沟小学"),
        second: PulledCopy(id: li.id, saveSequence: 7, pushedBy: "李辉", unit: "渔沟小学"),
      ])
    let error = try #require(store.list().problems.first)
    guard case .divergentCopy(second, first, li.id, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    let advice = try #require(
      FolderSync.mirroredAdvice(error, copies: report.copiesApart, server: address))
    #expect(
      advice.zh
        == "服务器上编号 c0ffee07（渔沟小学）的第 7 次保存有两份，回答不同：王雷 上传的一份和 李辉 上传的一份"
        + "（多半是把这次检查拷到两台电脑上分头接着做了），不知道该用哪一份，这次检查没有汇总。"
        + "改法：请 王雷、李辉 核对两份；在要用的那台电脑上运行 ducha sync --server \(address) --pull 取回另一份"
        + "（写在同一个文件夹里），用 ducha resume 要用的那份文件 --settle 以它为准、补上另一份还要的回答，"
        + "再在那台电脑上运行 ducha sync --server \(address)，然后重新运行这条命令。"
        + "现在就要结果：加 --allow-partial，只用 王雷 上传的那份（保存时间较晚的）。")
    #expect(!advice.zh.contains(directory) && !advice.en.contains(directory))
    // A folder of the leader's own (not pulled) keeps the folder's advice.
    #expect(FolderSync.mirroredAdvice(error, copies: [:], server: address) == nil)
  }

  /// Copied at save 5, continued to save 8 on one laptop and save 9 on the other: no save
  /// number settles it, and the advice names each save with who pushed it.
  @Test func copiesContinuedToOtherSavesAreNamedEachWithItsSave() throws {
    let apart = CopiesApart(
      sequence: 8, usedSequence: 9, since: 5, editedHere: false, editedThere: false,
      differences: [])
    let error = SessionStore.LoadError.divergentCopy(
      path: "/tmp/m/b.json", used: "/tmp/m/a.json", id: "c0ffee07", apart: apart)
    let copies = [
      "/tmp/m/a.json": PulledCopy(id: "c0ffee07", saveSequence: 9, pushedBy: "王雷", unit: nil),
      "/tmp/m/b.json": PulledCopy(id: "c0ffee07", saveSequence: 8, pushedBy: "李辉", unit: nil),
    ]
    let advice = try #require(
      FolderSync.mirroredAdvice(error, copies: copies, server: "https://ducha.example.gov.cn"))
    #expect(
      advice.zh.hasPrefix(
        "服务器上编号 c0ffee07 有两份分头做过的记录：王雷 上传的第 9 次保存和 李辉 上传的第 8 次保存，哪份都不包含另一份的回答"
          + "（多半是把这次检查拷到两台电脑上分头接着做了），不知道该用哪一份，这次检查没有汇总。"))
    #expect(advice.zh.hasSuffix("现在就要结果：加 --allow-partial，只用 王雷 上传的第 9 次保存。"))
    #expect(
      advice.en.hasPrefix(
        "session c0ffee07 is on the server in two copies that went apart: save 9 pushed by 王雷,"
          + " save 8 by 李辉; neither holds the other's answers"))
    #expect(advice.en.hasSuffix("For a result now, add --allow-partial: only 王雷's save 9 is used."))
  }
}
