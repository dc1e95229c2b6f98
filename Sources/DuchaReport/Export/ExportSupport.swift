import DuchaChecklist
import DuchaSession
import Foundation

/// What the Markdown, CSV and HTML exports share: masking, ranking and the wording of cells,
/// so the three formats always say the same thing about a unit.
enum ExportText {
  /// `text` with every ID-number-like word and phone number masked, unless `reveal`.
  static func mask(_ text: String, reveal: Bool) -> String {
    reveal ? text : PrivacyMask.numbers(text)
  }

  /// A decimal as a plain number: `8.5`, never `8.50` or `8,5`.
  static func number(_ value: Decimal) -> String { ScoreFormat.string(value) }

  /// Units with their 名次: scored units by total, high to low (ties share a rank, the next
  /// rank skips: 1, 1, 3), then the units without a rank, in the summary's order. Under
  /// `不适用条目：不计` with units out of different full points, by their share of their own
  /// (`OwnFullPoints`); a unit with nothing applicable has no rank.
  static func ranked(_ summary: GroupSummary) -> [(rank: Int?, unit: UnitResult)] {
    let units = summary.units
    let ranks = self.ranks(summary)
    return scoredOrder(summary).map { (ranks[$0.index], units[$0.index]) }
      + units.indices.filter { ranks[$0] == nil }.map { (nil, units[$0]) }
  }

  /// Each unit's 名次 in the order given, as `ranked` numbers them (1, 1, 3); nil for a unit
  /// without a total. The terminal summary numbers its rows with these, so a tie reads the same
  /// on screen as in every export.
  static func ranks(_ summary: GroupSummary) -> [Int?] {
    let scored = scoredOrder(summary)
    var ranks = [Int?](repeating: nil, count: summary.units.count)
    for (position, entry) in scored.enumerated() {
      let tied = position > 0 && compare(scored[position - 1], entry) == 0
      ranks[entry.index] = tied ? ranks[scored[position - 1].index] : position + 1
    }
    return ranks
  }

  /// A ranked unit's position, total and, when shares rank, its own full points.
  private typealias Ranked = (index: Int, total: Decimal, full: Decimal?)

  /// How `a` ranks against `b`: −1 below, 0 tied, 1 above.
  private static func compare(_ a: Ranked, _ b: Ranked) -> Int {
    if let fullA = a.full, let fullB = b.full {
      return OwnFullPoints.order((a.total, fullA), (b.total, fullB))
    }
    // Two short totals compare as integers (`DecimalMath.order`), the rest as Foundation does.
    if let order = DecimalMath.order(a.total, b.total) { return order }
    return a.total < b.total ? -1 : a.total == b.total ? 0 : 1
  }

  /// The positions of the ranked units, high to low, ties in the given order. Only positions
  /// and totals are sorted: carrying each unit along retained and moved whole results, a third
  /// of laying out a thirty-thousand-unit summary, on one core.
  private static func scoredOrder(_ summary: GroupSummary) -> [Ranked] {
    let units = summary.units
    let fulls = summary.ownFullPoints
    return units.indices.compactMap { index -> Ranked? in
      let full = fulls?[index]
      if let full, full <= 0 { return nil }
      return units[index].result.total.score.map { (index: index, total: $0, full: full) }
    }.sorted { a, b in
      let order = compare(a, b)
      return order != 0 ? order > 0 : a.index < b.index
    }
  }

  /// The `适用满分` and `得分率` cells of a unit, shown beside 总分 when the units' full points
  /// differ (`OwnFullPoints`): the ranking is by the share, and the table says why.
  static func shareCells(_ unit: UnitResult) -> [String] {
    [number(unit.result.applicableMax), OwnFullPoints.shareLabel(unit.result)]
  }

  /// The headers of `shareCells`.
  static func shareHeaders(_ language: Language = .chinese) -> [String] {
    let t = Wording(language)
    return [t("适用满分", "Applicable points"), t("得分率", "Share")]
  }

