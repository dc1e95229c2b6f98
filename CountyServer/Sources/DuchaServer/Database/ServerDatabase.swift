import DuchaSession
import DuchaSync
import Foundation
import Logging
import PostgresNIO

/// The county server's tables, one method per question the API asks. Every write runs in a
/// transaction together with its line in the audit log.
public struct ServerDatabase: Sendable {
  /// The connection pool.
  public let client: PostgresClient
  let logger: Logger

  /// Wraps a running client.
  public init(client: PostgresClient, logger: Logger) {
    self.client = client
    self.logger = logger
  }

  // MARK: Accounts

  /// Creates an account for `token` (stored hashed); fails if the name is taken.
  public func addAccount(_ account: Account, token: String, by admin: String) async throws {
    try await client.withTransaction(logger: logger) { connection in
      try await connection.query(
        """
        INSERT INTO accounts (name, role, group_name, unit_name, token_hash)
        VALUES (\(account.name), \(account.role.rawValue), \(account.group), \(account.unit),
                \(Token.hash(token)))
        """, logger: logger)
      try await connection.query(
        """
        INSERT INTO audit_log (account, action, target)
        VALUES (\(admin), 'user add', \(account.name + " " + account.role.rawValue))
        """, logger: logger)
    }
  }

  /// Gives the account `name` a new token (the old one stops working at once) and enables it
  /// if it was disabled: an inspector who lost the token, or a stolen laptop's account handed
  /// back on a new one. Returns false when there is no such account.
  public func replaceToken(of name: String, with token: String, by admin: String) async throws
    -> Bool
  {
    try await client.withTransaction(logger: logger) { connection in
      let rows = try await connection.query(
        """
        UPDATE accounts SET token_hash = \(Token.hash(token)), disabled = false
        WHERE name = \(name) RETURNING name
        """, logger: logger)
      var found = false
      for try await _ in rows { found = true }
      guard found else { return false }
      try await connection.query(
        "INSERT INTO audit_log (account, action, target) VALUES (\(admin), 'user token', \(name))",
        logger: logger)
      return true
    }
  }

  /// Disables the account `name` (a lost laptop): its token is refused from the next request
  /// on; `replaceToken` enables it again with a new one. Returns false when there is no such
  /// account.
  public func disable(_ name: String, by admin: String) async throws -> Bool {
    try await client.withTransaction(logger: logger) { connection in
      let rows = try await connection.query(
        "UPDATE accounts SET disabled = true WHERE name = \(name) RETURNING name", logger: logger)
      var found = false
      for try await _ in rows { found = true }
      guard found else { return false }
      try await connection.query(
        "INSERT INTO audit_log (account, action, target) VALUES (\(admin), 'user disable', \(name))",
        logger: logger)
      return true
    }
  }

  /// The names of the disabled accounts.
  public func disabledAccounts() async throws -> Set<String> {
    let rows = try await client.query(
      "SELECT name FROM accounts WHERE disabled", logger: logger)
    var names = Set<String>()
    for try await name in rows.decode(String.self) { names.insert(name) }
    return names
  }

  /// The account whose token hashes to `tokenHash`, if any and not disabled.
  public func account(tokenHash: String) async throws -> Account? {
    let rows = try await client.query(
      """
      SELECT name, role, group_name, unit_name FROM accounts
      WHERE token_hash = \(tokenHash) AND NOT disabled
      """, logger: logger)
    for try await (name, role, group, unit) in rows.decode((String, String, String?, String?).self)
    {
      guard let role = ServerRole(rawValue: role) else { return nil }
      return Account(name: name, role: role, group: group, unit: unit)
    }
    return nil
  }

  /// Every account, by name.
  public func accounts() async throws -> [Account] {
    let rows = try await client.query(
      "SELECT name, role, group_name, unit_name FROM accounts ORDER BY name", logger: logger)
    var found: [Account] = []
    for try await (name, role, group, unit) in rows.decode((String, String, String?, String?).self)
    {
      if let role = ServerRole(rawValue: role) {
        found.append(Account(name: name, role: role, group: group, unit: unit))
      }
    }
    return found
  }

  // MARK: Sessions

  /// Stores one version of a session unless it is there already (same id, save sequence and
  /// content); returns whether it was stored. Never updates or deletes a version.
  public func storeVersion(
    _ session: Session, bytes: Data, group: String, by account: Account
  ) async throws -> PushReceipt {
    let key = SessionVersionKey(
      id: session.id, saveSequence: session.saveSequence ?? 0,
      contentHash: SessionVersionKey.contentHash(of: bytes))
    let body = String(decoding: bytes, as: UTF8.self)
    let fingerprint = SaveHistory.ownFingerprint(of: session)
    let history = session.saveHistory
    let stored = try await client.withTransaction(logger: logger) { connection -> Bool in
      let rows = try await connection.query(
        """
        INSERT INTO session_versions (session_id, save_sequence, content_hash, updated_at,
          checklist_id, unit_name, group_name, body, pushed_by, fingerprint, save_history)
        VALUES (\(key.id), \(key.saveSequence), \(key.contentHash), \(session.updatedAt),
          \(session.checklistID), \(session.unit.name), \(group), \(body), \(account.name),
          \(fingerprint), \(history))
        ON CONFLICT (session_id, save_sequence, content_hash) DO NOTHING
        RETURNING id
        """, logger: logger)
      var inserted = false
      for try await _ in rows { inserted = true }
      if inserted {
        try await connection.query(
          """
          INSERT INTO audit_log (account, action, target)
          VALUES (\(account.name), 'push session',
                  \("\(key.id) #\(key.saveSequence) \(session.unit.name) \(group)"))
          """, logger: logger)
      }
      return inserted
    }
    return PushReceipt(key: key, stored: stored)
  }

