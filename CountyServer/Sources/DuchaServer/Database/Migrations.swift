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
    // The 控辍保学 case ledger (PostgresCaseStore): the layout of the laptop's SQLite ledger,
    // with the history append-only in the database itself (a trigger refuses UPDATE/DELETE).
    Step(
      version: 3,
      statements: [
        """
        CREATE TABLE cases (
          id bigserial PRIMARY KEY,
          child_key text NOT NULL UNIQUE,
          name text NOT NULL,
          id_number text NOT NULL,
          school text NOT NULL,
          township text NOT NULL,
          responsible_school text NOT NULL,
          assignee text,
          status text NOT NULL,
          due_date text,
          visit_count integer NOT NULL DEFAULT 0,
          child_json jsonb NOT NULL,
          facts_json jsonb NOT NULL,
          source text NOT NULL,
          created_at text NOT NULL,
          updated_at text NOT NULL,
          version integer NOT NULL)
        """,
        "CREATE INDEX cases_school ON cases (school)",
        "CREATE INDEX cases_responsible_school ON cases (responsible_school)",
        "CREATE INDEX cases_status ON cases (status)",
        """
        CREATE TABLE case_events (
          id bigserial PRIMARY KEY,
          case_id bigint NOT NULL REFERENCES cases (id),
          sequence integer NOT NULL,
          "time" text NOT NULL,
          "by" text NOT NULL,
          reason text NOT NULL,
          action text NOT NULL,
          from_state text,
          to_state text NOT NULL,
          details_json jsonb NOT NULL,
          UNIQUE (case_id, sequence))
        """,
        """
        CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'case history is append-only'; END $$
        """,
        """
        CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
        FOR EACH ROW EXECUTE FUNCTION case_events_append_only()
        """,
        """
        CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
        FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only()
        """,
      ]),
    // Each version's save history (`Session.saveHistory`) and the fingerprint of what it holds
    // (`SaveHistory.own`), so that a pull hands out every version no later one holds: a copy
    // continued apart on a second laptop to a lower save number is no longer dropped for the
    // higher one. Versions stored before this step have neither and are taken by their save
    // number, as before.
    Step(
      version: 4,
      statements: [
        "ALTER TABLE session_versions ADD COLUMN fingerprint text",
        "ALTER TABLE session_versions ADD COLUMN save_history text[]",
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
