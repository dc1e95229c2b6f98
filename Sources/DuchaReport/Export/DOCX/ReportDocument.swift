import DuchaChecklist
import Foundation

/// `ducha report --format docx`: the 检查总结 draft with the ranking, and the 问题清单, as a Word
/// file the office edits and forwards. ID numbers and the students' names the
/// sessions know are masked unless `reveal`.
public enum ReportDocument {
  /// The document of `summaries` (one part per checklist) and `problems`.
  public static func make(summaries: [GroupSummary], problems: ProblemList?, reveal: Bool)
    -> WordDocument
  {
    let text = Masking(reveal: reveal, summaries: summaries, problems: problems)
    let summaries = summaries.map { $0.shown(reveal: reveal) }
    let problems = problems?.shown(reveal: reveal)
    var document = WordDocument()
    for summary in summaries {
      var part = WordDocument()
      summaryPart(summary, text, into: &part)
      document.append(onNewPage: part)
    }
    if let problems {
      var part = WordDocument()
      problemPart(problems, text, into: &part)
      document.append(onNewPage: part)
    }
    return document
  }

  static func summaryPart(
    _ summary: GroupSummary, _ text: Masking, into document: inout WordDocument
  ) {
    if summary.checklist.kind == .verification {
      verificationPart(summary, text, into: &document)
      return
    }
    let n = ExportText.number
    document.title(text(summary.title))
    var meta = "清单：\(summary.checklist.title)　满分 \(n(summary.checklist.totalPoints)) 分　"
    meta += "检查单位 \(summary.units.count) 个"
    if let average = summary.averageTotal { meta += "　平均总分 \(n(average)) 分" }
    document.paragraph(text(meta), .center)
    document.heading("各单位得分")
    let ranked = ExportText.ranked(summary)
    // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
    let shares = summary.ownFullPoints != nil
    document.table(
      header: ["名次", "单位", "学段"]
        + summary.sections.map {
          text(
            ExportText.sectionHeader(id: $0.id, title: $0.title)
              + ExportText.pointsSuffix($0.points, bonus: summary.isBonusSection($0.id)))
        } + ["总分"] + (shares ? ExportText.shareHeaders() : []) + ["结论"],
      rows: ranked.map { rank, unit in
        [
          rank.map(String.init) ?? "—", text(unit.unit.name),
          ExportText.stages(unit.unit, on: summary.checklist),
        ]
          + summary.sections.map { ExportText.sectionLabel(unit, $0.id) }
          + [unit.result.total.label(.chinese)] + (shares ? ExportText.shareCells(unit) : [])
          + [text(ExportText.conclusion(unit.result))]
      },
      widths: [2, 5, 3] + summary.sections.map { _ in 4 } + [3] + (shares ? [3, 3] : []) + [5])
    if !summary.notInspected.isEmpty {
      document.paragraph("计划中尚未检查：\(text(summary.notInspected.joined(separator: "、")))", .left)
    }
    draftPart(summary, text, into: &document)
  }

  /// A verification list's (核验表) part: the units' count of each word with their 评定 and
  /// 结论, the lines not met, the draft; no ranks or points (`VerificationTables`).
  static func verificationPart(
    _ summary: GroupSummary, _ text: Masking, into document: inout WordDocument
  ) {
    let tables = VerificationTables(summary)
    document.title(text(summary.title))
    document.paragraph(
      text("清单：\(summary.checklist.title)　核验表　检查单位 \(summary.units.count) 个"), .center)
    document.heading("各单位核验结果")
    document.table(
      header: tables.unitColumns.map { text($0.title) },
      rows: tables.unitRows.map { $0.map(text.callAsFunction) },
      widths: tables.unitColumns.enumerated().map { index, _ in index == 0 ? 5 : 2 })
    for unit in summary.units {
      let reasons = ExportText.vetoReasons(unit.result)
      if !reasons.isEmpty {
        document.paragraph(text("\(unit.unit.name) 一票否决：\(reasons.joined(separator: "；"))"), .left)
      }
    }
    if !summary.notInspected.isEmpty {
      document.paragraph("计划中尚未检查：\(text(summary.notInspected.joined(separator: "、")))", .left)
    }
    document.heading("未达到要求的项目")
    if tables.lineRows.isEmpty {
      document.paragraph(VerificationTables.noneShort(.chinese), .left)
    } else {
      document.table(
        header: tables.lineColumns.map { text($0.title) },
        rows: tables.lineRows.map { $0.map(text.callAsFunction) }, widths: [8, 2, 6])
    }
    draftPart(summary, text, into: &document)
  }

  /// 检查总结（草稿）: the draft's headings and paragraphs.
  private static func draftPart(
    _ summary: GroupSummary, _ text: Masking, into document: inout WordDocument
  ) {
    document.heading("检查总结（草稿）")
    for block in ExportText.draftBlocks(text(summary.draft)) {
      if block.heading {
        document.heading(block.text, level: 2)
      } else {
        document.paragraph(block.text)
      }
    }
  }

  static func problemPart(_ list: ProblemList, _ text: Masking, into document: inout WordDocument) {
    document.title(text(list.title))
    if list.signature == nil {
      document.paragraph("（草稿：问题清单尚未签字）", .center)
    }
    let active = list.activeEntries
    document.table(
      header: ["序号", "单位", "项目", "存在问题", "整改要求", "责任人", "期限", "状态"],
      rows: active.map { entry in
        [
          "\(entry.number)", text(entry.unit), text(ExportText.item(entry)),
          text(
            entry.finding
              + (entry.evidence.isEmpty ? "" : "\n证据：" + entry.evidence.joined(separator: "、"))),
          text(entry.requirement), text(entry.responsible ?? ""), text(entry.deadline ?? ""),
          entry.status.rawValue,
        ]
      },
      widths: [2, 4, 4, 8, 7, 3, 4, 3])
    let removed = list.entries.count - active.count
    if removed > 0 {
      document.paragraph("另有 \(removed) 条已删除或合并，见问题清单的修改记录。", .left)
    }
    // Unsigned, the printed list carries the lines the 召集人 signs on, as the HTML report does.
    document.paragraph(
      list.signature == nil
        ? "未签字　　召集人（签字）：________________　　日期：____年__月__日"
        : ExportText.signature(list), .right)
  }
}
