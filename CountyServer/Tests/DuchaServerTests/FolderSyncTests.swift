import DuchaChecklist
import DuchaServer
import DuchaSession
import DuchaSync
import Foundation
import Testing

/// `ducha sync` as laptops run it: folders of real session files, against a real server.
@Suite(.serialized) struct FolderSyncTests {
  /// A new folder holding the given sessions, saved as the REPL saves them.
  func laptop(_ label: String, _ sessions: [(id: String, unit: String)]) throws -> String {
    let folder =
      NSTemporaryDirectory() + "ducha-laptop-\(label)-\(UInt32.random(in: 0...UInt32.max))"
    for (id, unit) in sessions {
      var session = try SessionStore.decode(
        try sessionFile(id: id, unit: unit, sequence: 0), path: id)
      try SessionStore(directory: folder).save(&session)
    }
    return folder
  }

  @Test func threeLaptopsSyncOnceEachAndTheLeaderPullsAllThree() async throws {
    try await TestServer.with { server in
      var folders: [String] = []
      for (index, unit) in ["渔沟小学", "韦集小学", "尹集小学"].enumerated() {
        let client = try await server.account("检查人员\(index)", .inspector, group: "第二组")
        let folder = try laptop("\(index)", [(id: "0000000\(index)", unit: unit)])
        folders.append(folder)
        let first = try await FolderSync(directory: folder, client: client).run(pull: false)
        #expect((first.pushed, first.alreadyThere, first.problems) == (1, 0, []))
        // Interrupted or repeated: a second run sends nothing.
        let second = try await FolderSync(directory: folder, client: client).run(pull: false)
        #expect((second.pushed, second.alreadyThere) == (0, 1))
      }
      let leader = try await server.account("王组长", .leader, group: "第二组")
      let collected = NSTemporaryDirectory() + "ducha-leader-\(UInt32.random(in: 0...UInt32.max))"
      let pulled = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect(pulled.pulled == 3)
      let units = SessionStore(directory: collected).list().sessions.map(\.session.unit.name)
      #expect(units.sorted() == ["尹集小学", "渔沟小学", "韦集小学"])

      // Laptop 0 saves again; the leader's next pull brings only that newer version.
      let store = SessionStore(directory: folders[0])
      var session = try #require(store.list().sessions.first?.session)
      session.status = .complete
      try store.save(&session)
      let client = try await server.account("检查人员0b", .inspector, group: "第二组")
      #expect(
        try await FolderSync(directory: folders[0], client: client).run(pull: false).pushed == 1)
      let again = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect(again.pulled == 1)
      let statuses = SessionStore(directory: collected).list().sessions.map(\.session.status)
      #expect(statuses.filter { $0 == .complete }.count == 1)
      #expect(try await server.database { try await $0.counts() } == (4, 3))
      for folder in folders + [collected] { try? FileManager.default.removeItem(atPath: folder) }
    }
  }

  /// 渔沟小学's session was sent over WeChat to a second laptop and continued on both, each
  /// reaching the same save with other answers. The server used to hand the leader only the one pushed
  /// with the later time; now the leader's pull brings both, and each laptop is told.
  @Test func oneSessionContinuedOnTwoLaptopsReachesTheLeaderAsBothCopies() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let wang = try await server.account("王雷", .inspector, group: "第二组")
      let first = try laptop("li", [(id: "0000000c", unit: "渔沟小学")])
      let second = NSTemporaryDirectory() + "ducha-laptop-wang-\(UInt32.random(in: 0...UInt32.max))"
      try FileManager.default.copyItem(atPath: first, toPath: second)
      var saves: [Int] = []
      for (folder, problem) in [(first, "三年级2班点名差2人"), (second, "学籍管理员未培训")] {
        let store = SessionStore(directory: folder)
        var session = try #require(store.list().sessions.first?.session)
        session.problems.append(Problem(itemID: "1", description: problem, time: "t"))
        try store.save(&session)
        saves.append(session.saveSequence ?? -1)
      }
      #expect(saves[0] == saves[1])
      let save = saves[0]
      let pushedFirst = try await FolderSync(directory: first, client: li).run(pull: false)
      #expect((pushedFirst.pushed, pushedFirst.problems) == (1, []))
      let pushedSecond = try await FolderSync(directory: second, client: wang).run(pull: false)
      #expect(pushedSecond.pushed == 1)
      #expect(pushedSecond.problems.count == 1)
      #expect(pushedSecond.problems.first?.contains("编号 0000000c 的第 \(save) 次保存，服务器上还有另一份") == true)
      // The first laptop is told on its next sync too, though it has nothing to push.
      let again = try await FolderSync(directory: first, client: li).run(pull: false)
      #expect((again.pushed, again.problems.count) == (0, 1))

      let leader = try await server.account("王组长", .leader, group: "第二组")
      let collected = NSTemporaryDirectory() + "ducha-leader-\(UInt32.random(in: 0...UInt32.max))"
      let pulled = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect(pulled.pulled == 2)
      #expect(pulled.problems.count == 1)
      #expect(pulled.problems.first?.contains("第 \(save) 次保存有 2 份，回答各不相同") == true)
      // Saved within one second, either may come first.
      let said = pulled.problems.first ?? ""
      #expect(said.contains("王雷、李明 上传") || said.contains("李明、王雷 上传"))
      let listed = SessionStore(directory: collected).list()
      let recorded = listed.sessions.flatMap(\.session.problems).map(\.description)
      #expect(recorded.count == 1)
      #expect(
        listed.problems.contains {
          if case .divergentCopy(_, _, "0000000c", let apart) = $0 { return apart.sequence == save }
          return false
        })
      #expect(try await server.database { try await $0.counts() } == (2, 1))
      for folder in [first, second, collected] {
        try? FileManager.default.removeItem(atPath: folder)
      }
    }
  }

  /// 李明's session (save 1) was copied to 王雷's laptop. 李明 saved twice more (save 3), 王雷
  /// once with another finding (save 2); each synced. The server handed the leader only the
  /// highest save, so 王雷's finding never reached the leader's folder, and nobody was told.
  /// Save 3 does not hold save 2 (its history records 李明's own save 2): the leader's pull
  /// now brings 王雷's copy beside the one already there, and the folder names both.
  @Test func aCopyContinuedApartToALowerSaveReachesTheLeader() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let wang = try await server.account("王雷", .inspector, group: "第二组")
      let first = try laptop("li-apart", [(id: "0000000d", unit: "渔沟小学")])
      let second = NSTemporaryDirectory() + "ducha-laptop-wang-\(UInt32.random(in: 0...UInt32.max))"
      try FileManager.default.copyItem(atPath: first, toPath: second)
      let liStore = SessionStore(directory: first)
      var liSession = try #require(liStore.list().sessions.first?.session)
      liSession.problems.append(Problem(itemID: "1", description: "三年级2班点名差2人", time: "t"))
      try liStore.save(&liSession)
      liSession.status = .complete
      try liStore.save(&liSession)
      let wangStore = SessionStore(directory: second)
      var wangSession = try #require(wangStore.list().sessions.first?.session)
      wangSession.problems.append(Problem(itemID: "1", description: "学籍管理员未培训", time: "t"))
      try wangStore.save(&wangSession)
      #expect((liSession.saveSequence, wangSession.saveSequence) == (3, 2))

      #expect(try await FolderSync(directory: first, client: li).run(pull: false).pushed == 1)
      let leader = try await server.account("王组长", .leader, group: "第二组")
      let collected = NSTemporaryDirectory() + "ducha-leader-\(UInt32.random(in: 0...UInt32.max))"
      #expect(
        try await FolderSync(directory: collected, client: leader).run(pull: true).pulled == 1)

      #expect(try await FolderSync(directory: second, client: wang).run(pull: false).pushed == 1)
      let pulled = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect(pulled.pulled == 1)
      #expect(
        pulled.problems.first?.contains(
          "服务器上编号 0000000d（渔沟小学）有 2 份分头做过的记录（第 3 次保存、第 2 次保存），哪份都不包含另一份的回答") == true,
        "\(pulled.problems)")
      let listed = SessionStore(directory: collected).list()
      #expect(listed.sessions.map(\.session.saveSequence) == [3])
      #expect(
        listed.problems.contains {
          guard case .divergentCopy(_, _, "0000000d", let apart) = $0 else { return false }
          return (apart.sequence, apart.usedSequence, apart.since) == (2, 3, 1)
        }, "\(listed.problems)")
      // Pulled again, nothing more is written: the folder holds both.
      let again = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect(again.pulled == 0)
      #expect(try await server.database { try await $0.counts() } == (2, 1))
      for folder in [first, second, collected] {
        try? FileManager.default.removeItem(atPath: folder)
      }
    }
  }

  @Test func aPulledMaskedCopyIsNeverSavedOrPushedOverTheRealVersion() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let folder = NSTemporaryDirectory() + "ducha-real-\(UInt32.random(in: 0...UInt32.max))"
      var real = try SessionStore.decode(
        try sessionFile(id: "0000000a", sequence: 0, duplicates: ["张三990101201301010011"]),
        path: "a")
      try SessionStore(directory: folder).save(&real)
      #expect(try await FolderSync(directory: folder, client: li).run(pull: false).pushed == 1)

      let leader = try await server.account("王组长", .leader, group: "第二组")
      let collected = NSTemporaryDirectory() + "ducha-leader-\(UInt32.random(in: 0...UInt32.max))"
      #expect(
        try await FolderSync(directory: collected, client: leader).run(pull: true).pulled == 1)
      let store = SessionStore(directory: collected)
      var copy = try #require(store.list().sessions.first?.session)
      #expect(copy.maskedCopy == true)
      // The child's name is masked in the list too: the copy on the leader's laptop names nobody.
      #expect(copy.registry.students["重复学籍"] == ["张*990101***********1"])
      // Continuing it is refused; the next sync sends nothing back.
      copy.status = .complete
      #expect(throws: SessionStore.SaveError.maskedCopy(path: store.path(for: copy))) {
        try store.save(&copy)
      }
      let again = try await FolderSync(directory: collected, client: leader).run(pull: true)
      #expect((again.pushed, again.alreadyThere, again.problems) == (0, 0, []))
      // Posted by hand, the server refuses it.
      let body = try SessionStore.encode(copy)
      await #expect(
        throws: SyncError.refused(
          status: 422, message: "记录 0000000a 是从服务器取回的遮蔽副本（姓名、身份证号已遮蔽），不能再上传；服务器上已有它的完整版本。")
      ) { _ = try await leader.post(SyncRoute.sessions, body: body, as: PushReceipt.self) }
      #expect(try await server.database { try await $0.counts() } == (1, 1))
      for path in [folder, collected] { try? FileManager.default.removeItem(atPath: path) }
    }
  }

  @Test func aLeaderFileEditedFromAnOldVersionIsRefusedAndTheLocalCopyKept() async throws {
    try await TestServer.with { server in
      let wang = try await server.account("王组长", .leader, group: "第二组")
      let zhao = try await server.account("赵副组长", .leader, group: "第二组")
      let first = try laptop("wang", [])
      let second = try laptop("zhao", [])
      for folder in [first, second] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      let decisions = "_合并决定.json"
      try Data(#"[{"by": "王组长"}]"#.utf8).write(to: URL(fileURLWithPath: first + "/" + decisions))
      try Data(#"[{"by": "赵副组长"}]"#.utf8).write(to: URL(fileURLWithPath: second + "/" + decisions))
      let pushed = try await FolderSync(directory: first, client: wang).run(pull: false)
      #expect((pushed.documents, pushed.problems) == (1, []))
      let refused = try await FolderSync(directory: second, client: zhao).run(pull: false)
      #expect(
        refused.problems == [
          "_合并决定.json：服务器拒绝（409）：_合并决定.json：服务器上有 王组长 上传的较新版本，这份改动是在旧版本上做的；先 ducha sync --pull 取回，合并后再上传。",
          "_合并决定.json：本机的改动还没上传，服务器上也有 王组长 的新版本；没有覆盖本机文件。",
        ])
      let kept = try String(contentsOfFile: second + "/" + decisions, encoding: .utf8)
      #expect(kept == #"[{"by": "赵副组长"}]"#)
      // An inspector may read the group's leader files but not write them.
      let li = try await server.account("李明", .inspector, group: "第二组")
      let documents = try await li.get(SyncRoute.documents, as: DocumentPull.self).documents
      #expect(documents.map(\.body) == [#"[{"by": "王组长"}]"#])
      let push = try JSONEncoder().encode(
        DocumentPush(name: decisions, previousHash: nil, body: "[]"))
      await #expect(throws: SyncError.refused(status: 403, message: "只有组长可以上传合并决定和问题清单。")) {
        _ = try await li.post(SyncRoute.documents, body: push, as: GroupDocument.self)
      }
      for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) }
    }
  }
}
