/// The shared strings of a workbook (xl/sharedStrings.xml), the one part of it that is held
/// whole while its sheet is read: a cell names its text by index, in any order. Excel puts
/// every text cell there, so in a registry export it is most of the text (each distinct name,
/// ID number and school once). The strings are kept as one run of UTF-8 bytes with where each
/// ends (4 bytes a string besides its text) rather than as an array of `String`, which takes 16
/// bytes a string and, for any longer than 15 bytes such as an ID number, an allocation of its own.
struct SharedStrings {
  private var bytes: [UInt8] = []
  private var ends: [UInt32] = []

  /// How many strings there are.
  var count: Int { ends.count }

  /// Adds the next string; false when the text would pass 4 GiB (the part is refused before).
  mutating func append(_ string: String) -> Bool {
    bytes.append(contentsOf: string.utf8)
    guard let end = UInt32(exactly: bytes.count) else { return false }
    ends.append(end)
    return true
  }

  /// The string at `index`, nil when there is none.
  subscript(index: Int) -> String? {
    guard index >= 0, index < ends.count else { return nil }
    let start = index == 0 ? 0 : Int(ends[index - 1])
    return String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self)
  }
}
