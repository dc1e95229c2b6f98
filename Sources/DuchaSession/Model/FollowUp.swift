import Foundation

/// What a 回头看 session carries: where its problems came from, the previous result, and the
/// re-check of each open problem.
public struct FollowUpRecord: Codable, Sendable, Equatable {
  /// One open problem, re-checked.
  public struct Check: Codable, Sendable, Equatable {
    /// The problem list entry's number.
    public var number: Int
    /// The item it concerns.
    public var itemID: String
    /// The finding, as listed.
    public var finding: String
    /// Whether it was found rectified.
    public var rectified: Bool
    /// Evidence seen (photo or document name).
    public var evidence: String?
    /// When.
    public var time: String

    /// Creates a check.
    public init(
      number: Int, itemID: String, finding: String, rectified: Bool, evidence: String?, time: String
    ) {
      self.number = number
      self.itemID = itemID
      self.finding = finding
      self.rectified = rectified
      self.evidence = evidence
      self.time = time
    }
  }

  /// The problem list the follow-up started from.
  public var problemList: String
  /// The sessions of the previous inspection of this unit.
  public var previousSessionIDs: [String]
  /// The previous total, when it was scored.
  public var previousTotal: Decimal?
  /// The previous inspection's date.
  public var previousDate: String?
  /// The re-checks.
  public var checks: [Check]

  /// Creates a record.
  public init(
    problemList: String, previousSessionIDs: [String], previousTotal: Decimal?,
    previousDate: String?,
    checks: [Check] = []
  ) {
    self.problemList = problemList
    self.previousSessionIDs = previousSessionIDs
    self.previousTotal = previousTotal
    self.previousDate = previousDate
    self.checks = checks
  }
}
