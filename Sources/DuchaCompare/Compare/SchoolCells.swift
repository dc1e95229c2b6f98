#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Schools by the bytes of their 学校 cell, so a row's school is found without decoding its
/// name (rosters merged county-wide are not sorted by school): an open-addressing table of
/// FNV-1a hashes over one byte store, each hit confirmed byte for byte. A `Dictionary` of
/// arrays did the same with a SipHash and two allocations per name (5% of a run, perf).
struct SchoolCells {
  private var slots = [Int32](repeating: -1, count: 64)
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var values: [Int] = []
  private var store: [UInt8] = []

  /// The value stored for `bytes`, if any.
  func value(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == hash, lengths[entry] == bytes.count, equal(entry, bytes) {
        return values[entry]
      }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `value` for `bytes` (not yet stored).
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int) {
    if (values.count + 1) * 2 > slots.count { grow() }
    let hash = Self.hash(bytes)
    hashes.append(hash)
    starts.append(store.count)
    lengths.append(bytes.count)
    values.append(value)
    store.append(contentsOf: bytes)
    place(values.count - 1, hash: hash)
  }

  private mutating func place(_ entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(truncatingIfNeeded: entry)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for entry in values.indices { place(entry, hash: hashes[entry]) }
  }

  private func equal(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    return store.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + starts[entry], base, bytes.count) == 0
    }
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    // Mixed so the low bits the table uses depend on every byte.
    return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
  }
}
