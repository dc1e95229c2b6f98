import GRDB

/// The ledger's tables, created and upgraded by GRDB's migrator (each migration runs once, in
/// a transaction, and is recorded in the file).
enum SQLiteSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: cases and their history") { db in
      try db.create(table: "cases") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("child_key", .text).notNull().unique()
        table.column("name", .text).notNull()
        table.column("id_number", .text).notNull()
        table.column("school", .text).notNull().indexed()
        table.column("township", .text).notNull()
        table.column("responsible_school", .text).notNull().indexed()
        table.column("assignee", .text)
        table.column("status", .text).notNull().indexed()
        table.column("due_date", .text)
        table.column("visit_count", .integer).notNull().defaults(to: 0)
        table.column("child_json", .text).notNull()
        table.column("facts_json", .text).notNull()
        table.column("source", .text).notNull()
        table.column("created_at", .text).notNull()
        table.column("updated_at", .text).notNull()
        table.column("version", .integer).notNull()
      }
      try db.create(table: "case_events") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("case_id", .integer).notNull().references("cases")
        table.column("sequence", .integer).notNull()
        table.column("time", .text).notNull()
        table.column("by", .text).notNull()
        table.column("reason", .text).notNull()
        table.column("action", .text).notNull()
        table.column("from_state", .text)
        table.column("to_state", .text).notNull()
        table.column("details_json", .text).notNull()
        table.uniqueKey(["case_id", "sequence"])
      }
      // The history is append-only in the file itself, not only by convention of this code:
      // another program (a DB browser, a script) cannot rewrite or delete it either.
      try db.execute(
        sql: """
          CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
          BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
          CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
          BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
          """)
    }
    // A case row deleted in a DB browser (which may run with foreign keys off) left its history
    // behind on a number nothing showed, and importing the list again made the child a new
    // case from 疑似. Cases are closed, never deleted: the file itself refuses it now.
    // Immediate: a ledger that already lost a row must still open (to be told so); a deferred
    // check would refuse the whole file over the orphaned history.
    migrator.registerMigration("v2: cases are never deleted", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
          BEGIN SELECT RAISE(ABORT, 'cases are never deleted: close a case with ducha cases close'); END;
          """)
    }
    return migrator
  }

  /// Whether a ledger opened read-only can be read: it has the tables (the first migration);
  /// the later migrations add only guards.
  static func isReadable(_ db: Database) throws -> Bool {
    try migrator.appliedIdentifiers(db).contains("v1: cases and their history")
  }
}
