/// The county server's case API (`/v1/cases`), shared by the server and its clients: the
/// requests and answers as JSON. The server runs every change through `CaseLedger` (the same
/// state machine as a laptop), with the signed-in account as the author.
public enum CaseRoute {
  /// `GET`: the cases the account may see (`?status=&school=&township=&open=1&reveal=1`).
  public static let cases = "/v1/cases"

  /// `GET`: one case and its history; `POST` a `CaseChangeRequest`: change it.
  public static func one(_ id: Int64) -> String { "/v1/cases/\(id)" }
}

/// The answer of `GET /v1/cases`.
public struct CaseListReply: Codable, Sendable, Equatable {
  /// The cases, by number.
  public var cases: [CaseRecord]

  /// Creates an answer.
  public init(cases: [CaseRecord]) { self.cases = cases }
}

/// The answer of `GET /v1/cases/ID` and of a change.
public struct CaseDetailReply: Codable, Sendable, Equatable {
  /// The case as it now is.
  public var record: CaseRecord
  /// Its history, oldest first.
  public var history: [CaseEvent]

  /// Creates an answer.
  public init(record: CaseRecord, history: [CaseEvent]) {
    self.record = record
    self.history = history
  }
}

/// `POST /v1/cases/ID`: one change, by the signed-in account.
public struct CaseChangeRequest: Codable, Sendable, Equatable {
  /// What to do.
  public var action: CaseAction
  /// Why (`--reason`).
  public var reason: String
  /// The version the clerk saw: when given, the change is refused if the case has moved on
  /// since (a repeated request after a lost answer is then refused, never applied twice);
  /// when absent, the change is re-checked against the case as it is now, like
  /// `CaseLedger.perform`.
  public var expectedVersion: Int?

  /// Creates a request.
  public init(action: CaseAction, reason: String = "", expectedVersion: Int? = nil) {
    self.action = action
    self.reason = reason
    self.expectedVersion = expectedVersion
  }
}
