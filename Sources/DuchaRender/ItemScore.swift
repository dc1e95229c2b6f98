import DuchaChecklist
import DuchaSession
import DuchaTerminal

/// Renders an item's score with every reason: the base, each deduction, formula values.
public enum ItemScore {
  /// `得分 8.5 / 10` followed by the reasons, one per line.
  public static func format(
    _ result: ItemResult, language: Language = .chinese,
    style: TerminalStyle = TerminalStyle(enabled: false),
    width: Int = 80
  ) -> String {
    let zh = language == .chinese
    let max = ScoreFormat.string(result.maxPoints)
    var lines: [String] = []
    switch result.state {
    case .scored(let score):
      if let status = result.status {
        lines.append((zh ? "核验：" : "checked: ") + status.rawValue)
      } else if let verdict = result.verdict, result.maxPoints == 0 {
        // A line of a verification list (no points) judged by `判定`: the verdict is the result.
        lines.append((zh ? "判定：" : "verdict: ") + verdict)
      } else {
        let text = (zh ? "得分 " : "score ") + "\(ScoreFormat.string(score)) / \(max)"
        lines.append(score == result.maxPoints ? style.green(text) : style.yellow(text))
      }
    case .pending(let reasons):
      lines.append(
        style.yellow(zh ? "待定" : "pending") + "："
          + reasons.map { $0.text(language) }.joined(separator: "；"))
    case .notApplicable:
      lines.append(zh ? "本单位不适用此项" : "not applicable to this unit")
    case .awaitingCohort:
      // Not only ranks: 全体平均/合计/最高/最低 wait for the whole batch the same way.
      lines.append(
        zh
          ? "待全体：本条用到同批全部单位的数（名次、平均、合计等），全部单位检查完后在汇总里计分"
          : "awaiting cohort: uses figures of every unit in the batch; scored in the summary once every unit is in"
      )
    }
    var details: [String] = []
    if let base = result.base { details.append("= " + base.text(language)) }
    // Amounts padded to one width, so the reasons start in one column (`− 1    抽查村…`
    // above `− 0.5  缺会议记录…`) and read as a list, not a ragged edge.
    let amounts = result.deductions.map { ScoreFormat.string($0.amount) }
    let amountWidth = amounts.map(\.count).max() ?? 0
    details += zip(amounts, result.deductions).map { amount, deduction in
      let padding = String(repeating: " ", count: amountWidth - amount.count)
      return "− \(amount)\(padding)  \(deduction.reason.text(language))"
    }
    details += result.explanations.map { "· " + $0.text(language) }
    details += result.namedEntries.map { "· " + $0.text(language) }
    details += result.caveats.map { "· " + $0.text(language) }
    for detail in details {
      // Reasons quote what the inspector typed: masked before wrapping can split a number.
      let wrapped = DisplayWidth.wrap(IDNumber.maskAll(in: detail), width: width - 4)
      lines += wrapped.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
    }
    for part in result.parts {
      lines.append(
        "  \(part.id) \(part.title)：\(part.state.label(language)) / \(ScoreFormat.string(part.maxPoints))"
      )
    }
    return lines.joined(separator: "\n")
  }
}
