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

  /// `达标 3，不达标 1` — or, in a list without `判定`, `齐全 1，缺失 0，不全 0`. `formWords`, the
  /// form's own verdict words (`Checklist.verdictWords`), are each counted, 0 included, in the
  /// form's order; then whichever of 齐全/缺失/不全 some line was given.
  public func verificationWords(_ language: Language, formWords: [String] = []) -> [String] {
    let c = verification
    var counts = [
      (Localized("齐全", en: "complete"), c.complete), (Localized("缺失", en: "missing"), c.missing),
      (Localized("不全", en: "incomplete"), c.incomplete),
    ]
    let verdicts = verdictCounts
    var words = formWords
    for (word, _) in verdicts where !words.contains(word) { words.append(word) }
    if !words.isEmpty {
      counts =
        words.map { word in
          (Localized(word), verdicts.first { $0.word == word }?.count ?? 0)
        } + counts.filter { $0.1 > 0 }
    }
    return counts.map { "\($0.0.text(language)) \($0.1)" }
  }
}

extension Checklist {
  /// Every word the form's `判定` rules can give, in the order written (A/B/C letters sorted):
  /// what a verification list counts.
  public var verdictWords: [String] {
    var words: [String] = []
    for item in leafItems {
      for rule in item.rules {
        guard case .verdict(let verdict) = rule.kind else { continue }
        for label in verdict.labels where !words.contains(label) { words.append(label) }
      }
    }
    // Grades written as letters (A、B、C) read in their own order whatever order the `判定`
    // tests them in (A first, then C, 其余=B).
    if words.count > 1,
      words.allSatisfy({ $0.count == 1 && $0.first?.isLetter == true && $0.first?.isASCII == true })
    {
      words.sort()
    }
    return words
  }
}

extension Item {
  /// The verdict that meets the line: the first word of its `判定` (达标, 一致, A); nil when it
  /// has none. Every other word it can give falls short.
  public var metVerdict: String? {
    for rule in rules {
      if case .verdict(let verdict) = rule.kind { return verdict.levels.first?.label }
    }
    return nil
  }
}
