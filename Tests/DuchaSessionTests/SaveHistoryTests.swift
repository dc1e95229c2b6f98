import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Whether one copy of a session descends from another, from the saves each file records
/// (`saveHistory`): a copy is newer only when its history holds the other's save with the
/// other's content, never because its save number is higher.
@Suite struct SaveHistoryTests {
  /// 渔沟中学's session saved twice in `laptop A`, then copied to `laptop B`: each laptop goes on
  /// from save 2 in its own folder. Returns both stores and the session at save 2.
  static func copiedAtSaveTwo() throws -> (a: SessionStore, b: SessionStore, atTwo: Session) {
    let root = try temporaryDirectory()
    let a = SessionStore(directory: root + "/A")
    let b = SessionStore(directory: root + "/B")
    var session = try emptySession()
    try a.save(&session)
    session.answers.values["人籍不一致人数"] = Answer(.number(1))
    try a.save(&session)
    try FileManager.default.createDirectory(atPath: b.directory, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: a.path(for: session), toPath: b.path(for: session))
    return (a, b, try SessionStore.load(path: a.path(for: session)))
  }

  private static func remove(_ stores: SessionStore...) {
    for store in stores {
      try? FileManager.default.removeItem(
        atPath: (store.directory as NSString).deletingLastPathComponent)
    }
  }

  @Test func eachSaveRecordsTheFingerprintOfWhatTheFileHolds() throws {
    let (a, b, atTwo) = try Self.copiedAtSaveTwo()
    defer { Self.remove(a, b) }
    let history = try #require(atTwo.saveHistory)
    #expect(history.count == 2)
    #expect(history.map { $0.prefix(2) } == ["1:", "2:"])
    // Worked out again from the file as read, the fingerprint is the one its last save wrote.
    let fingerprint = try #require(SaveHistory.fingerprint(of: atTwo))
    #expect(history.last == "2:\(fingerprint)")
    #expect(fingerprint.count == 16)
  }

