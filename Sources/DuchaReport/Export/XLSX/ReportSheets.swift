import DuchaChecklist
import DuchaSession
import Foundation

/// The tables a leader hands the office, one `Worksheet` each, built from the group summaries
/// (merged sessions, with the leader's merge decisions) and the problem list as edited. The
/// workbook holds them all; `ducha report --format csv --sheet NAME` writes one of them.
/// ID numbers are masked and students' names left out unless `reveal`. A verification list
/// (核验表) has 核验结果, 未达到要求的项目 and 各项核验情况 instead of 排名, 各项得分 and 扣分明细.
public enum ReportSheets {
  /// The sheet names, in workbook order.
  public static let names = ["排名", "各项得分", "扣分明细", "问题清单", "点名明细", "学籍核查"]

  /// Every sheet. With several checklists, the per-checklist sheets come once per checklist,
  /// named `排名 2` … for the second and later; the years and versions of one checklist are
  /// named by what tells them apart (`排名（2020年度）`, `sheetSuffixes`).
  public static func all(summaries: [GroupSummary], problems: ProblemList?, reveal: Bool)
    -> [Worksheet]
  {
    let text = Masking(reveal: reveal, summaries: summaries, problems: problems)
    let summaries = summaries.map { $0.shown(reveal: reveal) }
    let problems = problems?.shown(reveal: reveal)
    var sheets: [Worksheet] = []
    let suffixes = sheetSuffixes(summaries)
    for (index, summary) in summaries.enumerated() {
      let suffix = suffixes[index]
      if summary.checklist.kind == .verification {
        sheets += verification(summary, text, suffix: suffix)
        continue
      }
      sheets.append(ranking(summary, text, name: "排名" + suffix))
      sheets.append(itemScores(summary, text, name: "各项得分" + suffix))
      sheets.append(deductions(summary, text, name: "扣分明细" + suffix))
    }
    let units = summaries.flatMap(\.units)
    sheets.append(problemList(problems, text))
    sheets.append(rollCalls(units, text))
    sheets.append(registry(units, text))
    return sheets.sorted { order($0.name) < order($1.name) }
  }

  /// What follows each summary's sheet names. Two years (or two versions) of one checklist
  /// were `排名` and `排名 2`, and nothing in the workbook said which was 2020's: each is named by
  /// its year and version as the summary's titles are (`排名（2020年度）`); another checklist
  /// keeps its number (`排名 2`, `排名 2（2020年度）`).
  static func sheetSuffixes(_ summaries: [GroupSummary]) -> [String] {
    var checklistIDs: [String] = []
    for summary in summaries where !checklistIDs.contains(summary.checklist.id) {
      checklistIDs.append(summary.checklist.id)
    }
    var used = Set<String>()
    return summaries.enumerated().map { index, summary in
      let same = summaries.filter { $0.checklist.id == summary.checklist.id }
      var label = ""
      if Set(same.map(\.checklist.contentHash)).count > 1 {
        label += "（清单版本 \(ContentHash.short(summary.checklist.contentHash))）"
      }
      if Set(same.map(year)).count > 1, let year = year(of: summary) {
        label += "（\(year)年度）"
      }
      let number = (checklistIDs.firstIndex(of: summary.checklist.id) ?? 0) + 1
      var suffix = label.isEmpty ? (index == 0 ? "" : " \(index + 1)") : label
      if !label.isEmpty, number > 1 { suffix = " \(number)" + label }
      // Two summaries alike in all of this (never from one folder) still get sheets of their own.
      if !used.insert(suffix).inserted {
        suffix += " \(index + 1)"
        used.insert(suffix)
      }
      return suffix
    }
  }

  /// The 考核年度 of a summary's records (one per summary: the years are summarised apart).
  static func year(of summary: GroupSummary) -> Int? {
    summary.units.lazy.compactMap(\.session.year).first
  }

  private static func order(_ name: String) -> Int {
    let base = String(name.prefix { $0 != " " && $0 != "（" })
    // A verification list's sheets stand where a scoring form's 排名 and 各项得分 do.
    if let index = verificationNames.firstIndex(of: base) { return index }
    return names.firstIndex(of: base) ?? names.count
  }

