import DuchaChecklist
import Foundation
import GRDB
import Testing

@testable import DuchaCases

/// A clerk deletes a case's row in an SQLite browser (foreign keys off, as such tools may run):
/// the history stayed behind on a number nothing showed, and importing the list again made the
/// child a new case from 疑似. The ledger now refuses the deletion itself, and a ledger that
/// lost a row before says so, with the fix that fits who reads it.
struct OrphanedHistoryTests {
  /// The ledger as a version before the guard left it: the trigger gone, then case `id`'s row
  /// deleted with foreign keys off.
  static func deleteByHand(_ id: Int64, in path: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "DROP TRIGGER cases_no_delete")
      try db.execute(sql: "DELETE FROM cases WHERE id = ?", arguments: [id])
    }
  }

  @Test func aCaseRowCannotBeDeletedEvenFromOutside() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("no-delete")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: store.path, configuration: configuration)
    do {
      try queue.write { try $0.execute(sql: "DELETE FROM cases WHERE id = 1") }
      Issue.record("a case row was deleted")
    } catch let error as DatabaseError {
      #expect(error.message == "cases are never deleted: close a case with ducha cases close")
    }
    #expect(try store.fetch(1)?.child.name == "张小明")
    #expect(try store.orphanedHistories() == [])
  }

  @Test func aDeletedRowIsFoundWithItsHistoryAndTheCaseImportedAgain() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("orphan")
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = CaseFixtures.imported([
      ("张小明", "990101201301010011"), ("李小红", "990101201402020022"),
    ])
    _ = try ledger.importChildren(list, by: "县控辍办")
    _ = ledger.perform(.check(.dropout), on: 1, by: "李辉", reason: "入户核实")
    try Self.deleteByHand(1, in: store.path)
    // Opened again, as the next command does: the migration adds the guard back and the file
    // still opens although its history now points at a missing row.
    let reopened = try SQLiteCaseStore(path: store.path)
    let found = try reopened.orphanedHistories()
    #expect(found.map(\.caseID) == [1])
    #expect(found.first?.events.map(\.action) == ["导入", "核查"])
    #expect(found.first?.importSource == "名单.csv:2")
    #expect(found.first?.reimportedAs == nil)
    #expect(try reopened.list(CaseFilter()).map(\.id) == [2])

    // The list imported again: 张小明 becomes case 3, and the finding names it.
    _ = try CaseLedger(store: reopened).importChildren(list, by: "县控辍办")
    let again = try #require(try reopened.orphanedHistories().first)
    #expect(again.reimportedAs == 3)
    let minute = String(again.events[1].time.prefix(16)).replacingOccurrences(of: "T", with: " ")
    #expect(
      again.message(ledger: "Ledger/ledger.sqlite", canWrite: true).zh
        == "台账 Ledger/ledger.sqlite 里案例 1 的那一行被删掉了（台账自己从不删案例，多半是在 SQLite 浏览器等别的程序里删的），"
        + "它的 2 条历史还在，最后一条是 \(minute) 李辉 记的“核查”（疑似 → 确认辍学）。"
        + "之后重新导入时，名单上的同一行（名单.csv:2）又建成了案例 3，从“疑似”重新开始，案例 1 记过的不在它上面。"
        + "改法：从删行之前的备份恢复 Ledger/ledger.sqlite（备份里有案例 1 的行）；"
        + "没有备份时，ducha cases show 1 列出它的历史，按历史在案例 3 上用 ducha cases update / close 补记"
        + "（--reason 写明“案例 1 的行被误删，按原历史补记”）。")
    // Whoever holds a read-only copy (a township given the file) cannot run those commands.
    let readOnly = again.message(ledger: "县台账/cases.sqlite", canWrite: false).zh
    #expect(
      readOnly.hasSuffix(
        "案例 1 记过的不在它上面。这份台账在这台电脑上只读，在这里修不了：请告诉管理台账的人（发来这份台账的县控辍办），"
          + "请他们从删行之前的备份恢复，再发一份新的。"))
    #expect(!readOnly.contains("ducha cases update"))
  }

  @Test func aDamagedRowReadFromAReadOnlyCopySaysWhomToAskNotWhatToRun() {
    let reason = Localized("“辍学”不是台账的状态", en: "“辍学” is not a ledger status")
    let message = CaseStoreError.damagedRow(
      ledger: "县台账/cases.sqlite", caseID: 2, column: "status", reason: reason, canWrite: false
    ).message
    #expect(
      message.zh
        == "台账 县台账/cases.sqlite 里案例 2 的 status 列被别的程序改过：“辍学”不是台账的状态。"
        + "这份台账在这台电脑上只读，在这里改不了：请告诉管理台账的人（发来这份台账的县控辍办），"
        + "请他们把它改回原来的值（或从备份恢复），再发一份新的。")
    #expect(
      CaseStoreError.damagedRow(
        ledger: "Ledger/ledger.sqlite", caseID: 2, column: "status", reason: reason
      ).message.zh.hasSuffix("请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。"))
  }
}
