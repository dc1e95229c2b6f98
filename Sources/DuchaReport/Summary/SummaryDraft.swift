import DuchaChecklist
import DuchaSession
import Foundation

/// Writes a draft 检查总结 in the shape of 灵璧's: 一、基本情况 naming the best units;
/// 二、存在问题 grouped by item, each with 建议; built from the scores and the inspectors'
/// notes and problems. The leader edits it; it never claims more than the records say.
enum SummaryDraft {
  /// The draft; with the folder's problem list, 存在问题 follows the leader's list (edited
  /// wording, merged entries together, dropped ones left out). In English with `.english`: the
  /// same facts, the records' own words (names, titles, findings) as written.
  static func write(
    _ summary: GroupSummary, problems list: ProblemList? = nil, language: Language = .chinese
  ) -> String {
    // A list built from other sessions (this year's, when this is last year's record left in
    // the folder) says nothing about this summary's units: the draft goes by their records.
    let list = list.flatMap { covers($0, summary) ? $0 : nil }
    let t = Wording(language)
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    let total = f(summary.checklist.totalPoints)
    let and = t("、", ", ")
    var lines = heading(summary, t)
    let names = summary.units.map(\.unit.name)
    var overview = t("本次检查", "This inspection") + period(summary, t)
    overview += t(
      "共检查\(names.count)个单位：\(names.joined(separator: and))。",
      " covered \(units(names.count)): \(names.joined(separator: and)). ")
    // Positions, not copies of the units: each is a whole session and result, and copying
    // thousands of them (retaining every field) ran on one core.
    let all = summary.units
    let scored = all.indices.filter { all[$0].result.total.score != nil }
    // Units out of different full points are ranked by their share of their own
    // (`OwnFullPoints`), and one with nothing applicable is not ranked: the highest and lowest
    // are the first and last of the others, as the table ranks them.
    let ownFulls = summary.ownFullPoints
    let ranked = scored.filter { (ownFulls?[$0] ?? 1) > 0 }
    if let average = summary.averageTotal, let bestIndex = ranked.first,
      let worstIndex = ranked.last
    {
      // `不适用条目：不计`: a unit's full points are those of its applicable items (贵州 1.2 is
      // only for schools built after 2011), so “满分17分” was not every unit's.
      // A unit with nothing applicable (only 加分项 scored) is out of nothing: “满分0—10分”.
      let fulls = ranked.map { fullPoints(all[$0].result, summary.checklist) }
      let (least, most) = (fulls.min() ?? 0, fulls.max() ?? 0)
      let outOf =
        least == summary.checklist.totalPoints && most == least
        ? t("满分\(total)分", "out of \(total)")
        : least == most
          ? t("满分\(f(least))分，不适用的条目不计", "out of \(f(least)), items not applicable left out")
          : t(
            "满分\(f(least))—\(f(most))分，不适用的条目不计",
            "out of \(f(least))–\(f(most)), items not applicable left out")
      overview += t(
        "已全部评分的\(scored.count)个单位平均得分\(f(average))分（\(outOf)）",
        "The \(units(scored.count, "fully scored")) averaged \(f(average)) points (\(outOf))"
      )
      let (best, worst) = (all[bestIndex].unit.name, all[worstIndex].unit.name)
      // “最高…14分，最低…14分” says nothing without whose full points each is out of.
      let outOfOwn = { (index: Int) in
        ownFulls.map { t("（满分\(f($0[index]))分）", " (out of \(f($0[index])))") } ?? ""
      }
      let high = all[bestIndex].result.total.label(language) + t("分", "") + outOfOwn(bestIndex)
      let low = all[worstIndex].result.total.label(language) + t("分", "") + outOfOwn(worstIndex)
      let (top, bottom) = (all[bestIndex].result.total.score, all[worstIndex].result.total.score)
      var tied = top == bottom
      if let fulls = ownFulls, let top, let bottom {
        tied = OwnFullPoints.order((top, fulls[bestIndex]), (bottom, fulls[worstIndex])) == 0
      }
      // With every total (or share) the same, one school is no more “最高” than another.
      overview +=
        ranked.count < 2
        ? t("。", ".")
        : tied
          ? t("，各单位得分相同。", "; every unit scored the same.")
          : t(
            "，最高\(best)\(high)，最低\(worst)\(low)。",
            "; highest \(best) with \(high), lowest \(worst) with \(low).")
    }
    lines.append(overview.trimmingEndSpaces)
    if let praise = praise(summary, t) { lines.append(praise) }
    let sectionText = summary.sections.compactMap { section in
      section.average.map {
        summary.isBonusSection(section.id)
          ? t(
            "\(section.title)（加分项）平均加\(f($0))分（最多\(f(section.points))分）",
            "\(section.title) (bonus) averaged \(f($0)) (at most \(f(section.points)))")
          : t(
            "\(section.title)平均得分\(f($0))分（满分\(f(section.points))分）",
            "\(section.title) averaged \(f($0)) (out of \(f(section.points)))")
      }
    }
    if !sectionText.isEmpty {
      lines.append(
        t("分项情况：", "By section: ") + sectionText.joined(separator: t("；", "; ")) + t("。", "."))
    }
    let vetoed = all.indices.filter {
      if case .veto = all[$0].result.outcome { return true } else { return false }
    }
    if !vetoed.isEmpty {
      lines.append(
        t("一票否决的单位：", "Units failed by a one-vote veto: ")
          + vetoed.map { all[$0].unit.name }.joined(separator: and)
          + t("。", "."))
    }
    // Each unit's pending items counted on every core (a walk over all its items).
    let pendingCounts = all.concurrentMap { $0.result.pendingItemCount }
    let pending = all.indices.filter { pendingCounts[$0] > 0 || !all[$0].openConflicts.isEmpty }
    if !pending.isEmpty {
      lines.append(
        t("尚有待定项目的单位：", "Units with pending items: ")
          + pending.map {
            t(
              "\(all[$0].unit.name)（\(pendingCounts[$0])项待定）",
              "\(all[$0].unit.name) (\(pendingCounts[$0]) pending)")
          }.joined(separator: and) + t("。", "."))
    }
    for entry in summary.followUps {
      let before = entry.before.map(f) ?? "—"
      let after = entry.after.label(language)
      // A follow-up left half-way has no score yet: “本次待定分” is not a sentence.
      let now = entry.after.score == nil ? "本次得分\(after)" : "本次\(after)分"
      lines.append(
        t(
          "“回头看”：\(entry.unit)上次得分\(before)分，\(now)；复查问题\(entry.checked)条，已整改\(entry.rectified)条。",
          "Follow-up (回头看): \(entry.unit) scored \(before) last time and \(after) now; \(entry.checked) problems re-checked, \(entry.rectified) rectified."
        ))
    }
    if !summary.notInspected.isEmpty {
      lines.append(
        t("计划中尚未检查的单位：", "Units in the plan not yet inspected: ")
          + summary.notInspected.joined(separator: and) + t("。", "."))
    }
    lines += ["", t("二、存在问题", "2. Problems found"), ""]
    let problems = problemItems(summary, list)
    if problems.isEmpty {
      // With items still 待定, “均未失分” would speak for items nobody has scored yet.
      lines.append(
        pending.isEmpty
          ? t(
            "各单位在本表各项均未失分，也没有记为问题的情况。",
            "No unit lost points on any item, and nothing was marked as a problem.")
          : t(
            "已评分的各项均未失分，也没有记为问题的情况；待定项目评分后再看。",
            "No unit lost points on the items scored so far, and nothing was marked as a problem; see again once the pending items are scored."
          ))
      // Each problem's paragraph ends with a blank line; this sentence stood against 三、下一步.
      lines.append("")
    }
    // Each problem's paragraph on every core: one names every unit that lost points on the
    // item and looks through every unit's findings, thousands in a city's summary.
    let numbered = Array(problems.enumerated())
    lines += numbered.concurrentMap { number, entry in
      problemLines(number: number, entry.0, entry.1, in: summary, list, t)
    }.flatMap { $0 }
    lines += [
      t("三、下一步", "3. Next steps"), "",
      t(
        "对存在问题的单位建立问题清单，明确整改要求、责任人和期限，由召集人签字后上报；适时开展“回头看”，逐项核实整改情况。",
        "Enter each problem in the problem list with its requirement, owner and deadline, signed by the convener; then follow up (回头看) and verify every rectification."
      ),
    ]
    return lines.joined(separator: "\n")
  }

