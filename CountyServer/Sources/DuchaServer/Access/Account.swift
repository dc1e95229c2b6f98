import DuchaSync

/// A user of the county server, as authenticated from a request's token.
public struct Account: Sendable, Equatable {
  /// The name (unique), e.g. 李明.
  public var name: String
  /// What the account may do.
  public var role: ServerRole
  /// The group of an inspector or leader (第二组).
  public var group: String?
  /// The unit of a school account (渔沟中学).
  public var unit: String?

  /// Creates an account.
  public init(name: String, role: ServerRole, group: String?, unit: String?) {
    self.name = name
    self.role = role
    self.group = group
    self.unit = unit
  }

  /// The account as the API describes it.
  public var info: AccountInfo { AccountInfo(name: name, role: role, group: group, unit: unit) }
}
