import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// A group summary of three schools scored on the real 灵璧 checklist, and a problem list
/// whose notes hold a comma, a double quote, a newline, `<script>` and an ID number.
enum ExportFixtures {
  /// The repository root, found from this file's path so tests run from any directory.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The ID number planted in notes; masked it is `110105***********X`.
  static let idNumber = "11010519491231002X"
  static let maskedID = "110105***********X"

  /// A decimal from its literal text, never through binary floating point.
  static func d(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
  }

  static func lingbi() throws -> Checklist {
    let path = root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path
    return try #require(ChecklistLoader.load(path: path).0)
  }

  /// Answers that score 100 on 灵璧 (the checklist's own 满分学校 sample).
  static func fullMarks() -> Answers {
    let values: [String: AnswerValue] = [
      "人员配备扣分": .number(0), "专用电脑能上网": .bool(true), "已配器材": .multiple(["激光打印机", "数码相机"]),
      "经费实际投入": .number(20000), "经费规定标准": .number(20000), "成立组织": .bool(true),
      "制度上墙": .bool(true), "制度执行得分": .number(3), "学校信息扣分": .number(0), "班级设置扣分": .number(0),
      "监护人信息扣分": .number(0), "奖惩评语信息扣分": .number(0), "政策宣传": .choice("有资料且知晓度较高效果较好"),
      "跨省业务扣分": .number(0), "学籍比率得分": .number(5),
    ]
    let figures: [String: Decimal] = [
      "点名.人籍不一致": 0, "学籍.重复学籍": 0, "学籍.无照片": 0, "学籍.无身份证号": 0, "学籍.问题学籍未处理": 0,
      "点名.全校在校生数": 1200, "学籍.系统学生数": 1200, "点名.全校班级数": 24, "学籍.系统班级数": 24,
      // The classes called: every class of these schools.
      "点名.实有人数": 1200, "点名.班级数": 24,
    ]
    return Answers(values: values.mapValues { Answer($0) }, figures: figures)
  }

  /// One unit: a session with `answers`, scored.
  static func unit(
    _ name: String, stages: [Stage], id: String, _ checklist: Checklist, _ answers: Answers,
    conflicts: [MergeConflict] = []
  ) -> UnitResult {
    let unit = Session.Unit(name: name, kind: .school, stages: stages)
    var session = Session(
      id: id, checklist: checklist, unit: unit, group: "第三组", inspectors: ["李辉"],
      date: "2021-10-27",
      year: 2021, now: "2021-10-27T09:00:00+08:00")
    session.answers = answers
    let result = Evaluator.evaluate(
      checklist, answers: answers, context: EvaluationContext(stages: Set(stages), year: 2021))
    return UnitResult(
      unit: unit, checklistID: checklist.id, session: session, sourceSessionIDs: [id],
      result: result,
      openConflicts: conflicts)
  }

  /// 灵璧五中 61 (the 多项扣分 sample), 渔沟中学 95.5, 韦集中心校 96 — deliberately not in
  /// rank order, so renderers must rank them.
  static func units(_ checklist: Checklist) -> [UnitResult] {
    var wuzhong = fullMarks()
    for (name, value) in [
      ("人员配备扣分", AnswerValue.number(2)), ("专用电脑能上网", .bool(false)), ("已配器材", .multiple(["激光打印机"])),
      ("经费实际投入", .number(15000)), ("制度上墙", .bool(false)), ("制度执行得分", .number(2)),
      ("学校信息扣分", .number(1)), ("监护人信息扣分", .number(d("1.5"))), ("奖惩评语信息扣分", .number(d("0.5"))),
      ("政策宣传", .choice("仅有资料")), ("跨省业务扣分", .number(1)), ("学籍比率得分", .number(4)),
    ] {
      wuzhong.values[name] = Answer(value)
    }
    wuzhong.figures.merge(
      [
        "点名.人籍不一致": 3, "学籍.重复学籍": 2, "学籍.无照片": 12, "学籍.无身份证号": 3, "学籍.问题学籍未处理": 4,
        "点名.全校在校生数": 1176, "点名.实有人数": 1176, "学籍.系统班级数": 25,
      ], uniquingKeysWith: { $1 })
    var yugou = fullMarks()
    yugou.figures["学籍.无照片"] = 3  // 7.2: 5 − 1.5
    yugou.values["政策宣传"] = Answer(.choice("仅有资料"))  // 9: 2 of 5
    var weiji = fullMarks()
    weiji.values["人员配备扣分"] = Answer(.number(d("1.5")))
    weiji.figures["学籍.无照片"] = 5  // 7.2: 5 − 2.5
    return [
      unit("灵璧五中", stages: [.junior], id: "s-wuzhong", checklist, wuzhong),
      unit("渔沟中学", stages: [.junior], id: "s-yugou", checklist, yugou),
      unit("韦集中心校", stages: [.primary], id: "s-weiji", checklist, weiji),
    ]
  }

  /// Per-item statistics over the scored units, as the summary builder would give them.
  static func statistics(_ checklist: Checklist, _ units: [UnitResult]) -> [ItemStatistic] {
    checklist.sections.flatMap(\.items).map { item in
      let scores = units.compactMap { unit in
        unit.result.allItems.first { $0.id == item.id }?.state.score.map { (unit.unit.name, $0) }
      }
      let points = item.points ?? 0
      let average = scores.isEmpty ? 0 : scores.map(\.1).reduce(0, +) / Decimal(scores.count)
      return ItemStatistic(
        id: item.id, title: item.title, points: points, scoredUnits: scores.count, average: average,
        averageLoss: points - average,
        losingUnits: scores.filter { $0.1 < points }.map { (unit: $0.0, lost: points - $0.1) })
    }
  }

