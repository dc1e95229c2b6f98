/// The comparison's join of the enrolled numbers with the population's, done after both sides
/// are read. A hash table of a million children does not fit in the processor's caches, so
/// filling and probing it row by row costs a cache miss or two per row (13% of a run, perf).
/// Both sides are instead split by a hash of the key into partitions of about two thousand
/// keys (radix partitioning), and each partition is joined in a small table that stays in the
/// cache. Partitions keep the rows' order, so "first enrolment" is the first in file order.
struct KeyJoin {
  /// For each enrolled row, the row where the same child was first enrolled (itself if first).
  var firstRow: [Int32]
  /// For each enrolled row that is a child's first, whether the child is on a population list.
  var enrolledOnList: [Bool]
  /// For each population key, whether the child is enrolled.
  var populationEnrolled: [Bool]
  /// How many different children the population keys flagged in `inAge` are.
  var distinctInAge: Int
  /// How many different children the population keys are, of any age.
  var distinctPopulation: Int
  /// Population rows whose number an earlier population row already has, with that earlier
  /// row (the first of the number in file order): the same child on two lists, or written
  /// twice in one list. Few, unless a 民政 list repeats the 公安 list's children.
  var repeatedPopulation: [(row: Int, first: Int)]

  /// Joins `enrolled` (one key per enrolled row, file order) with `population` (one key per
  /// population row with a usable number, file order; `inAge[i]` says whether row `i`'s child
  /// is within the ages).
  init(enrolled: [UInt64], population: [UInt64], inAge: [Bool]) {
    let total = max(enrolled.count, population.count)
    var bits = 0
    while bits < 16, (1 << bits) * 2048 < total { bits += 1 }
    let shift = UInt64(64 - bits)
    func partition(_ key: UInt64) -> Int {
      bits == 0 ? 0 : Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
    let left = Partitioned(enrolled, partitions: 1 << bits, partition)
    let right = Partitioned(population, partitions: 1 << bits, partition)

    firstRow = [Int32](repeating: 0, count: enrolled.count)
    enrolledOnList = [Bool](repeating: false, count: enrolled.count)
    populationEnrolled = [Bool](repeating: false, count: population.count)
    distinctInAge = 0
    distinctPopulation = 0
    repeatedPopulation = []
    // One table for the enrolled of a partition, one for its in-age population; sized for the
    // largest partition, so even a list of one repeated number cannot overfill them.
    var largest = 1
    for index in 0..<(1 << bits) {
      largest = max(largest, left.count(index), right.count(index))
    }
    var enrolledTable = SmallTable(capacity: largest)
    var inAgeTable = SmallTable(capacity: largest)
    var populationTable = SmallTable(capacity: largest)
    for index in 0..<(1 << bits) {
      enrolledTable.clear()
      inAgeTable.clear()
      populationTable.clear()
      for slot in left.range(index) {
        let row = left.rows[slot]
        firstRow[Int(row)] = enrolledTable.insert(left.keys[slot], row: row)
      }
      for slot in right.range(index) {
        let key = right.keys[slot]
        let row = Int(right.rows[slot])
        let firstOnLists = Int(populationTable.insert(key, row: right.rows[slot]))
        if firstOnLists == row {
          distinctPopulation += 1
        } else {
          repeatedPopulation.append((row, firstOnLists))
        }
        if let first = enrolledTable.find(key) {
          populationEnrolled[row] = true
          enrolledOnList[Int(first)] = true
        }
        if inAge[row],
          inAgeTable.insert(key, row: Int32(truncatingIfNeeded: row))
            == Int32(truncatingIfNeeded: row)
        {
          distinctInAge += 1
        }
      }
    }
  }
}

/// Keys regrouped by partition, each partition's keys in their original order, with the
/// index each key had.
private struct Partitioned {
  var keys: [UInt64]
  var rows: [Int32]
  var starts: [Int]

  init(_ source: [UInt64], partitions: Int, _ partition: (UInt64) -> Int) {
    var starts = [Int](repeating: 0, count: partitions + 1)
    for key in source { starts[partition(key) + 1] += 1 }
    for index in 0..<partitions { starts[index + 1] += starts[index] }
    var next = starts
    var keys = [UInt64](repeating: 0, count: source.count)
    var rows = [Int32](repeating: 0, count: source.count)
    for (row, key) in source.enumerated() {
      let target = partition(key)
      keys[next[target]] = key
      rows[next[target]] = Int32(truncatingIfNeeded: row)
      next[target] += 1
    }
    self.keys = keys
    self.rows = rows
    self.starts = starts
  }

  func range(_ index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }
  func count(_ index: Int) -> Int { starts[index + 1] - starts[index] }
}

/// An open-addressing table of keys and the first row of each, at most half full.
private struct SmallTable {
  private var keys: [UInt64]  // key + 1; 0 = empty
  private var rows: [Int32]
  private var used: [Int] = []
  private let mask: Int

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    rows = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  private func start(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 29) & mask
  }

  /// Empties the table, touching only the slots filled.
  mutating func clear() {
    for slot in used { keys[slot] = 0 }
    used.removeAll(keepingCapacity: true)
  }

  /// Adds `key` at `row` unless present; returns the key's first row either way.
  mutating func insert(_ key: UInt64, row: Int32) -> Int32 {
    let stored = key &+ 1
    var slot = start(key)
    while true {
      let found = keys[slot]
      if found == 0 {
        keys[slot] = stored
        rows[slot] = row
        used.append(slot)
        return row
      }
      if found == stored { return rows[slot] }
      slot = (slot + 1) & mask
    }
  }

  /// The first row of `key`, if present.
  func find(_ key: UInt64) -> Int32? {
    let stored = key &+ 1
    var slot = start(key)
    while true {
      let found = keys[slot]
      if found == 0 { return nil }
      if found == stored { return rows[slot] }
      slot = (slot + 1) & mask
    }
  }
}
