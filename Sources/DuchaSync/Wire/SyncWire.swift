import DuchaChecklist
import Foundation

/// The paths of the county server's HTTP API (JSON over HTTPS behind the reverse proxy).
public enum SyncRoute {
  /// `POST` a session file's bytes; `GET` the newest version of each session one may see.
  public static let sessions = "/v1/sessions"
  /// `GET` every stored version (id, save sequence, content hash) one may see.
  public static let sessionIndex = "/v1/sessions/index"
  /// `GET` the group's leader files; `POST` one of them.
  public static let documents = "/v1/documents"
  /// `GET` who the token belongs to.
  public static let whoami = "/v1/whoami"
  /// `GET` without a token: the server is up and its database answers.
  public static let health = "/v1/health"
}

/// One stored version of a session: the session's id, its save sequence and the SHA-256 of the
/// file's bytes. The server keeps every version once (pushing one again changes nothing).
public struct SessionVersionKey: Codable, Hashable, Sendable {
  /// The session's id.
  public var id: String
  /// Its save sequence (0 for files written before format 3).
  public var saveSequence: Int
  /// `SHA256.hex` of the file's bytes.
  public var contentHash: String

  /// Creates a key.
  public init(id: String, saveSequence: Int, contentHash: String) {
    self.id = id
    self.saveSequence = saveSequence
    self.contentHash = contentHash
  }

  /// The key of a session file's bytes.
  public static func contentHash(of bytes: Data) -> String { SHA256.hex(Array(bytes)) }
}

/// The versions a user may see: what a laptop need not push again.
public struct SessionIndex: Codable, Sendable {
  /// The stored versions.
  public var versions: [SessionVersionKey]

  /// Creates an index.
  public init(versions: [SessionVersionKey]) { self.versions = versions }
}

/// The server's answer to a pushed session version.
public struct PushReceipt: Codable, Sendable, Equatable {
  /// The version.
  public var key: SessionVersionKey
  /// Whether this push stored it (false: the server had it already).
  public var stored: Bool

  /// Creates a receipt.
  public init(key: SessionVersionKey, stored: Bool) {
    self.key = key
    self.stored = stored
  }
}

/// The newest version of one session, as the server hands it out (ID numbers and students'
/// names masked, `SharedCopy`, unless the role may see them and asked to).
public struct PulledSession: Codable, Sendable {
  /// The version.
  public var key: SessionVersionKey
  /// The session file's JSON text.
  public var body: String
  /// The account that pushed this version (nil from servers before it was sent): said when two
  /// laptops pushed the same save with other answers.
  public var pushedBy: String?

  /// Creates a pulled session.
  public init(key: SessionVersionKey, body: String, pushedBy: String? = nil) {
    self.key = key
    self.body = body
    self.pushedBy = pushedBy
  }
}

/// The answer to `GET /v1/sessions`.
public struct SessionPull: Codable, Sendable {
  /// The newest version of each session; every version at the newest save when two laptops
  /// pushed that save with other answers (the one saved last first).
  public var sessions: [PulledSession]

  /// Creates a pull.
  public init(sessions: [PulledSession]) { self.sessions = sessions }
}

/// One of a group's leader files (`_合并决定.json`, `_问题清单.json`), newest version.
public struct GroupDocument: Codable, Sendable, Equatable {
  /// The leader files the server keeps per group.
  public static let names = ["_合并决定.json", "_问题清单.json"]

  /// The group.
  public var group: String
  /// The file's name.
  public var name: String
  /// `SHA256.hex` of its bytes (of the stored, unmasked text).
  public var contentHash: String
  /// Its JSON text.
  public var body: String
  /// Who pushed this version.
  public var pushedBy: String
  /// When (ISO 8601, UTC).
  public var pushedAt: String

  /// Creates a document.
  public init(
    group: String, name: String, contentHash: String, body: String, pushedBy: String,
    pushedAt: String
  ) {
    self.group = group
    self.name = name
    self.contentHash = contentHash
    self.body = body
    self.pushedBy = pushedBy
    self.pushedAt = pushedAt
  }
}

/// A leader file pushed: accepted only if `previousHash` is the server's newest version (or
/// there is none), so one leader's edit never silently replaces another's.
public struct DocumentPush: Codable, Sendable {
  /// The file's name, one of `GroupDocument.names`.
  public var name: String
  /// The version this edit started from (nil for a first push).
  public var previousHash: String?
  /// The file's JSON text.
  public var body: String

  /// Creates a push.
  public init(name: String, previousHash: String?, body: String) {
    self.name = name
    self.previousHash = previousHash
    self.body = body
  }
}

/// The answer to `GET /v1/documents`.
public struct DocumentPull: Codable, Sendable {
  /// The newest version of each of the group's files.
  public var documents: [GroupDocument]

  /// Creates a pull.
  public init(documents: [GroupDocument]) { self.documents = documents }
}

/// The roles of the county server's accounts.
public enum ServerRole: String, Codable, Sendable, CaseIterable {
  /// 检查人员: pushes the sessions of their group's units, pulls the group's sessions.
  case inspector = "检查人员"
  /// 组长: as an inspector, and keeps the group's merge decisions and problem list.
  case leader = "组长"
  /// 县教育局: reads every group; the only role that may see full ID numbers (`reveal`).
  case county = "县教育局"
  /// 学校: reads its own unit's sessions, masked.
  case school = "学校"
}

/// Who a token belongs to.
public struct AccountInfo: Codable, Sendable, Equatable {
  /// The account's name.
  public var name: String
  /// Its role.
  public var role: ServerRole
  /// The group (检查人员, 组长).
  public var group: String?
  /// The unit (学校).
  public var unit: String?

  /// Creates the description of an account.
  public init(name: String, role: ServerRole, group: String?, unit: String?) {
    self.name = name
    self.role = role
    self.group = group
    self.unit = unit
  }
}

/// The body of every error answer: one sentence in Chinese saying what and what to do.
public struct ServerErrorBody: Codable, Sendable {
  /// The message.
  public var error: String

  /// Creates an error body.
  public init(error: String) { self.error = error }
}
