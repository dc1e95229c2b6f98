import DuchaSync
import Foundation
import Hummingbird
import Logging
import NIOCore
import PostgresNIO

/// The county server: the HTTP API over a PostgreSQL database, migrated on start.
public enum CountyServer {
  /// Runs a database client for the duration of `work` (postgres-nio's pool needs `run()`).
  public static func withDatabase<T: Sendable>(
    _ address: DatabaseAddress, logger: Logger,
    _ work: @Sendable (ServerDatabase) async throws -> T
  ) async throws -> T {
    // A one-shot command (`ducha-server user list`) prints its background log on the clerk's
    // terminal. `start` narrows the race in which postgres-nio warns that `run()` "hasn't been
    // called yet" but cannot close it (the flag is private), and on a loaded machine the warning
    // still came: the query waits for `run()` all the same, so only errors are shown here.
    var background = logger
    background.logLevel = .error
    let client = PostgresClient(configuration: address.configuration, backgroundLogger: background)
    return try await withThrowingTaskGroup(of: Void.self) { group in
      await start(client, in: &group)
      defer { group.cancelAll() }
      return try await work(ServerDatabase(client: client, logger: logger))
    }
  }

  /// Starts `client.run()` in `group` and returns once that task is about to call it. A query
  /// sent before `run()` has begun still waits for it, but postgres-nio warns on the terminal
  /// ("Trying to lease connection … `PostgresClient.run()` hasn't been called yet"), which the
  /// clerk saw on about every other `ducha-server user add`.
  private static func start(
    _ client: PostgresClient, in group: inout ThrowingTaskGroup<Void, any Error>
  ) async {
    let (started, signal) = AsyncStream<Void>.makeStream()
    group.addTask {
      signal.finish()
      await client.run()
    }
    for await _ in started {}
    // `run()` marks the client running before its first suspension; give its task that turn.
    await Task.yield()
  }

  /// Migrates the database and serves the API on `host:port` until cancelled or signalled;
  /// `onRunning` receives the port actually bound (0 picks a free one, as the tests do).
  public static func serve(
    database address: DatabaseAddress, host: String, port: Int, logger: Logger,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) async throws {
    let client = PostgresClient(configuration: address.configuration, backgroundLogger: logger)
    let database = ServerDatabase(client: client, logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
      await start(client, in: &group)
      defer { group.cancelAll() }
      let applied = try await migrateRetrying(client, logger: logger)
      if !applied.isEmpty { logger.info("migrated to schema \(applied.map(String.init))") }
      let router = Router(context: BasicRequestContext.self)
      let routes = ServerRoutes(database: database, logger: logger)
      routes.register(on: router)
      CaseRoutes(routes: routes, stores: CaseStores(address: address, logger: logger))
        .register(on: router)
      let app = Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "ducha-server"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
        logger: logger)
      try await app.runService()
    }
  }

  /// Migrations, retried for a while: a county machine may start the server before PostgreSQL
  /// accepts connections.
  private static func migrateRetrying(_ client: PostgresClient, logger: Logger) async throws
    -> [Int]
  {
    var attempt = 0
    while true {
      attempt += 1
      do {
        return try await Migrations.run(on: client, logger: logger)
      } catch {
        if attempt >= 30 { throw error }
        logger.warning("database not ready (\(attempt)/30): \(String(reflecting: error))")
        try await Task.sleep(for: .seconds(1))
      }
    }
  }
}