  /// Every stored version within `scope`.
  public func versions(in scope: AccessPolicy.Scope) async throws -> [SessionVersionKey] {
    guard let filter = Self.filter(scope) else { return [] }
    var query: PostgresQuery =
      "SELECT session_id, save_sequence, content_hash FROM session_versions"
    query = Self.appending(query, filter)
    let rows = try await client.query(query, logger: logger)
    var keys: [SessionVersionKey] = []
    for try await (id, sequence, hash) in rows.decode((String, Int, String).self) {
      keys.append(SessionVersionKey(id: id, saveSequence: sequence, contentHash: hash))
    }
    return keys
  }

  /// The newest versions of each session within `scope`: every version that no version with a
  /// higher save holds (`SaveHistory`: the later one's history records this one's save with this
  /// one's fingerprint) — the highest save, and a copy continued apart on another laptop to a
  /// lower save (handing out only the highest silently dropped that copy's answers). A later
  /// version that does not record the save at all (stored before histories, or without one)
  /// is taken to hold it, by its save number, as `SessionStore.newestCopies` does. At one save,
  /// every version: when two laptops pushed it with other answers, neither is newer. Highest
  /// save first, then latest `updatedAt`, then the first stored.
  public func newestSessions(in scope: AccessPolicy.Scope) async throws -> [PulledSession] {
    guard let filter = Self.filter(scope) else { return [] }
    // Decided on the keys, fingerprints and histories first, so that only the chosen rows'
    // bodies are read.
    var query: PostgresQuery = """
      SELECT v.session_id, v.save_sequence, v.content_hash, v.body, v.pushed_by
      FROM session_versions v JOIN (
        SELECT c.id FROM session_versions c
      """
    query = Self.appending(query, filter, alias: "c")
    query = Self.appending(
      query,
      """
       \(filter.isNone ? "WHERE" : "AND") NOT EXISTS (
          SELECT 1 FROM session_versions l
          WHERE l.session_id = c.session_id AND l.save_sequence > c.save_sequence
            AND (c.fingerprint IS NULL OR l.save_history IS NULL
              OR (c.save_sequence::text || ':' || c.fingerprint) = ANY (l.save_history)
              OR NOT EXISTS (
                SELECT 1 FROM unnest(l.save_history) AS e
                WHERE e LIKE c.save_sequence::text || ':%')))
        ) AS heads ON heads.id = v.id
        ORDER BY v.session_id, v.save_sequence DESC, v.updated_at DESC, v.id ASC
      """)
    let rows = try await client.query(query, logger: logger)
    var found: [PulledSession] = []
    for try await (id, sequence, hash, body, by) in rows.decode(
      (String, Int, String, String, String).self)
    {
      found.append(
        PulledSession(
          key: SessionVersionKey(id: id, saveSequence: sequence, contentHash: hash), body: body,
          pushedBy: by))
    }
    return found
  }

  /// The number of stored versions and of distinct sessions (for checks and the load script).
  public func counts() async throws -> (versions: Int, sessions: Int) {
    let rows = try await client.query(
      "SELECT count(*)::bigint, count(DISTINCT session_id)::bigint FROM session_versions",
      logger: logger)
    for try await (versions, sessions) in rows.decode((Int, Int).self) {
      return (versions, sessions)
    }
    return (0, 0)
  }

  private enum Filter {
    case group(String)
    case unit(String)
    case none

    /// No condition: a query goes on with `WHERE`, not `AND`.
    var isNone: Bool {
      if case .none = self { return true }
      return false
    }
  }

  private static func filter(_ scope: AccessPolicy.Scope) -> Filter? {
    switch scope {
    case .group(let group): .group(group)
    case .unit(let unit): .unit(unit)
    case .everything: Filter.none
    case .nothing: nil
    }
  }

  private static func appending(
    _ query: PostgresQuery, _ filter: Filter, alias: String? = nil
  ) -> PostgresQuery {
    var result = query
    let table = alias.map { $0 + "." } ?? ""
    switch filter {
    case .group(let group):
      result.sql += " WHERE \(table)group_name = $\(result.binds.count + 1)"
      result.binds.append(group)
    case .unit(let unit):
      result.sql += " WHERE \(table)unit_name = $\(result.binds.count + 1)"
      result.binds.append(unit)
    case .none: break
    }
    return result
  }