  static let draft = """
    第三组学籍管理检查情况总结（草稿）

    一、基本情况

    此项工作做得较好的单位有韦集中心校（96分）、渔沟中学（95.5分）。

    二、存在问题

    1、关键信息·无照片。3个单位在此项失分。
    建议：相关单位逐项补齐学生照片，学生11010519491231002X等须在一周内补录。
    """

  static func summary(extraUnits: [UnitResult] = [], notInspected: [String] = []) throws
    -> GroupSummary
  {
    let checklist = try lingbi()
    let units = self.units(checklist) + extraUnits
    let scored = units.compactMap { $0.result.state(of: "一")?.score }
    let average = scored.isEmpty ? nil : scored.reduce(0, +) / Decimal(scored.count)
    return GroupSummary(
      checklist: checklist, title: "第三组 · 灵璧县学籍管理工作专项核查记录表", units: units,
      notInspected: notInspected, items: statistics(checklist, units),
      sections: [(id: "一", title: "学籍管理工作专项核查", points: 100, average: average)],
      cohortComplete: true,
      draft: draft)
  }

  /// The finding of entry 1: a comma, a double quote, a newline and an ID number.
  static let tricky = "3名学生无照片,含\"转入生\"\n学生\(idNumber)未采集"

  static func problems() -> ProblemList {
    var list = ProblemList(
      title: "第三组问题清单",
      entries: [
        ProblemList.Entry(
          number: 1, unit: "渔沟中学", checklistID: "lingbi-xueji-2021", itemID: "7.2",
          itemTitle: "关键信息·无照片",
          finding: tricky, evidence: ["IMG_0012.jpg", "名单_\(idNumber).pdf"], pointsLost: d("1.5"),
          requirement: "11月15日前补齐照片", responsible: "刘渠安", deadline: "2021-11-15",
          sourceSessionIDs: ["s-yugou", "s-yugou-2"]),
        ProblemList.Entry(
          number: 2, unit: "灵璧五中", checklistID: "lingbi-xueji-2021", itemID: "5",
          itemTitle: "人籍一致情况",
          finding: "入班核查人籍不一致3人<script>alert(1)</script>", evidence: [], pointsLost: d("1.5"),
          count: 3, requirement: "核实并办理学籍变动", responsible: nil, deadline: nil,
          sourceSessionIDs: ["s-wuzhong"]
        ),
        ProblemList.Entry(
          number: 3, unit: "灵璧五中", checklistID: "lingbi-xueji-2021", itemID: "9",
          itemTitle: "学籍管理政策宣传",
          finding: "仅有资料", evidence: [], pointsLost: d("3"), requirement: "开展宣传", status: .dropped,
          sourceSessionIDs: ["s-wuzhong"]),
        ProblemList.Entry(
          number: 4, unit: "渔沟中学", checklistID: "lingbi-xueji-2021", itemID: "7.2",
          itemTitle: "关键信息·无照片",
          finding: "无照片", evidence: [], pointsLost: nil, requirement: "补齐照片", status: .merged,
          sourceSessionIDs: ["s-yugou-2"], mergedInto: 1),
      ],
      history: [
        ProblemList.Change(
          time: "2021-10-29 16:00", by: "李辉", action: "删除", detail: "3", reason: "宣传不足已写入总结",
          amendment: false),
        ProblemList.Change(
          time: "2021-10-30 09:10", by: "李辉", action: "修改 责任人", detail: "王雷 → 刘渠安",
          reason: "学籍管理员已更换",
          amendment: true),
      ])
    list.signature = ProblemList.Signature(name: "李辉", time: "2021-10-29 17:30")
    return list
  }
}

/// An RFC 4180 reader that treats the file as Excel does: BOM → UTF-8, quoted fields may
/// hold commas, quotes (doubled) and line breaks. It also reports each record's terminator.
enum CSVReader {
  struct Parsed {
    var records: [[String]]
    var terminators: [String]
  }

  static func read(_ data: Data) -> Parsed? {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    guard Array(data.prefix(3)) == bom, let text = String(data: data.dropFirst(3), encoding: .utf8)
    else {
      return nil
    }
    let scalars = Array(text.unicodeScalars)
    var parsed = Parsed(records: [], terminators: [])
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var index = 0
    var quoted = false
    func endField() {
      record.append(String(field))
      field = String.UnicodeScalarView()
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count && scalars[index + 1] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
      } else if scalar == "\"" && field.isEmpty {
        quoted = true
      } else if scalar == "," {
        endField()
      } else if scalar == "\r" || scalar == "\n" {
        let crlf = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
        endField()
        parsed.records.append(record)
        parsed.terminators.append(crlf ? "\r\n" : String(scalar))
        record = []
        if crlf { index += 1 }
      } else {
        field.append(scalar)
      }
      index += 1
    }
    if !field.isEmpty || !record.isEmpty {
      endField()
      parsed.records.append(record)
      parsed.terminators.append("")
    }
    return parsed
  }
}
