import DuchaChecklist
import DuchaTerminal

/// Renders a `PlanSample` for `ducha plan sample`: one table of the units each group visits,
/// lined up by display width, a line per draw, and the seed that repeats it.
public enum PlanSampleReport {
  /// The report, Chinese by default, fitted to `width` columns.
  public static func format(
    _ sample: PlanSample, language: Language = .chinese, width: Int = 80
  ) -> String {
    let english = language == .english
    var lines: [String] = []
    lines.append(
      (english ? "Sample: " : "抽查结果：") + "\(sample.planTitle)（\(sample.planID)）")
    lines.append((english ? "seed: " : "随机种子：") + "\(sample.seed)")
    lines.append("")
    let columns = [
      TextTable.Column(english ? "Group" : "组别", wraps: false),
      TextTable.Column(english ? "Convener" : "组长/召集人", wraps: false),
      TextTable.Column(english ? "Unit" : "单位", minimumWidth: 8),
      TextTable.Column(english ? "Kind" : "类别", wraps: false),
      TextTable.Column(english ? "Visit" : "方式", wraps: false),
    ]
    let body = sample.groups.flatMap { rows(for: $0, language: language) }
    lines.append(TextTable(columns: columns, rows: body).render(maxWidth: width))
    let draws = sample.groups.compactMap { drawLine($0, language: language) }
    if !draws.isEmpty {
      lines.append("")
      lines += draws.flatMap { DisplayWidth.wrap($0, width: width) }
    }
    lines.append("")
    lines += DisplayWidth.wrap(
      english
        ? "seed \(sample.seed): the same plan and seed always give the same draw."
        : "随机种子 \(sample.seed)：同一计划、同一种子，每次抽出的结果相同。", width: width)
    return lines.joined(separator: "\n")
  }

  /// The group's rows: its name and convener on the first, then one row per visit.
  private static func rows(for entry: PlanSample.GroupDraw, language: Language) -> [[String]] {
    let head = [entry.group.name, entry.group.convener?.name ?? ""]
    let visits =
      entry.mustCheck.map { ($0, mustLabel($0, rule: entry.rule, language: language)) }
      + entry.drawn.map { ($0, language == .english ? "drawn" : "抽中") }
    guard !visits.isEmpty else {
      return [head + ["", "", language == .english ? "(none)" : "（无）"]]
    }
    return visits.enumerated().map { index, visit in
      (index == 0 ? head : ["", ""]) + [visit.0.name, visit.0.kind.name(language), visit.1]
    }
  }

  /// `必查`, or `必查（本部）` when the unit is visited as a 中心学校's 本部.
  private static func mustLabel(_ unit: PlanUnit, rule: SamplingRule, language: Language)
    -> String
  {
    let campus =
      rule.mustCheck.contains(.mainCampus) && (unit.isMainCampus || unit.kind == .centralSchool)
    switch (language, campus) {
    case (.english, true): return "must (main campus)"
    case (.english, false): return "must"
    case (_, true): return "必查（本部）"
    case (_, false): return "必查"
    }
  }

  /// `第一组：抽查 完小 1–2所，本次定为 2 所，从 5 所中抽出 2 所。`
  private static func drawLine(_ entry: PlanSample.GroupDraw, language: Language) -> String? {
    guard let draw = entry.rule.draw else { return nil }
    let name = entry.group.name
    let kinds =
      draw.kinds.isEmpty ? "学校" : draw.kinds.map(\.word).joined(separator: "、")
    let example = draw.kinds.first?.word ?? "完小"
    if language == .english {
      var line =
        "\(name): draw \(draw.text(.english)); \(entry.requested) this time, "
        + "\(entry.drawn.count) drawn from \(entry.candidates.count) "
        + (entry.candidates.count == 1 ? "candidate." : "candidates.")
      if entry.shortfall > 0 {
        line +=
          " \(entry.shortfall) short: declare more units with '单位 <name> \(example) 属于 <unit>'."
      }
      return line
    }
    var line =
      "\(name)：抽查 \(draw.text(.chinese))，本次定为 \(entry.requested) 所，"
      + "从 \(entry.candidates.count) 所可抽单位中抽出 \(entry.drawn.count) 所。"
    if entry.shortfall > 0 {
      line +=
        entry.candidates.isEmpty
        ? "计划里没有本组可抽的\(kinds)，少抽 \(entry.shortfall) 所：用“单位 名称 \(example) 属于 <中心学校或乡镇>”加上。"
        : "可抽的不够，少抽 \(entry.shortfall) 所。"
    }
    return line
  }
}