  /// 排名: one row per unit in rank order.
  static func ranking(_ summary: GroupSummary, _ text: Masking, name: String) -> Worksheet {
    var sheet = Worksheet(name: name)
    // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
    let shares = summary.ownFullPoints != nil
    sheet.header(
      ["名次", "单位", "学段"]
        + summary.sections.map {
          text(
            ExportText.sectionHeader(id: $0.id, title: $0.title)
              + ExportText.pointsSuffix($0.points, bonus: summary.isBonusSection($0.id)))
        }
        + ["总分"] + (shares ? ExportText.shareHeaders() : [])
        + ["结论", "待定项", "检查人员", "检查日期"])
    for (rank, unit) in ExportText.ranked(summary) {
      let sections = summary.sections.map { section in
        unit.result.sections.first { $0.id == section.id }.map { SpreadsheetCell.score($0.state) }
          ?? .text("—")
      }
      sheet.row(
        [
          rank.map { .number(Decimal($0)) } ?? .text("未排名"), .text(text(unit.unit.name)),
          .text(ExportText.stages(unit.unit, on: summary.checklist)),
        ] + sections
          + [
            .score(unit.result.total)
          ]
          + (shares
            ? [
              .number(unit.result.applicableMax),
              .text(OwnFullPoints.shareLabel(unit.result)),
            ] : [])
          + [
            .text(text(ExportText.conclusion(unit.result))),
            .text(text(ExportText.pendingItems(unit))),
            .text(text(unit.session.inspectors.joined(separator: "、"))), .text(unit.session.date),
          ])
    }
    // The plan's units nobody inspected stay on the sheet a leader hands in, as in the printed
    // report's 未检查单位: a missing school is seen, not silently absent.
    let width = 3 + summary.sections.count + 5 + (shares ? 2 : 0)
    for name in summary.notInspected {
      sheet.row(
        [.text("未检查"), .text(text(name))]
          + Array(repeating: SpreadsheetCell.empty, count: width - 2))
    }
    return sheet
  }

  /// 各项得分: items down, units across, with each section's subtotal and the total.
  static func itemScores(_ summary: GroupSummary, _ text: Masking, name: String) -> Worksheet {
    var sheet = Worksheet(name: name)
    let units = ExportText.ranked(summary).map(\.unit)
    sheet.header(["编号", "项目", "分值"] + units.map { text($0.unit.name) })
    for section in summary.checklist.sections {
      let leaves: [(item: Item, parent: Item?)] = section.items.flatMap { item in
        item.parts.isEmpty ? [(item, nil)] : item.parts.map { ($0, item) }
      }
      for leaf in leaves {
        let title = leaf.parent.map { "\($0.title)·\(leaf.item.title)" } ?? leaf.item.title
        let scores: [SpreadsheetCell] = units.map { unit in
          guard let result = unit.result.allItems.first(where: { $0.id == leaf.item.id }) else {
            return .text("—")
          }
          if let status = result.status { return .text(status.rawValue) }
          return .score(result.state)
        }
        sheet.row([.text(leaf.item.id), .text(text(title)), .number(leaf.item.points)] + scores)
      }
      let subtotals: [SpreadsheetCell] = units.map { unit in
        guard let result = unit.result.sections.first(where: { $0.id == section.id }) else {
          return .text("—")
        }
        return .score(result.state)
      }
      let label = SpreadsheetCell.text(text("\(section.title) 小计"))
      sheet.row([.text(section.id), label, .number(section.points)] + subtotals, style: .total)
    }
    sheet.row(
      [.text(""), .text("总分"), .number(summary.checklist.totalPoints)]
        + units.map { .score($0.result.total) }, style: .total)
    return sheet
  }