  private static func appending(_ query: PostgresQuery, _ sql: String) -> PostgresQuery {
    var result = query
    result.sql += sql
    return result
  }

  // MARK: Leader files

  /// The newest version of each of `group`'s leader files.
  public func documents(group: String) async throws -> [GroupDocument] {
    let rows = try await client.query(
      """
      SELECT DISTINCT ON (name) name, content_hash, body, pushed_by,
        to_char(pushed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
      FROM group_documents WHERE group_name = \(group) ORDER BY name, id DESC
      """, logger: logger)
    var found: [GroupDocument] = []
    for try await (name, hash, body, by, at) in rows.decode(
      (String, String, String, String, String).self)
    {
      found.append(
        GroupDocument(
          group: group, name: name, contentHash: hash, body: body, pushedBy: by, pushedAt: at))
    }
    return found
  }

  /// Stores a new version of a leader file if `push.previousHash` is the newest stored one (or
  /// the content is already the newest: nothing to do); otherwise refuses, naming who changed
  /// it, so two leaders' edits never overwrite each other.
  public func storeDocument(_ push: DocumentPush, group: String, by account: Account)
    async throws -> Result<GroupDocument, Refusal>
  {
    let hash = SessionVersionKey.contentHash(of: Data(push.body.utf8))
    return try await client.withTransaction(logger: logger) {
      connection -> Result<GroupDocument, Refusal> in
      // One writer per group file at a time: the check and the insert below see the same
      // newest version.
      try await connection.query(
        "SELECT pg_advisory_xact_lock(hashtext(\(group + "/" + push.name)))", logger: logger)
      let rows = try await connection.query(
        """
        SELECT content_hash, pushed_by FROM group_documents
        WHERE group_name = \(group) AND name = \(push.name) ORDER BY id DESC LIMIT 1
        """, logger: logger)
      var newest: (hash: String, by: String)?
      for try await (stored, by) in rows.decode((String, String).self) { newest = (stored, by) }
      let now = ISO8601DateFormatter().string(from: Date())
      let document = GroupDocument(
        group: group, name: push.name, contentHash: hash, body: push.body,
        pushedBy: account.name, pushedAt: now)
      if let newest, newest.hash == hash { return .success(document) }
      if let newest, newest.hash != push.previousHash {
        return .failure(
          Refusal(
            "\(push.name)：服务器上有 \(newest.by) 上传的较新版本，这份改动是在旧版本上做的；先 ducha sync --pull 取回，合并后再上传。"))
      }
      try await connection.query(
        """
        INSERT INTO group_documents (group_name, name, content_hash, body, pushed_by)
        VALUES (\(group), \(push.name), \(hash), \(push.body), \(account.name))
        """, logger: logger)
      try await connection.query(
        """
        INSERT INTO audit_log (account, action, target)
        VALUES (\(account.name), 'push document', \(group + " " + push.name))
        """, logger: logger)
      return .success(document)
    }
  }

  // MARK: Plan

  /// Makes `plan` the current plan (earlier ones are kept).
  public func setPlan(_ plan: PlanAssignments, text: String, by admin: String) async throws {
    try await client.withTransaction(logger: logger) { connection in
      try await connection.query(
        "INSERT INTO plans (plan_id, body, loaded_by) VALUES (\(plan.plan.id), \(text), \(admin))",
        logger: logger)
      try await connection.query(
        "INSERT INTO audit_log (account, action, target) VALUES (\(admin), 'plan set', \(plan.plan.id))",
        logger: logger)
    }
  }

  /// The current plan's row number and text, if a plan was loaded.
  public func currentPlan() async throws -> (row: Int, text: String)? {
    let rows = try await client.query(
      "SELECT id, body FROM plans ORDER BY id DESC LIMIT 1", logger: logger)
    for try await (row, text) in rows.decode((Int, String).self) { return (row, text) }
    return nil
  }

  // MARK: Audit

  /// One line of the audit log.
  public struct AuditEntry: Sendable, Equatable {
    /// When (UTC, ISO 8601).
    public var at: String
    /// Who.
    public var account: String
    /// What.
    public var action: String
    /// On what.
    public var target: String
  }

  /// Writes one line of the audit log (a write whose own transaction is elsewhere, as a case
  /// change in the case ledger's).
  public func log(account: String, action: String, target: String) async throws {
    try await client.query(
      "INSERT INTO audit_log (account, action, target) VALUES (\(account), \(action), \(target))",
      logger: logger)
  }

  /// The last `limit` writes, newest first.
  public func audit(limit: Int) async throws -> [AuditEntry] {
    let rows = try await client.query(
      """
      SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), account, action, target
      FROM audit_log ORDER BY id DESC LIMIT \(limit)
      """, logger: logger)
    var entries: [AuditEntry] = []
    for try await (at, account, action, target) in rows.decode(
      (String, String, String, String).self)
    {
      entries.append(AuditEntry(at: at, account: account, action: action, target: target))
    }
    return entries
  }
}