  /// The draft's title and the heading of 一、基本情况, with the blank lines between.
  static func heading(_ summary: GroupSummary, _ t: Wording) -> [String] {
    [
      t("\(summary.title)检查情况总结（草稿）", "\(summary.title): inspection summary (draft)"), "",
      t("一、基本情况", "1. Overview"), "",
    ]
  }

  /// `于2021-10-27至2021-10-29` (or one day), from the sessions' dates; empty without any. A
  /// date edited by hand to a day that does not exist is reported when the folder is read
  /// (`Session.dateFindings`), not printed as the inspection's day.
  static func period(_ summary: GroupSummary, _ t: Wording) -> String {
    let dates = summary.units.map(\.session.date).filter(CalendarDay.isWritten).sorted()
    guard let first = dates.first, let last = dates.last else { return "" }
    return first == last
      ? t("于\(first)", " on \(first)") : t("于\(first)至\(last)", " from \(first) to \(last)")
  }

  /// The paragraph on problem `number` (from 0): the item, the units that lost points on it,
  /// what was found, and the advice, then a blank line.
  static func problemLines(
    number: Int, _ item: Item, _ statistic: ItemStatistic?, in summary: GroupSummary,
    _ list: ProblemList?, _ t: Wording
  ) -> [String] {
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    var lines: [String] = []
    var text = t("\(number + 1)、\(item.title)。", "\(number + 1)) \(item.title). ")
    if let statistic, !statistic.losingUnits.isEmpty {
      text += t(
        "\(statistic.losingUnits.count)个单位在此项失分（满分\(f(statistic.points))分，平均得分\(f(statistic.average))分）：",
        "\(units(statistic.losingUnits.count)) lost points here (out of \(f(statistic.points)), average \(f(statistic.average))): "
      )
      text +=
        statistic.losingUnits.map {
          t("\($0.unit)失\(f($0.lost))分", "\($0.unit) lost \(f($0.lost))")
        }
        .joined(separator: t("，", ", ")) + t("。", ". ")
    }
    let findings = findings(for: item, in: summary, list, t)
    if !findings.isEmpty {
      text += t("检查发现：", "Found: ") + findings.joined(separator: t("；", "; ")) + t("。", ".")
    }
    lines.append(text.trimmingEndSpaces)
    lines.append(
      t("建议：", "Advice: ")
        + advice(for: item, stages: stagesConcerned(item, statistic, summary, list), t))
    lines.append("")
    return lines
  }

