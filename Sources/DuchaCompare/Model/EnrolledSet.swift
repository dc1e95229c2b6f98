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

  // Open addressing over two parallel arrays: the packed key + 1 (0 = empty), so a probe
  // touches one cache line, and the entry number, read only on a hit.
  private var slotKeys: [UInt64] = Array(repeating: 0, count: 1 << 10)
  private var slotEntries: [UInt32] = Array(repeating: 0, count: 1 << 10)
  /// The keys, in insertion order; entry `i` is `keys[i]`.
  public private(set) var keys: [UInt64] = []
  /// Where entry `i` was first enrolled.
  public private(set) var places: [Place] = []

  /// Creates an empty set with room for about `capacity` children before it grows.
  public init(capacity: Int = 0) {
    var slots = 1 << 10
    while slots * 7 < capacity * 10 { slots *= 2 }
    slotKeys = Array(repeating: 0, count: slots)
    slotEntries = Array(repeating: 0, count: slots)
    keys.reserveCapacity(capacity)
    places.reserveCapacity(capacity)
  }

  /// The number of distinct children.
  public var count: Int { keys.count }

  private static func hash(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24)
  }

  /// The entry of `key`, if enrolled.
  public func entry(of key: ResidentKey) -> Int? {
    let mask = slotKeys.count - 1
    let stored = key.value &+ 1
    var index = Self.hash(key.value) & mask
    while true {
      let slot = slotKeys[index]
      if slot == 0 { return nil }
      if slot == stored { return Int(slotEntries[index]) }
      index = (index + 1) & mask
    }
  }

  /// Adds `key` enrolled at `place`; returns the existing entry when the child is there already.
  public mutating func insert(_ key: ResidentKey, at place: Place) -> Int? {
    if (keys.count + 1) * 10 > slotKeys.count * 7 { grow() }
    let mask = slotKeys.count - 1
    let stored = key.value &+ 1
    var index = Self.hash(key.value) & mask
    while true {
      let slot = slotKeys[index]
      if slot == 0 {
        slotKeys[index] = stored
        slotEntries[index] = UInt32(truncatingIfNeeded: keys.count)
        keys.append(key.value)
        places.append(place)
        return nil
      }
      if slot == stored { return Int(slotEntries[index]) }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    let size = slotKeys.count * 2
    var newKeys = [UInt64](repeating: 0, count: size)
    var newEntries = [UInt32](repeating: 0, count: size)
    let mask = size - 1
    for (entry, key) in keys.enumerated() {
      var index = Self.hash(key) & mask
      while newKeys[index] != 0 { index = (index + 1) & mask }
      newKeys[index] = key &+ 1
      newEntries[index] = UInt32(truncatingIfNeeded: entry)
    }
    slotKeys = newKeys
    slotEntries = newEntries
  }
}
