import DuchaCases

/// One empty ledger made for one check, whatever store keeps it: a SQLite file in a temporary
/// folder, or a fresh PostgreSQL database. `open` may be called several times; each call is
/// another connection to the same ledger (another clerk's terminal), so the concurrent checks
/// run over separate connections as real clerks would.
public struct LedgerPlace: Sendable {
  /// Which store, for the test's name and messages (`SQLite`, `PostgreSQL`).
  public var store: String
  /// Opens another connection to this ledger.
  public var open: @Sendable () throws -> any CaseStore
  /// Removes the ledger (the file, the database) after the check.
  public var remove: @Sendable () -> Void

  /// Creates a place.
  public init(
    store: String, open: @escaping @Sendable () throws -> any CaseStore,
    remove: @escaping @Sendable () -> Void
  ) {
    self.store = store
    self.open = open
    self.remove = remove
  }
}

/// One check of the ledger suite: what it establishes, and the check itself.
public struct LedgerCheck: Sendable, CustomStringConvertible {
  /// What the check establishes, as the test's argument reads in the test report.
  public var name: String
  /// Runs the check against a fresh, empty ledger.
  public var run: @Sendable (LedgerPlace) throws -> Void

  /// The name.
  public var description: String { name }
}
