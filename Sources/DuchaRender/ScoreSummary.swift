import DuchaChecklist
import DuchaTerminal
import Foundation

/// Renders the scored form as a table: sections with subtotals, items with points and scores,
/// the total, the outcome, and what is still pending.
public enum ScoreSummary {
  /// The summary table of `result` for `checklist`.
  public static func format(
    _ result: FormResult, of checklist: Checklist, language: Language = .chinese, width: Int = 80
  ) -> String {
    let zh = language == .chinese
    if checklist.kind == .verification { return verification(result, checklist, language, width) }
    var table = TextTable(columns: [
      TextTable.Column(zh ? "编号" : "id", wraps: false),
      TextTable.Column(zh ? "考核内容" : "item"),
      TextTable.Column(zh ? "分值" : "max", alignment: .right, wraps: false),
      TextTable.Column(zh ? "得分" : "score", alignment: .right, wraps: false),
    ])
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    for section in result.sections {
      table.rows.append([
        section.id, section.title, f(section.maxPoints), section.state.label(language),
      ])
      for item in section.items {
        table.rows.append([
          "  " + item.id, item.title, f(item.maxPoints), item.state.label(language),
        ])
        for part in item.parts {
          table.rows.append([
            "    " + part.id, part.title, f(part.maxPoints), part.state.label(language),
          ])
        }
      }
    }
    table.rows.append([
      zh ? "合计" : "total", "", f(result.applicableMax), result.itemTotal.label(language),
    ])
    var lines = [table.render(maxWidth: width)]
    if let rescaling = result.rescaling { lines.append(rescaling.text(language)) }
    for deduction in result.totalDeductions {
      lines.append("− \(f(deduction.amount))  \(deduction.reason.text(language))")
    }
    // A form without 一票否决 gives no verdict: the total stands alone.
    let verdict =
      result.outcome == .unstated
      ? "" : (zh ? "  结论：" : "  outcome: ") + result.outcome.label(language)
    lines.append((zh ? "总分：" : "total: ") + result.total.label(language) + verdict)
    if case .veto(let reasons) = result.outcome {
      lines.append(
        (zh ? "一票否决：" : "veto: ") + reasons.map { $0.text(language) }.joined(separator: "；"))
    }
    for (name, state) in result.derived { lines.append("\(name)：\(state.resultLabel(language))") }
    let pending = result.pendingItems
    if !pending.isEmpty {
      lines.append(
        (zh ? "待定 \(pending.count) 项：" : "\(pending.count) pending: ")
          + pending.map(\.id).joined(separator: "、"))
    }
    return lines.joined(separator: "\n")
  }

  private static func verification(
    _ result: FormResult, _ checklist: Checklist, _ language: Language, _ width: Int
  ) -> String {
    let zh = language == .chinese
    var table = TextTable(columns: [
      TextTable.Column(zh ? "编号" : "id", wraps: false), TextTable.Column(zh ? "名称" : "entry"),
      TextTable.Column(zh ? "核验" : "status", wraps: false),
    ])
    for item in result.allItems {
      table.rows.append([item.id, item.title, lineResult(item, zh: zh)])
    }
    let counts = result.verification
    var lines = [table.render(maxWidth: width)]
    let formWords = checklist.verdictWords
    if formWords.isEmpty, result.verdictCounts.isEmpty {
      lines.append(
        zh
          ? "齐全 \(counts.complete)，缺失 \(counts.missing)，不全 \(counts.incomplete)，未核验 \(counts.unchecked)"
          : "complete \(counts.complete), missing \(counts.missing), incomplete \(counts.incomplete), unchecked \(counts.unchecked)"
      )
    } else {
      // Judged by `判定`: the verdicts in the order the lines come, then what is undecided.
      var parts = result.verificationWords(language, formWords: formWords)
      let undecided = result.leafItems.filter {
        if case .pending = $0.state { return $0.status == nil }
        return false
      }.count
      if undecided > 0 { parts.append((zh ? "待定 " : "pending ") + "\(undecided)") }
      lines.append(parts.joined(separator: zh ? "，" : ", "))
    }
    if case .veto(let reasons) = result.outcome {
      lines.append(
        (zh ? "一票否决：" : "veto: ") + reasons.map { $0.text(language) }.joined(separator: "；"))
    }
    for (name, label) in result.grades {
      lines.append("\(name)：" + (label ?? (zh ? "待定" : "pending")))
    }
    for (name, state) in result.derived { lines.append("\(name)：\(state.resultLabel(language))") }
    return lines.joined(separator: "\n")
  }

  /// A line's column: its status, its `判定` verdict, 不适用, or 未核验; blank on an item whose
  /// parts carry the results.
  private static func lineResult(_ item: ItemResult, zh: Bool) -> String {
    if let status = item.status { return status.rawValue }
    if let verdict = item.verdict { return verdict }
    if item.state == .notApplicable { return zh ? "不适用" : "n/a" }
    if !item.parts.isEmpty { return "" }
    return zh ? "未核验" : "unchecked"
  }
}
