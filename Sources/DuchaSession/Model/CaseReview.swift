/// 案例 in an inspection: the school's case figures read from the ledger (so the session scores
/// the same later, without the ledger) and what the inspector did to its cases on the spot.
public struct CaseReview: Codable, Sendable, Equatable {
  /// The ledger file read.
  public var ledger: String
  /// When the figures were read.
  public var time: String
  /// `Figures.cases` name → count (`未结案`, `无劝返记录`, `逾期` …), the `案例.*` figures.
  public var counts: [String: Int]
  /// Changes made from this inspection, oldest first.
  public var actions: [Action]

  /// One change made on the spot.
  public struct Action: Codable, Sendable, Equatable {
    /// The case number in the ledger.
    public var caseID: Int64
    /// What was done (核实, 走访, 核查, 复学销号).
    public var action: String
    /// The case's state after.
    public var status: String
    /// What the inspector wrote.
    public var note: String
    /// When.
    public var time: String

    /// Creates an action.
    public init(caseID: Int64, action: String, status: String, note: String, time: String) {
      self.caseID = caseID
      self.action = action
      self.status = status
      self.note = note
      self.time = time
    }
  }

  /// Creates a review.
  public init(ledger: String, time: String, counts: [String: Int], actions: [Action] = []) {
    self.ledger = ledger
    self.time = time
    self.counts = counts
    self.actions = actions
  }
}
