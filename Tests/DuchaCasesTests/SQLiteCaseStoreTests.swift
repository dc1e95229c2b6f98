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
