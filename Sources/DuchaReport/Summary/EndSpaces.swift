import Foundation

extension String {
  /// Exactly `trimmingCharacters(in: .whitespaces)`, without Foundation's bridged copy when
  /// neither end is a space (nearly always): a summary's problem lines name thousands of
  /// units, and each line was copied through `NSString` only to be given back unchanged.
  var trimmingEndSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return self }
    let spaces = CharacterSet.whitespaces
    guard spaces.contains(first) || spaces.contains(last) else { return self }
    return trimmingCharacters(in: .whitespaces)
  }
}
