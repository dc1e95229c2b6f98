import Foundation

extension ProblemList.Entry {
  /// What a 问题清单 entry may lack before the list is signed.
  public enum MissingField: Sendable, Equatable {
    /// 责任人.
    case responsible
    /// 整改期限.
    case deadline
  }

  /// The fields this entry lacks (blank counts as missing), 责任人 before 期限: the ones
  /// `ducha problems sign` names before asking to sign anyway.
  public var missingFields: [MissingField] {
    [(responsible, MissingField.responsible), (deadline, .deadline)]
      .filter { ($0.0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }.map(\.1)
  }
}