  /// `小学、初中`, `学前` for a kindergarten, or `—` when the unit has no stages of this form.
  static func stages(_ unit: Session.Unit, on checklist: Checklist) -> String {
    checklist.stagesName(unit.stages, kind: unit.kind) ?? "—"
  }

  /// The section header of a score column: `一 学籍管理工作专项核查`.
  static func sectionHeader(id: String, title: String) -> String { "\(id) \(title)" }

  /// `（50分）` after a section's name; nothing for sections without points (verification lists).
  /// A 加分项 says so, `（加分项，最多4分）`: its points are on top of 满分, and its 0 is no bonus.
  static func pointsSuffix(
    _ points: Decimal, bonus: Bool = false, _ language: Language = .chinese
  ) -> String {
    guard points > 0 else { return "" }
    if bonus {
      return language == .english
        ? " (bonus, at most \(number(points)))" : "（加分项，最多\(number(points))分）"
    }
    return language == .english ? " (\(number(points)) points)" : "（\(number(points))分）"
  }

  /// The unit's state on section `id`: its score, 待定, 不适用 or 待全体.
  static func sectionLabel(_ unit: UnitResult, _ id: String, _ language: Language = .chinese)
    -> String
  {
    unit.result.sections.first { $0.id == id }?.state.label(language) ?? "—"
  }

  /// 通过 / 一票否决 / 待定, followed by derived results and 评定: `通过；年终考核减分 1.5；
  /// 核查结论 不合格`. A form without 一票否决 shows only its results, or “—”. (The 评定 was
  /// left out: a form's own verdict in words was missing from the printed sheet and the exports.)
  static func conclusion(_ result: FormResult, _ language: Language = .chinese) -> String {
    let pending = language == .english ? "pending" : "待定"
    let parts =
      (result.outcome == .unstated ? [] : [result.outcome.label(language)])
      + result.derived.map { "\($0.name) \($0.state.resultLabel(language))" }
      + result.grades.map { "\($0.name) \($0.label ?? pending)" }
    return parts.isEmpty ? "—" : parts.joined(separator: language == .english ? "; " : "；")
  }

  /// The veto reasons, when the unit was vetoed.
  static func vetoReasons(_ result: FormResult, _ language: Language = .chinese) -> [String] {
    if case .veto(let reasons) = result.outcome { return reasons.map { $0.text(language) } }
    return []
  }

  /// `3 经费投入、12 班级差额比率`.
  static func pendingItems(_ unit: UnitResult) -> String {
    unit.pendingItems.map { "\($0.id) \($0.title)" }.joined(separator: "、")
  }

  /// What is still open at a unit: `待定 2 项：3 经费投入、…；未决分歧 1 处：…`, every user
  /// string through `text` (each format masks and escapes its own way).
  static func openWork(_ unit: UnitResult, _ t: Wording, _ text: (String) -> String) -> String {
    var parts: [String] = []
    if !unit.pendingItems.isEmpty {
      parts.append(
        t("待定 \(unit.pendingItems.count) 项：", "\(unit.pendingItems.count) pending: ")
          + text(pendingItems(unit)))
    }
    if !unit.openConflicts.isEmpty {
      parts.append(
        t("未决分歧 \(unit.openConflicts.count) 处：", "\(unit.openConflicts.count) open conflicts: ")
          + unit.openConflicts.map { text(conflict($0)) }.joined(separator: t("；", "; ")))
    }
    return parts.joined(separator: t("；", "; "))
  }

  /// `5 人籍一致情况 · 人籍不一致人数（张三 3；李四 4）`.
  static func conflict(_ conflict: MergeConflict) -> String {
    let candidates = conflict.candidates.map {
      "\($0.inspectors.isEmpty ? $0.sessionID : $0.inspectors.joined(separator: "、")) \($0.display)"
    }
    return "\(conflict.label)（\(candidates.joined(separator: "；"))）"
  }

  /// `5 人籍一致情况`.
  static func item(_ entry: ProblemList.Entry) -> String {
    entry.itemTitle.isEmpty ? entry.itemID : "\(entry.itemID) \(entry.itemTitle)"
  }

