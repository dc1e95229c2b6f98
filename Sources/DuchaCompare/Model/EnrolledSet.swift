/// The enrolled children by ID number: an open-addressing hash table of packed keys, about 40
/// bytes per child, so the county's whole enrolment fits in tens of megabytes.
public struct EnrolledSet: Sendable {
  /// One enrolment: the school and where its row is.
  public struct Place: Sendable, Equatable {
    /// The index of the roster file.
    public var file: Int
    /// The school's index in the comparison's school names.
    public var school: Int
    /// The row's line.
    public var line: Int
    /// The row's reference in its file (byte offset or row index).
    public var reference: Int

    /// Creates a place.
    public init(file: Int, school: Int, line: Int, reference: Int) {
      self.file = file
      self.school = school
      self.line = line
      self.reference = reference
    }
  }

  private var slots: [UInt32] = Array(repeating: 0, count: 1 << 10)
  /// The keys, in insertion order; entry `i` is `keys[i]`.
  public private(set) var keys: [UInt64] = []
  /// Where entry `i` was first enrolled.
  public private(set) var places: [Place] = []

  /// Creates an empty set.
  public init() {}

  /// The number of distinct children.
  public var count: Int { keys.count }

  private static func hash(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24)
  }

  /// The entry of `key`, if enrolled.
  public func entry(of key: ResidentKey) -> Int? {
    let mask = slots.count - 1
    var index = Self.hash(key.value) & mask
    while true {
      let slot = slots[index]
      if slot == 0 { return nil }
      if keys[Int(slot) - 1] == key.value { return Int(slot) - 1 }
      index = (index + 1) & mask
    }
  }

  /// Adds `key` enrolled at `place`; returns the existing entry when the child is there already.
  public mutating func insert(_ key: ResidentKey, at place: Place) -> Int? {
    if (keys.count + 1) * 10 > slots.count * 7 { grow() }
    let mask = slots.count - 1
    var index = Self.hash(key.value) & mask
    while true {
      let slot = slots[index]
      if slot == 0 {
        keys.append(key.value)
        places.append(place)
        slots[index] = UInt32(keys.count)
        return nil
      }
      if keys[Int(slot) - 1] == key.value { return Int(slot) - 1 }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    var larger = [UInt32](repeating: 0, count: slots.count * 2)
    let mask = larger.count - 1
    for (entry, key) in keys.enumerated() {
      var index = Self.hash(key) & mask
      while larger[index] != 0 { index = (index + 1) & mask }
      larger[index] = UInt32(entry + 1)
    }
    slots = larger
  }
}
