import DuchaChecklist
import DuchaRender
import DuchaTerminal

/// What the walk prints after an item's questions: the item's score with its reasons, then the
/// running total (`InspectionREPL.showScore`). A value that depends only on the scored form and
/// on settings fixed for the walk, so the other thread of an answer's save
/// (`ScoreInAdvance`) can work it out beside the form while the file is fsynced, and the REPL
/// only prints it.
struct ScoreLines: Sendable {
  /// The item or part whose score is shown.
  let itemID: String
  let kind: Checklist.Kind
  let language: Language
  let style: TerminalStyle
  let width: Int

  /// The blocks `showScore` prints, in order.
  func render(_ result: FormResult) -> [String] {
    var blocks: [String] = []
    if let itemResult = InspectionREPL.itemResult(itemID, in: result) {
      blocks.append(ItemScore.format(itemResult, language: language, style: style, width: width))
    }
    blocks.append(Self.runningTotal(result, kind: kind, language: language))
    return blocks
  }

  /// `累计：已评 12/19 项，得分 85.5 / 100；待定 3 项`. Items that do not apply to the unit are
  /// left out of both numbers, as in `ducha resume`.
  static func runningTotal(_ result: FormResult, kind: Checklist.Kind, language: Language)
    -> String
  {
    let english = language == .english
    let (done, total) = progress(result)
    let pending = total - done
    if kind == .verification {
      let c = result.verification
      var counts = [
        (Localized("齐全", en: "complete"), c.complete), (Localized("缺失", en: "missing"), c.missing),
        (Localized("不全", en: "incomplete"), c.incomplete),
      ]
      let verdicts = verdictCounts(result)
      if !verdicts.isEmpty {
        // A list judged by `判定` (达标/不达标 …): its own words; 齐全/缺失/不全 only when
        // some line was given one.
        counts = counts.filter { $0.1 > 0 } + verdicts.map { (Localized($0.word), $0.count) }
      }
      let checked = counts.reduce(0) { $0 + $1.1 }
      let list = counts.map { "\($0.0.text(language)) \($0.1)" }
      return english
        ? "so far: \(checked)/\(total) checked (\(list.joined(separator: ", ")))"
        : "累计：已核验 \(checked)/\(total) 项（\(list.joined(separator: "，"))）"
    }
    let score = ScoreFormat.string(result.scoredSoFar)
    let max = ScoreFormat.string(result.applicableMax)
    return english
      ? "so far: \(done)/\(total) items, \(score) of \(max)"
        + (pending > 0 ? "; \(pending) pending" : "")
      : "累计：已评 \(done)/\(total) 项，得分 \(score) / \(max)"
        + (pending > 0 ? "；待定 \(pending) 项" : "")
  }

  /// How many lines received each `判定` verdict, the words in the order the lines come.
  static func verdictCounts(_ result: FormResult) -> [(word: String, count: Int)] {
    var counts: [(word: String, count: Int)] = []
    for item in result.leafItems {
      guard let verdict = item.verdict else { continue }
      if let at = counts.firstIndex(where: { $0.word == verdict }) {
        counts[at].count += 1
      } else {
        counts.append((verdict, 1))
      }
    }
    return counts
  }

  /// Scored items and applicable items (不适用 left out of both).
  static func progress(_ result: FormResult) -> (done: Int, total: Int) {
    let items = result.leafItems.filter { $0.state != .notApplicable }
    return (items.filter { $0.state.score != nil }.count, items.count)
  }
}