  /// 扣分明细: every deduction with its reason, unit by unit in rank order.
  static func deductions(_ summary: GroupSummary, _ text: Masking, name: String) -> Worksheet {
    var sheet = Worksheet(name: name)
    sheet.header(["单位", "编号", "项目", "分值", "得分", "扣分", "例数", "扣分原因", "评分规则"])
    for (_, unit) in ExportText.ranked(summary) {
      for item in unit.result.leafItems {
        // Points lost through the base a scoring rule set (按比例, 档次) are not deductions,
        // but the office adds up this sheet: they get a row of their own with the rule's text.
        let deducted = item.deductions.map(\.amount).reduce(0, +)
        if let score = item.state.score, let base = item.base, item.maxPoints - score - deducted > 0
        {
          sheet.row([
            .text(text(unit.unit.name)), .text(item.id), .text(text(item.title)),
            .number(item.maxPoints), .number(score), .number(item.maxPoints - score - deducted),
            .empty, .text(text(base.text(.chinese))), .text("基础分"),
          ])
        }
        for deduction in item.deductions {
          sheet.row([
            .text(text(unit.unit.name)), .text(item.id), .text(text(item.title)),
            .number(item.maxPoints), .score(item.state), .number(deduction.amount),
            .number(deduction.occurrences), .text(text(deduction.reason.text(.chinese))),
            .text(text(deduction.rule)),
          ])
        }
        // 扣完为止: deductions beyond the item's points are not lost; a negative row keeps the
        // column's sum equal to the points really lost.
        if let score = item.state.score, deducted > item.maxPoints - score {
          sheet.row([
            .text(text(unit.unit.name)), .text(item.id), .text(text(item.title)),
            .number(item.maxPoints), .number(score),
            .number(item.maxPoints - score - deducted), .empty,
            .text("扣完为止，超出本项分值的 \(ExportText.number(deducted - item.maxPoints + score)) 分不计"),
            .text("扣完为止"),
          ])
        }
      }
      for deduction in unit.result.totalDeductions {
        sheet.row([
          .text(text(unit.unit.name)), .text("总分"), .text("总分扣分"), .empty,
          .score(unit.result.total),
          .number(deduction.amount), .number(deduction.occurrences),
          .text(text(deduction.reason.text(.chinese))), .text(text(deduction.rule)),
        ])
      }
    }
    return sheet
  }

  /// 问题清单: every entry with every field, as the CSV export has them; numbers as numbers.
  static func problemList(_ list: ProblemList?, _ text: Masking) -> Worksheet {
    var sheet = Worksheet(name: "问题清单")
    sheet.header(ProblemListCSV.header)
    guard let list else {
      sheet.row([.empty, .text("尚未生成问题清单（ducha problems build）")])
      return sheet
    }
    for entry in list.entries {
      sheet.row([
        .number(Decimal(entry.number)), .text(text(entry.unit)), .text(text(entry.checklistID)),
        .text(text(entry.itemID)), .text(text(entry.itemTitle)), .text(text(entry.finding)),
        .text(text(entry.evidence.joined(separator: "、"))),
        entry.counts == nil ? .number(entry.count) : .text(entry.countText),
        .number(entry.pointsLost), .text(text(entry.requirement)),
        .text(text(entry.responsible ?? "")), .text(text(entry.deadline ?? "")),
        .text(entry.status.rawValue), .number(entry.mergedInto.map { Decimal($0) }),
        .text(text(entry.sourceSessionIDs.joined(separator: " "))),
      ])
    }
    sheet.row([.empty, .text(ExportText.signature(list))], style: .total)
    return sheet
  }

  /// 点名明细: each class of each unit's roll call, then the unit's 合计.
  static func rollCalls(_ units: [UnitResult], _ text: Masking) -> Worksheet {
    var sheet = Worksheet(name: "点名明细")
    let sessions = distinctSessions(units)
    let year = yearColumn(sessions)
    sheet.header(
      ["单位"] + year.header
        + ["年级", "班级", "学籍人数", "实到", "请假", "实有", "差额", "籍在人不在", "人在籍不在", "学生姓名"])
    for unit in sessions where !unit.session.rollCall.isEmpty {
      let calls = unit.session.rollCall
      let unitCells = [SpreadsheetCell.text(text(unit.unit.name))] + year.cells(unit)
      for call in calls {
        sheet.row(
          unitCells + [
            .text(text(call.grade)), .text(text(call.className)),
            .number(Decimal(call.registered)), .number(Decimal(call.present)),
            .number(Decimal(call.onLeave)), .number(Decimal(call.actual)),
            .number(Decimal(call.difference)), .number(Decimal(call.absentCount)),
            .number(Decimal(call.unregisteredCount)),
            .text(text.names(absent: call.absentNames, unregistered: call.unregisteredNames)),
          ])
      }
      // Saturating: a hand-edited file can hold counts whose plain sum would trap.
      let sum = { (value: (ClassRollCall) -> Int) in
        SpreadsheetCell.number(Decimal(calls.saturatingSum(value)))
      }
      sheet.row(
        unitCells + [
          .text("合计"), .text("\(calls.count)个班"), sum(\.registered),
          sum(\.present), sum(\.onLeave), sum(\.actual), sum(\.difference), sum(\.absentCount),
          sum(\.unregisteredCount), .empty,
        ], style: .total)
    }
    return sheet
  }

