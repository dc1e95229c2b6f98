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
  /// The form's `判定` words (`Checklist.verdictWords`), counted in the running total.
  let verdictWords: [String]
  /// The ids of the form's 加分项 sections, whose points the running total names apart.
  let bonusSections: Set<String>
  let language: Language
  let style: TerminalStyle
  let width: Int

  /// The blocks `showScore` prints, in order.
  func render(_ result: FormResult) -> [String] {
    var blocks: [String] = []
    if let itemResult = InspectionREPL.itemResult(itemID, in: result) {
      blocks.append(ItemScore.format(itemResult, language: language, style: style, width: width))
    }
    blocks.append(
      Self.runningTotal(
        result, kind: kind, verdictWords: verdictWords, bonusSections: bonusSections,
        language: language))
    return blocks
  }

  /// `累计：已评 12/19 项，得分 85.5 / 100；待定 3 项`. Items that do not apply to the unit are
  /// left out of both numbers, as in `ducha resume`. Points of 加分项 sections count in the
  /// score but not in the maximum, so the score names them (`得分 24 / 23（含加分 1）`): an
  /// inspector reading 24 of 23 otherwise takes it for a mistake.
  static func runningTotal(
    _ result: FormResult, kind: Checklist.Kind, verdictWords: [String] = [],
    bonusSections: Set<String> = [], language: Language
  ) -> String {
    let english = language == .english
    let (done, total) = progress(result)
    let pending = total - done
    if kind == .verification {
      let words = result.verificationWords(language, formWords: verdictWords)
      let checked =
        result.verification.complete + result.verification.missing
        + result.verification.incomplete + result.verdictCounts.reduce(0) { $0 + $1.count }
      return english
        ? "so far: \(checked)/\(total) checked (\(words.joined(separator: ", ")))"
        : "累计：已核验 \(checked)/\(total) 项（\(words.joined(separator: "，"))）"
    }
    let bonus = DecimalMath.total(
      result.sections.lazy.filter { bonusSections.contains($0.id) }.map(\.scoredSoFar))
    let score = ScoreFormat.string(result.scoredSoFar)
    let max = ScoreFormat.string(result.applicableMax)
    let included =
      bonus > 0
      ? (english
        ? " (bonus \(ScoreFormat.string(bonus)) included)" : "（含加分 \(ScoreFormat.string(bonus))）")
      : ""
    return english
      ? "so far: \(done)/\(total) items, \(score) of \(max)\(included)"
        + (pending > 0 ? "; \(pending) pending" : "")
      : "累计：已评 \(done)/\(total) 项，得分 \(score) / \(max)\(included)"
        + (pending > 0 ? "；待定 \(pending) 项" : "")
  }

  /// Scored items and applicable items (不适用 left out of both).
  static func progress(_ result: FormResult) -> (done: Int, total: Int) {
    let items = result.leafItems.filter { $0.state != .notApplicable }
    return (items.filter { $0.state.score != nil }.count, items.count)
  }
}
