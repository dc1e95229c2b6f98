/// The first registration of each 重复学籍 key (`DuplicateFinder`), filled as students are
/// read so the students themselves need not be kept: per student, the index of the first one
/// with the same number and with the same name and birth date. Keys are packed (an 18-character
/// ID number in one integer, short name keys inline), about 60 bytes a student in all.
struct DuplicateIndex {
  private var packedNumbers: [UInt64: Int32] = [:]
  private var otherNumbers: [String: Int32] = [:]
  private var names: [PackedBytes: Int32] = [:]
  /// Per student, the first student with the same number key, or -1 for none.
  private(set) var numberOwner: [Int32] = []
  /// Per student, the first student with the same name and birth-date key, or -1 for none.
  private(set) var nameOwner: [Int32] = []

  /// How many students were added.
  var count: Int { numberOwner.count }

  /// Adds the next student; true when it shares a key with an earlier one.
  mutating func add(_ student: Student) -> Bool {
    let index = Int32(clamping: numberOwner.count)
    var number: Int32 = -1
    if let key = DuplicateFinder.numberKey(student) {
      if let packed = Self.pack(key) {
        number = packedNumbers[packed, default: index]
        if number == index { packedNumbers[packed] = index }
      } else {
        number = otherNumbers[key, default: index]
        if number == index { otherNumbers[key] = index }
      }
    }
    var name: Int32 = -1
    if let key = DuplicateFinder.nameAndBirthKey(student) {
      let packed = PackedBytes(key)
      name = names[packed, default: index]
      if name == index { names[packed] = index }
    }
    numberOwner.append(number)
    nameOwner.append(name)
    return (number >= 0 && number != index) || (name >= 0 && name != index)
  }

  /// Forgets the students from `index` on (a file read again from its start).
  mutating func truncate(to index: Int) {
    guard index < count else { return }
    let limit = Int32(clamping: index)
    numberOwner.removeSubrange(index...)
    nameOwner.removeSubrange(index...)
    packedNumbers = packedNumbers.filter { $0.value < limit }
    otherNumbers = otherNumbers.filter { $0.value < limit }
    names = names.filter { $0.value < limit }
  }

  /// Each student's first registration: the lowest index it is linked with, through either
  /// key, directly or through other duplicates.
  func originals() -> [Int32] {
    var parent = (0..<Int32(clamping: count)).map { $0 }
    func root(_ index: Int32) -> Int32 {
      var current = index
      while parent[Int(current)] != current {
        parent[Int(current)] = parent[Int(parent[Int(current)])]
        current = parent[Int(current)]
      }
      return current
    }
    func join(_ owner: Int32, _ index: Int32) {
      guard owner >= 0 else { return }
      let (a, b) = (root(owner), root(index))
      if a != b { parent[Int(max(a, b))] = min(a, b) }
    }
    for index in 0..<count {
      join(numberOwner[index], Int32(clamping: index))
      join(nameOwner[index], Int32(clamping: index))
    }
    return (0..<Int32(clamping: count)).map(root)
  }

  /// An ID number of 17 digits and a check character as one integer; nil for any other text.
  static func pack(_ number: String) -> UInt64? {
    let utf8 = number.utf8
    guard utf8.count == 18 else { return nil }
    var value: UInt64 = 0
    for (position, byte) in utf8.enumerated() {
      if byte >= 0x30, byte <= 0x39 {
        value = value * (position == 17 ? 11 : 10) + UInt64(byte - 0x30)
      } else if position == 17, byte == UInt8(ascii: "X") {
        value = value * 11 + 10
      } else {
        return nil
      }
    }
    return value
  }
}

/// Bytes as a dictionary key without an array of their own when short: the first 24 bytes
/// inline, the rest (rare: long names) in an array.
struct PackedBytes: Hashable {
  private var head: (UInt64, UInt64, UInt64) = (0, 0, 0)
  private var length: Int
  private var rest: [UInt8]?

  init(_ bytes: [UInt8]) {
    length = bytes.count
    for (index, byte) in bytes.prefix(24).enumerated() {
      let shifted = UInt64(byte) << (8 * UInt64(index % 8))
      switch index / 8 {
      case 0: head.0 |= shifted
      case 1: head.1 |= shifted
      default: head.2 |= shifted
      }
    }
    if bytes.count > 24 { rest = Array(bytes[24...]) }
  }

  static func == (lhs: PackedBytes, rhs: PackedBytes) -> Bool {
    lhs.head == rhs.head && lhs.length == rhs.length && lhs.rest == rhs.rest
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(head.0)
    hasher.combine(head.1)
    hasher.combine(head.2)
    hasher.combine(length)
    hasher.combine(rest)
  }
}