  @Test func aCopyContinuedFromAnotherHoldsIt() throws {
    let (a, b, atTwo) = try Self.copiedAtSaveTwo()
    defer { Self.remove(a, b) }
    var later = atTwo
    later.answers.values["人籍不一致人数"] = Answer(.number(4))
    try a.save(&later)
    try a.save(&later)
    #expect(SaveHistory.relation(of: later, to: atTwo) == .holds)
    // Listed together, the older is said as older, as before.
    let found = [(b.path(for: atTwo), atTwo), (a.path(for: later), later)]
    let (kept, older) = SessionStore.newestCopies(found)
    #expect(kept.map(\.path) == [a.path(for: later)])
    #expect(
      older == [
        .olderCopy(
          path: b.path(for: atTwo), newer: a.path(for: later), id: "7f3a9c2e", sequence: 2,
          newerSequence: 4)
      ])
  }

  @Test func copiesContinuedApartAreSaidWhateverTheirSaveNumbers() throws {
    let (a, b, atTwo) = try Self.copiedAtSaveTwo()
    defer { Self.remove(a, b) }
    // Laptop A saves twice more (4), laptop B answers another input once (3).
    var onA = atTwo
    onA.answers.values["人籍不一致人数"] = Answer(.number(4))
    try a.save(&onA)
    onA.answers.values["人员配备扣分"] = Answer(.number(2), reason: "兼职")
    try a.save(&onA)
    var onB = atTwo
    onB.answers.values["人员配备扣分"] = Answer(.number(5), reason: "没有专人")
    try b.save(&onB)
    #expect(SaveHistory.relation(of: onA, to: onB) == .apart(since: 2))

    let (kept, older) = SessionStore.newestCopies([
      (b.path(for: onB), onB), (a.path(for: onA), onA),
    ])
    #expect(kept.map(\.path) == [a.path(for: onA)])
    let apart = CopiesApart(
      sequence: 3, usedSequence: 4, since: 2, editedHere: false, editedThere: false,
      differences: [
        .init(what: "人员配备扣分", here: "5（没有专人）", there: "2（兼职）"),
        .init(what: "人籍不一致人数", here: "1", there: "4"),
      ])
    #expect(
      older == [
        .divergentCopy(path: b.path(for: onB), used: a.path(for: onA), id: "7f3a9c2e", apart: apart)
      ])
    let name = (a.path(for: onA) as NSString).lastPathComponent
    #expect(
      older.first?.message.zh
        == "\(b.path(for: onB))：与 \(name) 是同一次检查（编号 7f3a9c2e）的两份副本，这份保存到第 3 次，那份到第 4 次，"
        + "回答却不同（多半是第 2 次保存以后把记录拷到两台电脑上分头接着做了）：\n"
        + "  人员配备扣分：这份 5（没有专人），那份 2（兼职）\n"
        + "  人籍不一致人数：这份 1，那份 4\n"
        + "第 4 次不包含这份的回答，并不较新，不知道该用哪一份。请核对两份：用 ducha resume 要用的那份文件 --settle 以它为准接着做"
        + "（另一份不同的回答会列出来，还要的补上，此后另一份就算较旧的），或把另一份移出文件夹，再运行；加 --allow-partial 时只用 \(name)。两份都没有改动。")
  }

  @Test func aCopyEditedByHandWithoutANewSaveNumberIsHeldByNoOther() throws {
    let (a, b, atTwo) = try Self.copiedAtSaveTwo()
    defer { Self.remove(a, b) }
    var onA = atTwo
    try a.save(&onA)
    // On B the file is corrected in a text editor: the answer changed, the save number not.
    var edited = atTwo
    edited.answers.values["人籍不一致人数"] = Answer(.number(7))
    #expect(SaveHistory.relation(of: onA, to: edited) == .apart(since: 2))
    let apart = try #require(CopiesApart.between(edited, kept: onA))
    #expect(apart.editedHere)
    #expect(apart.differences == [.init(what: "人籍不一致人数", here: "7", there: "1")])
    #expect(
      apart.described(path: "B/x.json", used: "A/x.json", id: "7f3a9c2e", english: false)
        .contains("（这份在第 2 次保存以后被手工改过，保存次数没有变）"))
    // Unedited, the same copy is held.
    #expect(CopiesApart.between(atTwo, kept: onA) == nil)
  }

  @Test func aCopySettledOntoAnotherIsHeldByItsNextSave() throws {
    let (a, b, atTwo) = try Self.copiedAtSaveTwo()
    defer { Self.remove(a, b) }
    var onA = atTwo
    onA.answers.values["人籍不一致人数"] = Answer(.number(4))
    try a.save(&onA)
    var onB = atTwo
    onB.answers.values["人员配备扣分"] = Answer(.number(5), reason: "没有专人")
    try b.save(&onB)
    try b.save(&onB)
    #expect(SaveHistory.relation(of: onB, to: onA) == .apart(since: 2))
    // 李辉 goes on with A (save 3), settling B (save 4) onto it and re-entering B's answer.
    onA.recordSettled(onB)
    onA.answers.values["人员配备扣分"] = Answer(.number(5), reason: "没有专人")
    try a.save(&onA)
    #expect(onA.saveSequence == 5)
    #expect(SaveHistory.relation(of: onA, to: onB) == .holds)
    #expect(CopiesApart.between(onB, kept: onA) == nil)
  }

  @Test func filesWithoutAHistoryAreTakenByTheirSaveNumberAsBefore() throws {
    var old = try emptySession()
    old.saveSequence = 5
    var newer = old
    newer.saveSequence = 7
    newer.answers.values["人籍不一致人数"] = Answer(.number(3))
    #expect(SaveHistory.relation(of: newer, to: old) == .unknown)
    #expect(CopiesApart.between(old, kept: newer) == nil)
  }

  @Test func aFileFromBeforeTheHistoryRecordsTheSaveItWasOpenedAt() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var old = try emptySession()
    old.saveSequence = 5
    var opened = old
    opened.recordOpenedSave()
    opened.answers.values["人籍不一致人数"] = Answer(.number(3))
    try store.save(&opened)
    #expect(opened.saveHistory?.map { $0.prefix(2) } == ["5:", "6:"])
    #expect(SaveHistory.relation(of: opened, to: old) == .holds)
  }

  @Test func theHistoryKeepsTheLatestSaves() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var session = try emptySession()
    for number in 1...(SaveHistory.limit + 3) {
      session.answers.values["人籍不一致人数"] = Answer(.number(Decimal(number)))
      try store.save(&session)
    }
    let history = try #require(session.saveHistory)
    #expect(history.count == SaveHistory.limit)
    #expect(history.first?.hasPrefix("4:") == true)
    #expect(history.last?.hasPrefix("\(SaveHistory.limit + 3):") == true)
  }
}
