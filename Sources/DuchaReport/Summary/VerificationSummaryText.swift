import DuchaChecklist
import DuchaTerminal
import Foundation

/// The summary of a verification list (核验表): no ranks or points, but each unit's count of
/// every word its lines were given, its results (评定, 一票否决), and the lines units fell
/// short on; and a draft 检查总结 in the same terms.
enum VerificationSummaryText {
  /// The terminal summary: the units' table, the shortfalls by line, the draft.
  static func format(_ summary: GroupSummary, width: Int, language: Language) -> String {
    let t = Wording(language)
    let tables = VerificationTables(summary, language: language)
    // The unit names wrap; counts, grades and results never do.
    var table = TextTable(
      columns: tables.unitColumns.enumerated().map { index, column in
        TextTable.Column(
          column.title, alignment: column.counts ? .right : .left, wraps: index == 0)
      })
    table.rows = tables.unitRows
    var lines = [summary.title, "", table.render(maxWidth: width)]
    for unit in summary.units {
      if case .veto(let reasons) = unit.result.outcome {
        lines.append(
          t("\(unit.unit.name) 一票否决：", "\(unit.unit.name) vetoed: ")
            + reasons.map { $0.text(language) }.joined(separator: t("；", "; ")))
      }
    }
    if !summary.notInspected.isEmpty {
      lines.append(
        t("尚未检查：", "Not inspected yet: ") + summary.notInspected.joined(separator: t("、", ", ")))
    }
    if !tables.lineRows.isEmpty {
      // The word given stays whole; the line and the units wrap.
      var shortTable = TextTable(
        columns: tables.lineColumns.enumerated().map { index, column in
          TextTable.Column(column.title, wraps: index != 1)
        })
      shortTable.rows = tables.lineRows
      lines += ["", shortTable.render(maxWidth: width)]
    }
    lines += ["", String(repeating: "─", count: 40), ""]
    for line in SummaryText.lines(of: summary.draft) {
      lines += line.isEmpty ? [""] : DisplayWidth.wrap(line, width: width)
    }
    return lines.joined(separator: "\n")
  }

  /// The draft 检查总结 of a verification list: 一、基本情况 with each unit's counts and
  /// results, 二、存在问题 line by line with the units and a suggestion from the requirement,
  /// 三、下一步.
  static func draft(_ summary: GroupSummary, language: Language) -> String {
    let t = Wording(language)
    let and = t("、", ", ")
    let tally = VerificationTally(summary)
    var lines = SummaryDraft.heading(summary, t)
    let names = summary.units.map(\.unit.name)
    var overview = t("本次核验", "This verification") + SummaryDraft.period(summary, t)
    overview += t(
      "共核验\(names.count)个单位：\(names.joined(separator: and))。",
      " covered \(SummaryDraft.units(names.count)): \(names.joined(separator: and)).")
    lines.append(overview)
    for (index, unit) in summary.units.enumerated() {
      var counts = tally.words.compactMap { word in
        tally.counts[index][word].map { t("\(word)\($0)项", "\(word) \($0)") }
      }
      if tally.undecided[index] > 0 {
        counts.append(t("待定\(tally.undecided[index])项", "\(tally.undecided[index]) pending"))
      }
      var sentence = "\(unit.unit.name)" + t("：", ": ") + counts.joined(separator: t("，", ", "))
      for (name, label) in unit.result.grades {
        sentence += t("；\(name)\(label ?? "待定")", "; \(name) \(label ?? "pending")")
      }
      if case .veto(let reasons) = unit.result.outcome {
        sentence +=
          t("；一票否决（", "; vetoed (")
          + reasons.map { $0.text(language) }.joined(separator: t("；", "; ")) + t("）", ")")
      }
      lines.append(sentence + t("。", "."))
    }
    if !summary.notInspected.isEmpty {
      lines.append(
        t("计划中尚未检查的单位：", "Units in the plan not yet inspected: ")
          + summary.notInspected.joined(separator: and) + t("。", "."))
    }
    lines += ["", t("二、存在问题", "2. Problems found"), ""]
    if tally.shortfalls.isEmpty {
      lines.append(
        tally.undecided.allSatisfy { $0 == 0 }
          ? t("各单位核验的项目均达到要求。", "Every unit met every line verified.")
          : t(
            "已核验的项目均达到要求；待定的项目核验后再看。",
            "Every line verified so far was met; see again once the pending lines are verified."))
    }
    for (number, shortfall) in tally.shortfalls.enumerated() {
      let who = shortfall.units.map { word, units in
        t(
          "\(word)\(units.count)个单位：\(units.joined(separator: and))",
          "\(word): \(SummaryDraft.units(units.count)) (\(units.joined(separator: and)))")
      }.joined(separator: t("；", "; "))
      lines.append(
        t("\(number + 1)、", "\(number + 1). ") + VerificationTally.name(shortfall) + t("。", ". ")
          + who + t("。", "."))
      let basis =
        shortfall.item.requirement == nil ? shortfall.parent ?? shortfall.item : shortfall.item
      lines.append(t("建议：", "Suggestion: ") + SummaryDraft.advice(for: basis, t))
      lines.append("")
    }
    lines += [
      t("三、下一步", "3. Next steps"), "",
      t(
        "对未达到要求的单位建立问题清单，明确整改要求、责任人和期限，由召集人签字后上报；适时开展“回头看”，逐项核实整改情况。",
        "Enter each line not met in the problem list with its requirement, owner and deadline, signed by the convener; then follow up (回头看) and verify every rectification."
      ),
    ]
    return lines.joined(separator: "\n")
  }
}
