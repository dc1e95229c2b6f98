import DuchaChecklist
import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One writer per inspection: the advisory lock, save sequences, and copies of one session.
@Suite struct OneWriterTests {
  @Test func secondLockSaysWhoHoldsItAndIsFreeOnceReleased() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = try SessionLock.acquire(
      directory: directory, id: "7f3a9c2e", now: "2021-11-05T09:12:30+08:00")
    // flock conflicts between two opens even in one process, as between two terminals.
    #expect(throws: SessionLock.Failure.self) {
      _ = try SessionLock.acquire(directory: directory, id: "7f3a9c2e", now: "later")
    }
    let holder = try #require(SessionLock.holder(directory: directory, id: "7f3a9c2e"))
    #expect(holder.pid == getpid())
    #expect(holder.since == "2021-11-05T09:12:30+08:00")
    #expect(holder.description.zh.contains("进程 \(getpid())"))
    first.release()
    #expect(SessionLock.holder(directory: directory, id: "7f3a9c2e") == nil)
    _ = try SessionLock.acquire(directory: directory, id: "7f3a9c2e", now: "later")
    // The lock file is not a session: the folder still lists none.
    #expect(SessionStore(directory: directory).list().sessions.isEmpty)
  }

  @Test func eachSaveAdvancesTheSequenceAndAnOlderCopyIsNeverSaved() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var first = try emptySession()
    try store.save(&first)
    #expect(first.saveSequence == 1)
    // A second window opened the file now (sequence 1) ...
    var second = try SessionStore.load(path: store.path(for: first))
    first.answers.values["人籍不一致人数"] = Answer(.number(3))
    try store.save(&first)
    try store.save(&first)
    #expect(first.saveSequence == 3)
    // ... and its save would throw away the first window's answer: refused.
    second.answers.values["人籍不一致人数"] = Answer(.number(9))
    #expect(
      throws: SessionStore.SaveError.newerOnDisk(path: store.path(for: first), onDisk: 3, here: 1)
    ) {
      try store.save(&second)
    }
    let onDisk = try SessionStore.load(path: store.path(for: first))
    #expect(onDisk.answers.values["人籍不一致人数"] == Answer(.number(3)))
    #expect(onDisk.saveSequence == 3)
  }

  /// The check before a save recognises the file it wrote last by its bytes, not by its name, inode
  /// or time stamps: a newer copy written over it in place (as `cp` does, keeping the inode, within
  /// the same clock tick) is still found, and the save refused.
  @Test func aNewerCopyWrittenInPlaceOverTheLastSaveIsFound() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var mine = try emptySession()
    try store.save(&mine)
    try store.save(&mine)
    let path = store.path(for: mine)
    // Another window's copy, two saves ahead.
    var theirs = try SessionStore.load(path: path)
    theirs.saveSequence = 4
    theirs.answers.values["人籍不一致人数"] = Answer(.number(5))
    let bytes = try SessionStore.encode(theirs)
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    #expect(descriptor >= 0)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)

    mine.answers.values["人籍不一致人数"] = Answer(.number(1))
    #expect(throws: SessionStore.SaveError.newerOnDisk(path: path, onDisk: 4, here: 2)) {
      try store.save(&mine)
    }
    #expect(try SessionStore.load(path: path).answers.values["人籍不一致人数"] == Answer(.number(5)))
    // Unchanged since this store wrote it, the file is not in the way of the next save.
    var other = try emptySession(id: "5d0c1e7a")
    try store.save(&other)
    try store.save(&other)
    #expect(other.saveSequence == 2)
  }

  /// A store over a new folder holding one session saved once, and that file's path.
  private func oneSavedSession() throws -> (
    directory: String, store: SessionStore, session: Session, canonical: String
  ) {
    let directory = try temporaryDirectory()
    let store = SessionStore(directory: directory)
    var session = try emptySession()
    try store.save(&session)
    return (directory, store, session, store.path(for: session))
  }

  @Test func aNewerCopyUnderAnotherNameIsUsedAndTheOlderReported() throws {
    let (directory, store, saved, canonical) = try oneSavedSession()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var session = saved
    let older = try Data(contentsOf: URL(fileURLWithPath: canonical))
    session.answers.values["人籍不一致人数"] = Answer(.number(3))
    session.updatedAt = "2021-11-05T10:00:00+08:00"
    try store.save(&session)
    // The newer file comes back over WeChat as "…(1).json"; the canonical name holds the older.
    let copy = canonical.replacingOccurrences(of: ".json", with: "(1).json")
    try FileManager.default.moveItem(atPath: canonical, toPath: copy)
    try older.write(to: URL(fileURLWithPath: canonical))

    let listed = store.list()
    #expect(listed.sessions.count == 1)
    #expect(listed.sessions.first?.path == copy)
    #expect(listed.sessions.first?.session.saveSequence == 2)
    #expect(
      listed.problems == [
        .olderCopy(path: canonical, newer: copy, id: "7f3a9c2e", sequence: 1, newerSequence: 2)
      ])
    #expect(listed.problems.first?.message.zh.contains("第 1 次保存，那份是第 2 次") == true)

    // Saving from the older copy would replace the newer: refused, both files unchanged.
    var stale = try SessionStore.load(path: canonical)
    #expect(throws: SessionStore.SaveError.self) { try store.save(&stale) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: canonical)) == older)
    // Saving from the newest goes to the canonical name, which becomes the newest.
    var newest = try SessionStore.load(path: copy)
    try store.save(&newest)
    #expect(try SessionStore.load(path: canonical).saveSequence == 3)
  }

  @Test func theSameFileReceivedTwiceIsNotCalledNewer() throws {
    let (directory, store, _, canonical) = try oneSavedSession()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // The same file arrives again over WeChat as "…(1).json": byte for byte the same save.
    let copy = canonical.replacingOccurrences(of: ".json", with: "(1).json")
    try FileManager.default.copyItem(atPath: canonical, toPath: copy)

    let listed = store.list()
    #expect(listed.sessions.map(\.path) == [canonical])
    #expect(
      listed.problems == [
        .olderCopy(path: copy, newer: canonical, id: "7f3a9c2e", sequence: 1, newerSequence: 1)
      ])
    let name = (canonical as NSString).lastPathComponent
    #expect(
      listed.problems.first?.message.zh
        == "\(copy)：与 \(name) 是同一次检查（编号 7f3a9c2e），两份都保存到第 1 次（多半是同一个文件收到了两次），只用那份。这份没有使用，文件没有改动。"
    )
  }

  @Test func duplicateKeysAreFound() {
    let text =
      #"{"formatVersion": 3, "answers": {"values": {"a": 1, "a": 2}}, "x": [{"k": 1}, {"k": 2}]}"#
    #expect(
      JSONKeyCheck.firstDuplicate(in: Array(text.utf8))
        == JSONKeyCheck.Duplicate(path: "answers.values", key: "a"))
    let top = #"{"formatVersion": 3, "id": "x", "formatVersion": 2}"#
    #expect(JSONKeyCheck.firstDuplicate(in: Array(top.utf8))?.field == "formatVersion")
    #expect(
      JSONKeyCheck.firstDuplicate(in: Array(#"{"a": "{\"a\": 1}", "b": {"a": 1}}"#.utf8)) == nil)
  }
}
