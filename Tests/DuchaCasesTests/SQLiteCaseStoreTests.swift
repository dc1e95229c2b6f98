import DuchaCasesSuite
import DuchaRoster
import Foundation
import GRDB
import Testing

@testable import DuchaCases

/// The embedded ledger: the shared ledger suite (imports never duplicate, changes are
/// versioned, concurrent clerks lose nothing — the same checks the PostgreSQL store passes),
/// then what only a file has: its mode and triggers that hold even against other programs.
struct SQLiteCaseStoreTests {
  @Test(arguments: LedgerSuite.checks) func ledgerSuite(_ check: LedgerCheck) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-cases-suite-\(UUID().uuidString.prefix(8))")
    let path = folder.appendingPathComponent("Ledger/ledger.sqlite").path
    let place = LedgerPlace(
      store: "SQLite", open: { try SQLiteCaseStore(path: path) },
      remove: { try? FileManager.default.removeItem(at: folder) })
    defer { place.remove() }
    try check.run(place)
  }

  @Test func theHistoryCannotBeRewrittenEvenFromOutside() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("append")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let queue = try DatabaseQueue(path: store.path)
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "UPDATE case_events SET by = 'someone'") }
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "DELETE FROM case_events") }
    }
    #expect(try store.history(1).map(\.by) == ["李辉"])
  }

  /// A clerk opens the ledger in an SQLite browser and types a status by hand, or cuts a JSON
  /// column short: the next command names the ledger, the case and the column, and says how to
  /// mend it, instead of "cannot open the ledger, check the permissions".
  @Test func aRowChangedByHandIsReportedWithItsCaseAndColumn() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("hand-edited")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(
      CaseFixtures.imported([("张小明", "990101201301010011"), ("李小红", "990101201402020022")]),
      by: "李辉")
    let queue = try DatabaseQueue(path: store.path)
    try queue.write { try $0.execute(sql: "UPDATE cases SET status = '已复学' WHERE id = 2") }
    #expect(throws: CaseStoreError.self) { try store.list(CaseFilter()) }
    do {
      _ = try store.fetch(2)
      Issue.record("a status the ledger never writes was read")
    } catch let error as CaseStoreError {
      #expect(
        error.message.zh == """
          台账 \(store.path) 里案例 2 的 status 列被别的程序改过：“已复学”不是台账的状态（状态只有：疑似、\
          已在外地就读、已入学、延缓入学/休学、迁出/死亡、已完成义务教育、确认辍学、劝返中、限期复学、逾期、报乡镇、已复学销号）。\
          请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。
          """)
    }
    #expect(try store.fetch(1)?.child.name == "张小明")
    try queue.write {
      try $0.execute(
        sql: "UPDATE cases SET status = '疑似', facts_json = '{\"visits\": [' WHERE id = 2")
    }
    do {
      _ = try store.fetch(2)
      Issue.record("a facts column cut short was read")
    } catch let error as CaseStoreError {
      #expect(
        error.message.en == """
          case 2 in the ledger \(store.path) was changed by another program in its column \
          facts_json: not JSON the ledger writes. Put the old value back (or restore a backup); \
          change a status only with ducha cases update / close.
          """)
    }
  }

  /// The township misspelt on import, fixed by hand in a database browser in the `township`
  /// column: `cases list --township 新华镇` found the case and showed 北坪镇 (from the JSON), and
  /// `--township 北坪镇` missed it. The row is now reported like a status typed by hand, with
  /// the command that changes the township and keeps it in the history.
  @Test func aFilteredColumnChangedByHandIsReported() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("hand-edited-township")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(
      CaseFixtures.imported([("张小明", "990101201301010011"), ("李小红", "990101201402020022")]),
      by: "李辉")
    let township = try #require(try store.fetch(2)?.child.township)
    let queue = try DatabaseQueue(path: store.path)
    try queue.write { try $0.execute(sql: "UPDATE cases SET township = '新华镇' WHERE id = 2") }
    do {
      _ = try store.list(CaseFilter(township: "新华镇"))
      Issue.record("a township column that is not the case's was listed")
    } catch let error as CaseStoreError {
      #expect(
        error.message.zh == """
          台账 \(store.path) 里案例 2 的 township 列被别的程序改过：这一列是“新华镇”，同一行 JSON 里是原来的\
          “\(township)”（筛选按这一列，显示按 JSON）；真要改成“新华镇”，改回后用 ducha cases assign 2 \
          --township 新华镇 --by 姓名（记入历史）。请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。
          """)
    }
    #expect(try store.fetch(1)?.child.name == "张小明")
    try queue.write {
      try $0.execute(
        sql: "UPDATE cases SET township = ?, name = '张大明' WHERE id = 2", arguments: [township])
    }
    #expect(throws: CaseStoreError.self) { try store.fetch(2) }
    try queue.write { try $0.execute(sql: "UPDATE cases SET name = '李小红' WHERE id = 2") }
    #expect(try store.list(CaseFilter()).count == 2)
  }

  @Test func theLedgerFileIsPrivate() throws {
    let (_, store, folder) = try CaseFixtures.ledger("mode")
    defer { try? FileManager.default.removeItem(at: folder) }
    let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(
      atPath: (store.path as NSString).deletingLastPathComponent)
    #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
  }
}
