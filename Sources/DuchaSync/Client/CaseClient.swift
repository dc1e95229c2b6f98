import DuchaCases
import Foundation

/// The county server's case ledger from a laptop (`ducha cases … --server`): the same cases the
/// clerk's role may see on the server, changed through the server's state machine with the
/// account as the author. Requests are retried like every sync request; a change is sent with
/// the version the clerk's command read, so a retry after a lost answer is refused by the
/// server rather than recorded twice.
public struct CaseClient: Sendable {
  /// The server, signed in.
  public let client: SyncClient

  /// Creates a client.
  public init(client: SyncClient) { self.client = client }

  /// The cases passing `filter` that the account may see; ID numbers masked unless `reveal`
  /// (county accounts only).
  public func list(_ filter: CaseFilter, reveal: Bool = false) async throws(SyncError)
    -> [CaseRecord]
  {
    var query: [URLQueryItem] = []
    // One word the server reads back as the same states (`辍学` for the five dropout states).
    if let statuses = filter.statuses {
      let name =
        statuses == CaseStatusChoice.dropouts.statuses
        ? CaseStatusChoice.dropouts.name : statuses.first.map(\.rawValue) ?? ""
      query.append(.init(name: "status", value: name))
    }
    if let school = filter.school { query.append(.init(name: "school", value: school)) }
    if let township = filter.township { query.append(.init(name: "township", value: township)) }
    if filter.openOnly { query.append(.init(name: "open", value: "1")) }
    if reveal { query.append(.init(name: "reveal", value: "1")) }
    return try await client.get(CaseRoute.cases, query: query, as: CaseListReply.self).cases
  }

  /// One case and its history.
  public func detail(_ id: Int64, reveal: Bool = false) async throws(SyncError)
    -> CaseDetailReply
  {
    let query = reveal ? [URLQueryItem(name: "reveal", value: "1")] : []
    return try await client.get(CaseRoute.one(id), query: query, as: CaseDetailReply.self)
  }

  /// Applies `action` to case `id` on the server: reads the case, then sends the change with
  /// the version read (the server refuses it if the case moved on meanwhile; the clerk looks
  /// again). Returns the case as it now is.
  public func perform(_ action: CaseAction, on id: Int64, reason: String) async throws(SyncError)
    -> CaseRecord
  {
    let current = try await detail(id)
    let request = CaseChangeRequest(
      action: action, reason: reason, expectedVersion: current.record.version)
    let body: Data
    do {
      body = try JSONEncoder().encode(request)
    } catch {
      throw .badAnswer(detail: "\(error)")
    }
    return try await client.post(CaseRoute.one(id), body: body, as: CaseDetailReply.self).record
  }
}
