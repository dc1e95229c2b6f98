import DuchaCases
import Logging
import NIOConcurrencyHelpers
import NIOPosix

/// The server's connections to the case ledger: idle `PostgresCaseStore`s, each used by one
/// request at a time on a thread of NIO's thread pool (the store's calls wait for PostgreSQL,
/// which must not happen on an event loop or in a request's task). At most as many stores as
/// the pool has threads are ever in use; a store whose connection broke reconnects itself.
final class CaseStores: Sendable {
  let address: DatabaseAddress
  private let logger: Logger
  private let idle = NIOLockedValueBox<[PostgresCaseStore]>([])

  init(address: DatabaseAddress, logger: Logger) {
    self.address = address
    self.logger = logger
  }

  /// Runs `body` with a ledger over a store of its own, off the request's task.
  func withLedger<T: Sendable>(_ body: @escaping @Sendable (CaseLedger) throws -> T) async throws
    -> T
  {
    try await NIOThreadPool.singleton.runIfActive {
      let store =
        try self.idle.withLockedValue { $0.popLast() }
        ?? PostgresCaseStore(address: self.address, logger: self.logger)
      defer { self.idle.withLockedValue { $0.append(store) } }
      return try body(CaseLedger(store: store))
    }
  }
}
