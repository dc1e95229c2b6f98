/// A value files write as one of a few fixed words: 已完成, 学校, 小学, 齐全.
///
/// Read back, a word that is not one of them (a leader's `"status" : "完成"` typed in
/// Notepad) is refused with the words that are, so the message can say what to write instead
/// of Foundation's “Cannot initialize Status from invalid String value 完成”.
public protocol FixedWord: RawRepresentable, CaseIterable, Codable where RawValue == String {}

/// A word a file holds where only `allowed` may stand; the underlying error of the decoding
/// error a `FixedWord` throws.
public struct UnknownWord: Error, Sendable, Equatable {
  /// The word as written in the file.
  public var word: String
  /// The words that may stand there, in the order the type declares them.
  public var allowed: [String]
}

extension FixedWord {
  /// Reads the word, or throws `DecodingError.dataCorrupted` with an `UnknownWord` beneath it.
  public init(from decoder: any Decoder) throws {
    let word = try decoder.singleValueContainer().decode(String.self)
    guard let value = Self(rawValue: word) else {
      let allowed = Self.allCases.map(\.rawValue)
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "“\(word)” is not one of \(allowed.joined(separator: ", "))",
          underlyingError: UnknownWord(word: word, allowed: allowed)))
    }
    self = value
  }
}
