import DuchaSession
import DuchaSync

/// What each role may read and write. Kept apart from HTTP and SQL so the rules read as one
/// table and are tested on their own.
public enum AccessPolicy {
  /// Which sessions a query may return.
  public enum Scope: Sendable, Equatable {
    /// The sessions of one group.
    case group(String)
    /// The sessions of one unit.
    case unit(String)
    /// Every session.
    case everything
    /// None (an account set up without the group or unit its role needs).
    case nothing
  }

  /// The sessions `account` may read; a county account may narrow it to `group`.
  public static func readScope(_ account: Account, group: String? = nil) -> Scope {
    switch account.role {
    case .inspector, .leader: account.group.map(Scope.group) ?? .nothing
    case .school: account.unit.map(Scope.unit) ?? .nothing
    case .county: group.map(Scope.group) ?? .everything
    }
  }

  /// The group a pushed `session` is filed under, or why `account` may not push it: an
  /// inspector or leader pushes only sessions of their own group (a session without a group is
  /// filed under theirs) and, when the county's plan is loaded, only its units of that group.
  public static func groupForPush(
    _ session: Session, by account: Account, plan: PlanAssignments?
  ) -> Result<String, Refusal> {
    switch account.role {
    case .county, .school:
      return .failure(Refusal("\(account.role.rawValue)账号不上传检查记录；请用检查人员或组长的账号。"))
    case .inspector, .leader:
      guard let group = account.group else {
        return .failure(Refusal("账号“\(account.name)”没有组别；请管理员用 ducha-server user add --group 重建。"))
      }
      // With a plan, 三组 and 第三组 are one group; without one, the names must be equal.
      if let own = session.group, !own.isEmpty, own != group, plan?.sameGroup(own, group) != true {
        return .failure(
          Refusal("记录 \(session.id) 属于“\(own)”，账号“\(account.name)”属于“\(group)”，只能上传本组的检查记录。"))
      }
      guard let plan else { return .success(group) }
      switch plan.allows(unit: session.unit.name, group: group) {
      case nil:
        return .failure(Refusal("检查计划 \(plan.plan.id) 里没有“\(group)”；请管理员核对账号的组别。"))
      case false?:
        return .failure(
          Refusal(
            "“\(session.unit.name)”不在检查计划 \(plan.plan.id) 里“\(group)”检查的单位中，不能上传；请核对单位名称或计划。"))
      case true?:
        return .success(group)
      }
    }
  }

  /// Whether `account` may keep the leader files of its group.
  public static func mayWriteDocuments(_ account: Account) -> Bool {
    account.role == .leader && account.group != nil
  }

  /// Whose cases `account` may read and change in the case ledger: every case for the county
  /// bureau (nil), only its own for a school (the child's school or the responsible school);
  /// inspectors and leaders keep the ledger of an inspection on their laptop.
  public static func caseSchool(_ account: Account) -> Result<String?, Refusal> {
    switch account.role {
    case .county: return .success(nil)
    case .school:
      guard let unit = account.unit else {
        return .failure(Refusal("学校账号“\(account.name)”没有单位；请管理员用 ducha-server user add --unit 重建。"))
      }
      return .success(unit)
    case .inspector, .leader:
      return .failure(Refusal("县服务器上的案例台账只对县教育局和学校的账号开放；检查时用本机台账（--ledger）。"))
    }
  }

  /// Whether full ID numbers may be returned: only to the county bureau, and only when asked.
  public static func mayReveal(_ account: Account, asked: Bool) -> Bool {
    asked && account.role == .county
  }
}

/// Why a request is not allowed, said to the user.
public struct Refusal: Error, Sendable, Equatable {
  /// The message.
  public var message: String

  /// Creates a refusal.
  public init(_ message: String) { self.message = message }
}