  /// `1 unit`, `3 units`, `2 fully scored units`: English counts of units.
  static func units(_ count: Int, _ kind: String = "") -> String {
    "\(count) " + (kind.isEmpty ? "" : kind + " ") + (count == 1 ? "unit" : "units")
  }

  /// The share of the full points a unit needs to be named as doing well.
  static let praiseShare: Decimal = 0.9

  /// The units named as doing well, and the rule that chose them, stated in the sentence: a
  /// total of at least 90% of the full points, no veto, and never the lowest total (so with a
  /// single scored unit nobody is named); with units out of different full points, each unit's
  /// own, and never the lowest share of them. A unit with nothing applicable (full points 0) is
  /// neither named nor compared. Nil when nothing is scored.
  static func praise(_ summary: GroupSummary, _ t: Wording = Wording(.chinese)) -> String? {
    // Positions and totals, not copies of the units (see `write`). A unit with nothing
    // applicable has no share to compare: leaving it out, not giving up, keeps the others'
    // praise (one such unit silenced the whole sentence).
    let units = summary.units
    let scored = units.indices.compactMap { index in
      units[index].result.total.score.map { (index, $0) }
    }.filter { fullPoints(units[$0.0].result, summary.checklist) > 0 }
    let fulls = scored.map { fullPoints(units[$0.0].result, summary.checklist) }
    guard let full = fulls.first else { return nil }
    // One bar for all when every unit has the same full points; else each unit's own: a school
    // whose item 1.2 is not applicable (不计) has 14 of 17 points to win, and 15.3 was out of
    // its reach even with every point.
    let sameFull = fulls.allSatisfy { $0 == full }
    let threshold = ScoreFormat.string(full * praiseShare)
    let rule =
      sameFull
      ? t(
        "以总分达到满分的90%（\(threshold)分）及以上、未被一票否决且不是最低分为标准",
        "Units that did well are those with a total of at least 90% of the full points (\(threshold)), no one-vote veto, and not the lowest total"
      )
      : t(
        "以总分达到本单位满分（不适用的条目不计）的90%及以上、未被一票否决且得分率不是最低为标准",
        "Units that did well are those with a total of at least 90% of their own full points (items not applicable left out), no one-vote veto, and not the lowest share of them"
      )
    // The lowest share of the units' own full points; with one full points for all, simply the
    // lowest total.
    let shares = scored.indices.map { (score: scored[$0].1, full: fulls[$0]) }
    guard scored.count > 1,
      let lowest = shares.min(by: { OwnFullPoints.order($0, $1) < 0 })
    else {
      return rule
        + t("，只有1个单位已评分，无从比较，本次不列做得较好的单位。", "; only 1 unit is scored, so none is named.")
    }
    let praised = scored.indices.filter { position in
      let (index, total) = scored[position]
      if case .veto = units[index].result.outcome { return false }
      return total >= fulls[position] * praiseShare
        && OwnFullPoints.order(shares[position], lowest) > 0
    }
    guard !praised.isEmpty else {
      return rule + t("，本次没有达到标准的单位。", "; no unit meets it this time.")
    }
    let names = praised.map { position in
      let (name, total) = (
        units[scored[position].0].unit.name, ScoreFormat.string(scored[position].1)
      )
      let of = ScoreFormat.string(fulls[position])
      return sameFull
        ? t("\(name)（\(total)分）", "\(name) (\(total))")
        : t("\(name)（\(total)分，满分\(of)分）", "\(name) (\(total) of \(of))")
    }
    return rule
      + t("，此项工作做得较好的单位有\(names.joined(separator: "、"))。", ": \(names.joined(separator: ", ")).")
  }

