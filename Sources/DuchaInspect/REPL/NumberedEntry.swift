extension Array {
  /// The index of the entry a user chose by its number counted from 1 (`1` is the first entry),
  /// or nil when no entry has that number. It compares before it subtracts: a typed
  /// `-9223372036854775808` is refused like any other wrong number instead of overflowing.
  func index(numbered number: Int) -> Int? {
    number >= 1 && number <= count ? number - 1 : nil
  }

  /// The entry a user chose by its number counted from 1, or nil when no entry has that number.
  func entry(numbered number: Int) -> Element? {
    index(numbered: number).map { self[$0] }
  }
}
