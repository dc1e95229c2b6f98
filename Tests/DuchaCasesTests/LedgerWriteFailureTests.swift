import DuchaRoster
import Foundation
import GRDB
import Testing

@testable import DuchaCases

/// A change the store could not write (another program holding the ledger, a full disk, a
/// store's own error) was said as `无法打开台账 ：SQLite error 5 …。检查路径和权限，或用 --ledger
/// 指定另一个文件。`: no path, an "open" that never happened, and a fix that fits none of them.
/// It now names the ledger, says what happened, that nothing was changed, and what to do.
struct LedgerWriteFailureTests {
  /// An SQLite browser with unsaved changes holds the write lock while a clerk records a check:
  /// the change waits (here 1 s, 30 s in use), then says so; afterwards it goes in.
  @Test func aLedgerHeldByAnotherProgramIsSaidWithItsPathAndTheFix() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-cases-held-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("Ledger/ledger.sqlite").path
    let ledger = CaseLedger(store: try SQLiteCaseStore(path: path, busyTimeout: 1))
    _ = try ledger.importChildren(
      CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")

    let browser = try DatabaseQueue(path: path)
    var held: Result<CaseRecord, CaseLedger.ChangeError>?
    try browser.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        try db.execute(sql: "UPDATE cases SET township = township WHERE id = 1")
        held = ledger.perform(.check(.dropout), on: 1, by: "李辉", reason: "入户核实")
        return .rollback
      }
    }
    guard case .failure(let error) = held else {
      Issue.record(
        "a change went in while another program held the ledger: \(String(describing: held))")
      return
    }
    #expect(
      error.text(.chinese) == """
        台账 \(path) 读写出错，这次什么也没有改：另一个程序占着台账，等了 1 秒还没放开\
        （多半是打开着台账的 SQLite 浏览器里有没保存的修改，或另一个终端里的 ducha 正在写）。\
        改法：关掉那个程序（浏览器里先点“写入更改”或“撤销更改”）后再做一次。
        """)
    #expect(
      error.text(.english) == """
        the ledger \(path) could not be read or written; nothing was changed: another program \
        holds the ledger and did not let go within 1 s (most likely an SQLite browser with \
        unsaved changes, or ducha writing in another terminal). Fix: close that program (in a \
        browser, write or revert its changes first) and do it again.
        """)
    #expect(try ledger.fetch(1)?.status == .suspected)
    let again = ledger.perform(.check(.dropout), on: 1, by: "李辉", reason: "入户核实")
    #expect(try again.get().status == .dropout)
  }

  /// Another store's own error (not a `CaseStoreError`) names the store's location.
  @Test func anotherStoresErrorNamesItsLocation() {
    struct Refused: Error, CustomStringConvertible {
      var description: String { "connection reset" }
    }
    let store = FailingStore(location: "county-db:5432/ducha", error: Refused())
    let error = CaseStoreError.failed(Refused(), in: store)
    #expect(
      error.message.zh == """
        台账 county-db:5432/ducha 读写出错，这次什么也没有改：connection reset。\
        改法：再做一次；还不行，把这段话告诉管理台账的人。
        """)
    #expect(
      CaseStoreError.failed(CaseStoreError.notFound(caseID: 3), in: store) == .notFound(caseID: 3))
  }
}

/// A store whose every call throws `error`.
private struct FailingStore: CaseStore {
  let location: String
  let error: any Error & Sendable
  func importChildren(_ children: [ImportedChild], time: String, by: String) throws -> ImportResult
  {
    throw error
  }
  func fetch(_ id: Int64) throws -> CaseRecord? { throw error }
  func list(_ filter: CaseFilter) throws -> [CaseRecord] { throw error }
  func history(_ id: Int64) throws -> [CaseEvent] { throw error }
  func commit(_ record: CaseRecord, event: CaseEvent, expectedVersion: Int) throws { throw error }
  func overdue(asOf today: CivilDate) throws -> [CaseRecord] { throw error }
}
