/// The one masker of shared outputs: ID numbers (`IDNumber.maskAll`), phone numbers
/// (`PhoneNumber.maskAll`) and the students' names the inspection knows (`StudentNames`), in
/// every piece of free text, before any layout. Every model's `maskingPersonalData` passes its
/// text through it.
public struct PrivacyMask: Sendable {
  /// The names to mask besides ID and phone numbers.
  public var names: StudentNames

  /// A masker for `names`.
  public init(names: StudentNames) {
    self.names = names
  }

  /// `text` with ID numbers, phone numbers and known names masked.
  public func callAsFunction(_ text: String) -> String {
    names.mask(in: Self.numbers(text))
  }

  /// `text` with ID numbers and phone numbers masked, for text that names no child (a unit,
  /// a title, an inspector) or for outputs that know no names. ID numbers first: a run of
  /// digits long enough for one is never read as a phone number.
  public static func numbers(_ text: String) -> String {
    PhoneNumber.maskAll(in: IDNumber.maskAll(in: text))
  }
}
