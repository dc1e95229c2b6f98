import Logging
import PostgresNIO

/// The database schema, as numbered steps applied once each, in order, inside one transaction
/// per step. A step is never edited after it has shipped: a change is a new step.
public enum Migrations {
  /// One step: its number and its statements.
  struct Step: Sendable {
    var version: Int
    var statements: [String]
  }

  static let steps: [Step] = [
    Step(
      version: 1,
      statements: [
        // Accounts: the token itself is never stored, only its SHA-256.
        """
        CREATE TABLE accounts (
          name text PRIMARY KEY,
          role text NOT NULL,
          group_name text,
          unit_name text,
          token_hash text NOT NULL UNIQUE,
          created_at timestamptz NOT NULL DEFAULT now(),
          disabled boolean NOT NULL DEFAULT false)
        """,
        // Every pushed version of every session, append-only: nothing is updated or deleted, so
        // an older push can never replace a newer version; the newest is chosen when read.
        """
        CREATE TABLE session_versions (
          id bigserial PRIMARY KEY,
          session_id text NOT NULL,
          save_sequence integer NOT NULL,
          content_hash text NOT NULL,
          updated_at text NOT NULL,
          checklist_id text NOT NULL,
          unit_name text NOT NULL,
          group_name text NOT NULL,
          body text NOT NULL,
          pushed_by text NOT NULL,
          pushed_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (session_id, save_sequence, content_hash))
        """,
        "CREATE INDEX session_versions_group ON session_versions (group_name, session_id)",
        "CREATE INDEX session_versions_unit ON session_versions (unit_name, session_id)",
        // The leader files of each group, every version kept; the newest is the highest id.
        """
        CREATE TABLE group_documents (
          id bigserial PRIMARY KEY,
          group_name text NOT NULL,
          name text NOT NULL,
          content_hash text NOT NULL,
          body text NOT NULL,
          pushed_by text NOT NULL,
          pushed_at timestamptz NOT NULL DEFAULT now())
        """,
        "CREATE INDEX group_documents_latest ON group_documents (group_name, name, id DESC)",
        // Who wrote what, when.
        """
        CREATE TABLE audit_log (
          id bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          account text NOT NULL,
          action text NOT NULL,
          target text NOT NULL)
        """,
      ]),
    // The county's inspection plans, every version kept; the newest decides which units each
    // group may push.
    Step(
      version: 2,
      statements: [
        """
        CREATE TABLE plans (
          id bigserial PRIMARY KEY,
          plan_id text NOT NULL,
          body text NOT NULL,
          loaded_by text NOT NULL,
          loaded_at timestamptz NOT NULL DEFAULT now())
        """
      ]),
  ]

  /// The newest schema version this server knows.
  public static var latestVersion: Int { steps.last?.version ?? 0 }

  /// Applies the steps the database lacks; returns the versions applied. Safe to run from two
  /// servers at once: an advisory lock makes the second wait and then find nothing to do.
  @discardableResult
  public static func run(on client: PostgresClient, logger: Logger) async throws -> [Int] {
    try await client.query(
      """
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
      """, logger: logger)
    var applied: [Int] = []
    for step in steps {
      let done = try await client.withTransaction(logger: logger) { connection -> Bool in
        // 20211105: any fixed number; all ducha servers on one database share this lock.
        try await connection.query("SELECT pg_advisory_xact_lock(20211105)", logger: logger)
        let rows = try await connection.query(
          "SELECT version FROM schema_migrations WHERE version = \(step.version)", logger: logger)
        for try await _ in rows { return true }
        for statement in step.statements {
          try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        try await connection.query(
          "INSERT INTO schema_migrations (version) VALUES (\(step.version))", logger: logger)
        return false
      }
      if !done { applied.append(step.version) }
    }
    return applied
  }
}