  /// 学籍核查: the registry-system figures per unit beside the roll call's, and the students
  /// concerned (named only with `reveal`).
  static func registry(_ units: [UnitResult], _ text: Masking) -> Worksheet {
    var sheet = Worksheet(name: "学籍核查")
    let sessions = distinctSessions(units)
    let year = yearColumn(sessions)
    sheet.header(["单位"] + year.header + Figures.registry + ["点名班级数", "点名实有人数", "涉及学生"])
    for unit in sessions {
      let figures = unit.session.evaluationAnswers.figures
      let students = Figures.registry.compactMap { name -> String? in
        guard let list = unit.session.registry.students[name], !list.isEmpty else { return nil }
        return "\(name)：\(text.students(list))"
      }
      sheet.row(
        [.text(text(unit.unit.name))] + year.cells(unit)
          + Figures.registry.map { .number(figures["学籍.\($0)"]) }
          + [
            .number(figures["点名.班级数"]), .number(figures["点名.实有人数"]),
            .text(students.joined(separator: "\n")),
          ])
    }
    return sheet
  }

  /// A 考核年度 column after 单位 when the sessions belong to several years: last year's record
  /// of a school beside this year's listed the school twice with nothing telling the rows apart.
  static func yearColumn(_ units: [UnitResult]) -> (
    header: [String], cells: (UnitResult) -> [SpreadsheetCell]
  ) {
    guard Set(units.map(\.session.year)).count > 1 else { return ([], { _ in [] }) }
    return (["考核年度"], { [.number($0.session.year.map { Decimal($0) })] })
  }

  /// Each merged session once, though a unit appears in the summary of every checklist.
  private static func distinctSessions(_ units: [UnitResult]) -> [UnitResult] {
    var seen = Set<String>()
    return units.filter { seen.insert($0.unit.name + "\u{0}" + $0.session.id).inserted }
  }
}

/// Masking for shared documents: ID numbers and known students' names masked in free text,
/// and lists of students left out, unless `reveal`. Calls the one masker in DuchaSession's
/// Privacy (`PrivacyMask`).
struct Masking {
  /// Whether to show everything as recorded.
  var reveal: Bool
  /// The masker, with the names the documents' models know.
  var mask = PrivacyMask(names: .none)

  /// Masking with the names `summaries` and `problems` know.
  init(reveal: Bool, summaries: [GroupSummary] = [], problems: ProblemList? = nil) {
    self.reveal = reveal
    guard !reveal else { return }
    var names = problems?.knownNames ?? .none
    for summary in summaries { names = names.union(summary.studentNames) }
    mask = PrivacyMask(names: names)
  }

  /// Free text with ID numbers and known names masked.
  func callAsFunction(_ text: String) -> String { reveal ? text : mask(text) }

  /// The names behind a roll call: `籍在人不在：张三、李四；人在籍不在：王五` with `reveal`,
  /// otherwise a count only (names of minors stay out of shared files).
  func names(absent: [String], unregistered: [String]) -> String {
    var parts: [String] = []
    if !absent.isEmpty { parts.append("籍在人不在：\(students(absent))") }
    if !unregistered.isEmpty { parts.append("人在籍不在：\(students(unregistered))") }
    return parts.joined(separator: "；")
  }

  /// Students named in a record: their names (ID numbers masked) with `reveal`, otherwise
  /// `3名（姓名已隐去）`.
  func students(_ list: [String]) -> String {
    reveal ? list.joined(separator: "、") : "\(list.count)名（姓名已隐去，--reveal 显示）"
  }
}

extension ReportSheets {
  /// The 问题清单 sheet alone, for `ducha problems show --format xlsx`.
  public static func problemList(_ list: ProblemList, reveal: Bool) -> Worksheet {
    problemList(list.shown(reveal: reveal), Masking(reveal: reveal, problems: list))
  }
}
