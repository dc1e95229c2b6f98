/// The one masker of shared outputs: ID numbers (`IDNumber.maskAll`) and the students' names
/// the inspection knows (`StudentNames`), in every piece of free text, before any layout.
/// Every model's `maskingPersonalData` passes its text through it.
public struct PrivacyMask: Sendable {
  /// The names to mask besides ID numbers.
  public var names: StudentNames

  /// A masker for `names`.
  public init(names: StudentNames) {
    self.names = names
  }

  /// `text` with ID numbers and known names masked.
  public func callAsFunction(_ text: String) -> String {
    names.mask(in: IDNumber.maskAll(in: text))
  }
}
