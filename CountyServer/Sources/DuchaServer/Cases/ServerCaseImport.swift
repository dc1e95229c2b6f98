import DuchaCases
import Logging

extension CountyServer {
  /// `ducha-server cases import`: the county clerk's lists (`ducha compare --reveal`'s output,
  /// a township's CSV, sessions' roll calls), read on the laptop's rules (`CaseListReader`),
  /// imported into the server's case ledger through `CaseLedger` as on a laptop, so the same
  /// child is never a case twice; each file's import is written to the audit log. Without it
  /// the server's ledger had no way to be filled: `ducha cases import --server` is refused.
  public static func importCases(
    _ lists: [(file: String, children: [ImportedChild])], by author: String,
    database address: DatabaseAddress, logger: Logger
  ) async throws -> [ImportResult] {
    try await withDatabase(address, logger: logger) { database in
      try await Migrations.run(on: database.client, logger: logger)
      let stores = CaseStores(address: address, logger: logger)
      var results: [ImportResult] = []
      for (file, children) in lists {
        let result = try await stores.withLedger { try $0.importChildren(children, by: author) }
        try await database.log(
          account: author, action: "case import",
          target: "\(file)：新建 \(result.created.count)，已有 \(result.existing.count)")
        results.append(result)
      }
      return results
    }
  }
}
