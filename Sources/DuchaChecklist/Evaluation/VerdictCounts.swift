extension FormResult {
  /// How many lines received each `判定` verdict, the words in the order the lines come
  /// (`[("达标", 3), ("不达标", 1)]`): a verification list's running count and its totals.
  public var verdictCounts: [(word: String, count: Int)] {
    var counts: [(word: String, count: Int)] = []
    forEachLeaf { line in
      guard let verdict = line.verdict else { return }
      if let at = counts.firstIndex(where: { $0.word == verdict }) {
        counts[at].count += 1
      } else {
        counts.append((verdict, 1))
      }
    }
    return counts
  }

  /// `达标 3，不达标 1` — or, in a list without `判定`, `齐全 1，缺失 0，不全 0`; the words of a
  /// list judged by `判定` come first, then whichever of 齐全/缺失/不全 some line was given.
  public func verificationWords(_ language: Language) -> [String] {
    let c = verification
    var counts = [
      (Localized("齐全", en: "complete"), c.complete), (Localized("缺失", en: "missing"), c.missing),
      (Localized("不全", en: "incomplete"), c.incomplete),
    ]
    let verdicts = verdictCounts
    if !verdicts.isEmpty {
      counts = verdicts.map { (Localized($0.word), $0.count) } + counts.filter { $0.1 > 0 }
    }
    return counts.map { "\($0.0.text(language)) \($0.1)" }
  }
}
