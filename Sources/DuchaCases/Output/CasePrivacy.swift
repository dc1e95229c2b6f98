import DuchaSession
import Foundation

/// How a case's personal fields appear in an output: masked (the family name, the region code
/// and last character of the ID number) unless the user asked for `--reveal`.
public struct CasePrivacy: Sendable {
  /// Whether names and full numbers are shown.
  public var reveal: Bool
  /// Whether names are shown even when numbers are masked (the inspector's screen at the
  /// school, where the child must be found by name).
  public var showsNames: Bool
  /// Names masked inside free text too (`hiding(_:)`).
  var hiddenNames: [String] = []

  /// Creates a policy.
  public init(reveal: Bool, showsNames: Bool? = nil) {
    self.reveal = reveal
    self.showsNames = showsNames ?? reveal
  }

  /// The child's (or guardian's) name.
  public func name(_ text: String?) -> String {
    guard let text else { return "" }
    if reveal { return text }
    let masked = IDNumber.maskAll(in: text)
    return showsNames ? masked : PersonName.mask(masked)
  }

  /// An ID number.
  public func number(_ text: String) -> String { IDNumber.maskAll(in: text, reveal: reveal) }

  /// Free text (a school, a proof, an outcome): ID numbers and phone numbers in it are masked
  /// (a clerk writes “监护人电话13912345678” into a visit's outcome, while the phone column
  /// keeps only its last four digits), and so are the names `hiding(_:)` named (“王强答应下周一返校”).
  public func text(_ text: String?) -> String {
    var masked = reveal ? text ?? "" : PrivacyMask.numbers(text ?? "")
    guard !showsNames else { return masked }
    for name in hiddenNames where masked.contains(name) {
      masked = masked.replacingOccurrences(of: name, with: PersonName.mask(name))
    }
    return masked
  }

  /// The policy for one case's output: the child's and the guardian's names typed into its
  /// free text (a reason, a visit's outcome, a note) are masked like the name columns. Names
  /// of one character are left alone: they would mask that character everywhere.
  public func hiding(_ record: CaseRecord) -> CasePrivacy {
    var copy = self
    copy.hiddenNames = [record.child.name, record.child.guardian ?? ""]
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 2 }
      .sorted { $0.count > $1.count }
    return copy
  }

  /// A home address: down to the village or community unless revealed (`渔沟镇张庄村**`), as
  /// the phone keeps its last four digits: enough to know which village a case is in, not
  /// which house a child lives in. An address without such a word keeps its first three
  /// characters.
  public func address(_ text: String?) -> String {
    let masked = self.text(text)
    return reveal ? masked : ContactMask.address(masked)
  }

  /// A child's birth date: the year only unless revealed (`2013-**-**`, `BirthDateMask`).
  public func birthDate(_ text: String?) -> String {
    guard let text, !reveal else { return text ?? "" }
    return BirthDateMask.year(text)
  }

  /// The record as a shared answer carries it (the county server's `/v1/cases`): the birth
  /// date, the guardian's phone and the home address as `ducha cases list` prints them (year,
  /// last four digits, village), unless revealed. Names and ID numbers are left to the caller:
  /// the server keeps names (a school must find the child) and masks every number in the
  /// whole answer.
  public func sharedFields(_ record: CaseRecord) -> CaseRecord {
    guard !reveal else { return record }
    var copy = record
    copy.child.birthDate = record.child.birthDate.map(birthDate)
    copy.child.guardianPhone = record.child.guardianPhone.map(phone)
    copy.child.address = record.child.address.map(address)
    return copy
  }

  /// A phone number: only the last four digits unless revealed.
  public func phone(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "" }
    return reveal ? text : ContactMask.phone(text)
  }
}
