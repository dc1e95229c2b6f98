/// Chinese resident ID numbers (GB 11643-1999): validation and masking. Students are minors;
/// their ID numbers are shown and exported masked unless the user asks otherwise.
public enum IDNumber {
  private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  private static let checkCharacters = Array("10X98765432")

  /// Whether `text` is an 18-character ID number with a correct check character.
  public static func isValid(_ text: String) -> Bool {
    let characters = Array(String(text.map(halfWidth)).uppercased())
    guard characters.count == 18, characters[..<17].allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return false
    }
    let sum = zip(characters[..<17], weights).map { Int(String($0))! * $1 }.reduce(0, +)
    return characters[17] == checkCharacters[sum % 11]
  }

  /// Whether `text` looks like an ID number or a 全国学籍号 (G/J/L + 18), valid or not;
  /// full-width digits and letters count as their ASCII forms.
  public static func looksLikeIdentifier(_ text: String) -> Bool {
    var body = String(text.map(halfWidth)).uppercased()
    if let first = body.first, "GJL".contains(first), body.count == 19 { body.removeFirst() }
    return body.count == 18 && body.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Keeps the region code (first 6) and the check character (last), hiding the birth date
  /// and sequence: `11010519491231002X` → `110105***********X`; a 学籍号 keeps its letter too.
  public static func mask(_ text: String) -> String {
    guard looksLikeIdentifier(text) else { return text }
    let characters = Array(text)
    let prefix = characters.count == 19 ? 7 : 6
    return String(characters[..<prefix])
      + String(repeating: "*", count: characters.count - prefix - 1)
      + String(characters[characters.count - 1])
  }

  /// Masks every ID-number-like word in free text (names stay: they are needed to act).
  public static func maskAll(in text: String) -> String {
    var result = ""
    var word = ""
    func flush() {
      result += mask(word)
      word = ""
    }
    for character in text {
      let ascii = halfWidth(character)
      if ascii.isASCII && (ascii.isNumber || ascii.isLetter) {
        word.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }

  /// Full-width ASCII (`１`, `Ｘ`), as a Chinese input method in full-width mode types it, as
  /// the ASCII character; other characters unchanged.
  private static func halfWidth(_ character: Character) -> Character {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
    else { return character }
    return Character(ascii)
  }
}