  /// A unit's full points: the form's 总分, or with `不适用条目：不计` the points of the items
  /// that apply to it (加分项 outside, as in the total).
  static func fullPoints(_ result: FormResult, _ checklist: Checklist) -> Decimal {
    checklist.inapplicablePolicy == .exclude ? result.applicableMax : checklist.totalPoints
  }

  /// Items with losses (most lost first, at most 8) plus any item marked as a problem; with a
  /// problem list, only items that still have an entry in it.
  static func problemItems(_ summary: GroupSummary, _ list: ProblemList?) -> [(
    Item, ItemStatistic?
  )] {
    var ids = summary.mostLost.prefix(8).map(\.id)
    if let list {
      let listed = entries(of: summary, in: list).map(\.itemID)
      ids = ids.filter { listed.contains($0) }
      for id in listed where !ids.contains(id) { ids.append(id) }
    } else {
      for unit in summary.units {
        for problem in unit.session.problems where !ids.contains(problem.itemID) {
          ids.append(problem.itemID)
        }
      }
    }
    return ids.compactMap { id in
      summary.checklist.item(id).map { ($0, summary.items.first { $0.id == id }) }
    }
  }

  /// The problem list's active entries for this summary's checklist and units.
  static func entries(of summary: GroupSummary, in list: ProblemList) -> [ProblemList.Entry] {
    list.activeEntries.filter { belongs($0, to: summary) }
  }