  /// The status of an entry, with the entry it was merged into: `已合并（并入 3）`.
  static func status(_ entry: ProblemList.Entry, _ language: Language = .chinese) -> String {
    let label = entry.status.label(language)
    guard entry.status == .merged, let target = entry.mergedInto else { return label }
    return language == .english ? "\(label) (into \(target))" : "\(label)（并入 \(target)）"
  }

  /// The draft 检查总结 as blocks, one per non-empty line: headings are the draft's own title (a
  /// short first line without a full stop), lines numbered `一、` …, and `#` lines.
  static func draftBlocks(_ draft: String) -> [(heading: Bool, text: String)] {
    let lines = draft.split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    .filter { !$0.isEmpty }
    return lines.enumerated().map { index, line in
      if line.hasPrefix("#") {
        return (true, String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces))
      }
      let isTitle =
        index == 0 && line.count <= 80 && !line.contains("。") && !line.hasSuffix(".")
      return (isTitle || isNumberedHeading(line), line)
    }
  }

  private static func isNumberedHeading(_ line: String) -> Bool {
    // The English draft's headings: `1. Overview`.
    if line.count <= 30, line.wholeMatch(of: /\d\. [A-Z][a-z ]+/) != nil { return true }
    guard line.count <= 24, !line.contains("。"), let mark = line.firstIndex(of: "、") else {
      return false
    }
    let number = line[..<mark]
    return !number.isEmpty && number.allSatisfy { "一二三四五六七八九十".contains($0) }
  }

  /// The signature line: `召集人：李辉  2021-11-05 16:30`, or `未签字`.
  static func signature(_ list: ProblemList, _ language: Language = .chinese) -> String {
    let english = language == .english
    guard let signature = list.signature else { return english ? "not signed" : "未签字" }
    // Stored as 2021-11-05T16:30:00+08:00; a printed list says it as people read it.
    return (english ? "Convener: " : "召集人：")
      + "\(signature.name)  \(ReadableTime.dated(signature.time).text(language))"
  }
}

/// A minimal RFC 4180 writer. ducha only writes CSV, never reads it, and the rules Excel and
/// WPS need are three — a UTF-8 byte-order mark so they detect the encoding, CRLF line ends,
/// and quoting of fields with a comma, quote, CR or LF (quotes doubled) — so a dependency
/// would cost more than it saves.
struct CSVWriter {
  private var text = ""

  /// Appends one record.
  mutating func row(_ fields: [String]) {
    text += fields.map(Self.field).joined(separator: ",") + "\r\n"
  }

  /// The document: BOM, then the records.
  var data: Data { Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8) }

  /// One field, quoted when it must be. Text that Excel or WPS would run as a formula (it
  /// starts with = + - @ or a tab) gets a leading apostrophe, which the spreadsheet shows as
  /// text; plain numbers such as -1 are left as numbers.
  static func field(_ raw: String) -> String {
    var value = raw
    // The regex is built anew on every evaluation: only fields that start like a formula pay
    // for it (it cost most of the time of a 70,000-row CSV export).
    // The first byte decides most fields: a Character (grapheme breaking) for each was a
    // third of writing compare's lists.
    if let byte = value.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09].contains(byte),
      let first = value.first, "=+-@\t".contains(first),
      value.wholeMatch(of: /[-+]?\d+(\.\d+)?/) == nil
    {
      value = "'" + value
    }
    let special = value.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
    }
    guard special else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Escaping for Markdown tables and HTML.
enum Escape {
  /// Markdown text that renders as written: `\ * _ ` < |` are backslash-escaped, so a masked ID
  /// number's asterisks never turn into emphasis and a `<script>` in a note never into HTML.
  static func markdown(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\*_`<|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// A Markdown table cell: escaped as `markdown`, line breaks as `<br>`.
  static func markdownCell(_ text: String) -> String {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
      markdown(String($0))
    }
    .joined(separator: "<br>")
  }

  /// Text for HTML content and attribute values (also inside SVG): `& < > " '`.
  static func html(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
