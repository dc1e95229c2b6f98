/// "是不是…": the known names closest to a mistyped one, by edit distance over characters
/// (so a Chinese title with one wrong character is as close as an id with one wrong letter).
public enum NameSuggestions {
  /// Up to `limit` of `candidates` near `typed`: containing it, contained in it, or within an
  /// edit distance of a third of its length (at least 1, at most 3). Closest first.
  public static func near(_ typed: String, in candidates: [String], limit: Int = 3) -> [String] {
    let wanted = Array(typed.lowercased())
    guard !wanted.isEmpty else { return [] }
    let allowed = min(3, max(1, wanted.count / 3))
    var scored: [(distance: Int, name: String)] = []
    for name in Set(candidates) {
      let lowered = name.lowercased()
      if lowered.contains(typed.lowercased())
        || (lowered.count >= 2 && typed.lowercased().contains(lowered))
      {
        scored.append((0, name))
      } else {
        let distance = editDistance(wanted, Array(lowered), limit: allowed)
        if distance <= allowed { scored.append((distance, name)) }
      }
    }
    return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(
      \.name)
  }

  /// `near`, and when it finds nothing, the names that begin with something near `typed`: a
  /// checklist asked for by the start of its title with a wrong character (`灵壁` for
  /// 灵璧县学籍管理工作专项核查记录表, 壁 for 璧) is too far from the whole title to be near.
  public static func nearOrStartingNear(_ typed: String, in candidates: [String], limit: Int = 3)
    -> [String]
  {
    let found = near(typed, in: candidates, limit: limit)
    let wanted = Array(typed.lowercased())
    guard found.isEmpty, wanted.count >= 2 else { return found }
    let allowed = min(3, max(1, wanted.count / 3))
    var scored: [(distance: Int, name: String)] = []
    for name in Set(candidates) {
      let start = Array(name.lowercased().prefix(wanted.count))
      guard start.count == wanted.count else { continue }
      let distance = editDistance(wanted, start, limit: allowed)
      if distance <= allowed { scored.append((distance, name)) }
    }
    return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(
      \.name)
  }

  /// Levenshtein distance, stopping early once every path exceeds `limit` (long titles are
  /// compared against short ids without quadratic waste).
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      var best = current[0]
      for (j, y) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
        best = min(best, current[j + 1])
      }
      if best > limit { return limit + 1 }
      previous = current
    }
    return previous[b.count]
  }
}