  /// Whether any entry of `list`, dropped ones included, was built from this summary's sessions.
  static func covers(_ list: ProblemList, _ summary: GroupSummary) -> Bool {
    list.entries.contains { belongs($0, to: summary) }
  }

  /// An entry is the summary's when it is of its checklist and unit and, when the entry names
  /// the sessions it came from, of one of them: the same unit's record of another 考核年度 is
  /// summarised apart and its entries are not this year's findings.
  static func belongs(_ entry: ProblemList.Entry, to summary: GroupSummary) -> Bool {
    guard entry.checklistID == summary.checklist.id else { return false }
    guard let unit = summary.units.first(where: { $0.unit.name == entry.unit }) else {
      return false
    }
    return entry.sourceSessionIDs.isEmpty
      || entry.sourceSessionIDs.contains { unit.sourceSessionIDs.contains($0) }
  }

  /// What was found on an item: the marked problems (or, with a list, the leader's entries for
  /// it), then notes.
  static func findings(
    for item: Item, in summary: GroupSummary, _ list: ProblemList?,
    _ t: Wording = Wording(.chinese)
  ) -> [String] {
    var result: [String] = []
    let said = { (unit: String, text: String) in t("\(unit)\(text)", "\(unit): \(text)") }
    if let list {
      for entry in entries(of: summary, in: list) where entry.itemID == item.id {
        result.append(said(entry.unit, entry.finding))
      }
    }
    // Read in place: `for unit in summary.units` copied every unit's whole session and result
    // (retaining each field) for every item of the draft.
    let units = summary.units
    for index in units.indices {
      if list == nil {
        for problem in units[index].session.problems where problem.itemID == item.id {
          result.append(said(units[index].unit.name, problem.description))
        }
      }
      // Only notes the inspector marked for the report (备注 公开 …); the rest stay private.
      for note in units[index].session.notes[item.id] ?? [] where note.kind == .publicNote {
        result.append(said(units[index].unit.name, note.text))
      }
    }
    return result.map(PrivacyMask.numbers)
  }

  /// The 学段 of the units the paragraph on `item` is about (those that lost points on it or
  /// have a problem on it), so its advice quotes their column of a form written per 学段.
  static func stagesConcerned(
    _ item: Item, _ statistic: ItemStatistic?, _ summary: GroupSummary, _ list: ProblemList?
  ) -> [Stage] {
    var names = Set((statistic?.losingUnits ?? []).map(\.unit))
    if let list {
      for entry in entries(of: summary, in: list) where entry.itemID == item.id {
        names.insert(entry.unit)
      }
    }
    // Read in place, as `findings` does: `for unit in summary.units` copied each whole unit.
    let units = summary.units
    var stages: [Stage] = []
    for index in units.indices {
      let concerned =
        names.contains(units[index].unit.name)
        || (list == nil && units[index].session.problems.contains { $0.itemID == item.id })
      guard concerned else { continue }
      for stage in units[index].unit.stages where !stages.contains(stage) { stages.append(stage) }
    }
    return stages
  }

  /// A suggestion grounded in the item's own requirement text: the column of the `stages`
  /// concerned where the form writes one per 学段 (`StageText`).
  static func advice(
    for item: Item, stages: [Stage] = [], _ t: Wording = Wording(.chinese)
  ) -> String {
    let requirement = StageText.own(
      (item.requirement ?? item.scoringText ?? item.title).replacingOccurrences(
        of: "\n", with: ""), stages: stages)
    let short = requirement.count > 60 ? String(requirement.prefix(60)) + "……" : requirement
    return t(
      "相关单位对照“\(short)”的要求逐项整改，明确专人负责，整改情况纳入“回头看”。",
      "the units concerned rectify point by point against “\(short)”, with a named person responsible, and the follow-up (回头看) checks it."
    )
  }
}
