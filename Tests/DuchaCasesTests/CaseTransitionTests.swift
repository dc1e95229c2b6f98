import DuchaRoster
import Testing

@testable import DuchaCases

/// The state machine: every action in every state, allowed or refused, with the message.
struct CaseTransitionTests {
  /// One of each kind of action, with the data it needs.
  static let actions: [(String, CaseAction)] = [
    ("外地就读", .check(.studyingElsewhere(place: "浙江省义乌市稠城一小", proof: "就读证明"))),
    ("已入学", .check(.enrolled(school: "渔沟小学", className: "三年级2班"))),
    ("延缓入学", .check(.deferred(certificate: "延缓入学批准书〔2021〕5号"))),
    ("迁出", .check(.movedOrDeceased(kind: "迁出", proof: "户口迁移证明"))),
    ("初中毕业", .check(.completed(proof: "初中毕业证书 2021341323001"))),
    ("确认辍学", .check(.dropout)),
    ("分配", .assign(school: "渔沟中学", person: "王老师")),
    ("走访", .visit(CaseVisit(date: "2021-10-12", visitors: "王老师、村主任", outcome: "监护人同意返校"))),
    ("通知", .issueNotice(date: CaseFixtures.day("2021-10-28"))),
    ("逾期", .markOverdue(today: CaseFixtures.day("2021-11-05"))),
    ("报乡镇", .report(date: CaseFixtures.day("2021-11-06"), decisionNumber: "渔政罚〔2021〕3号")),
    (
      "销号",
      .returnToSchool(date: CaseFixtures.day("2021-11-10"), school: "渔沟小学", className: "三年级2班")
    ),
    ("核实", .confirm),
    ("重新打开", .reopen),
  ]

  /// The allowed moves: (state, action) → the state after. Everything not here is refused.
  static let allowed: [String: CaseStatus] = {
    var table: [String: CaseStatus] = [
      "疑似/外地就读": .studyingElsewhere, "疑似/已入学": .enrolled, "疑似/延缓入学": .deferred,
      "疑似/迁出": .movedOrDeceased, "疑似/初中毕业": .completed, "疑似/确认辍学": .dropout,
      "确认辍学/走访": .persuading, "劝返中/走访": .persuading, "限期复学/走访": .noticeIssued,
      "逾期/走访": .overdue, "报乡镇/走访": .reported,
      "确认辍学/通知": .noticeIssued, "劝返中/通知": .noticeIssued,
      "限期复学/逾期": .overdue, "逾期/报乡镇": .reported,
      "确认辍学/销号": .returned, "劝返中/销号": .returned, "限期复学/销号": .returned,
      "逾期/销号": .returned, "报乡镇/销号": .returned,
    ]
    for state in CaseStatus.allCases {
      table["\(state.rawValue)/核实"] = state
      if !state.isClosed { table["\(state.rawValue)/分配"] = state }
      if state.isClosed { table["\(state.rawValue)/重新打开"] = .suspected }
    }
    return table
  }()

  @Test func everyActionInEveryStateIsAllowedOrRefusedAsTheTableSays() {
    var allowedCount = 0
    var refusedCount = 0
    for state in CaseStatus.allCases {
      for (name, action) in Self.actions {
        let record = CaseFixtures.record(state)
        let result = CaseTransitions.apply(
          action, to: record, nextSequence: 4, author: CaseFixtures.author)
        let key = "\(state.rawValue)/\(name)"
        switch (result, Self.allowed[key]) {
        case (.success(let (updated, event)), let expected?):
          allowedCount += 1
          #expect(updated.status == expected, "\(key)")
          #expect(updated.version == 4 && event.sequence == 4, "\(key)")
          #expect(event.from == state && event.to == expected && event.by == "李辉", "\(key)")
          #expect(event.action == action.name, "\(key)")
        case (.failure(let refusal), nil):
          refusedCount += 1
          // Every refusal names the case and its state, and says what the state allows.
          let text = refusal.text()
          #expect(text.contains("案例 7（张**）现在是“\(state.rawValue)”"), "\(key): \(text)")
          #expect(refusal.fix == Refusals.allowed(record), "\(key): \(text)")
        case (.success, nil):
          Issue.record("\(key) was allowed but should be refused")
        case (.failure(let refusal), _?):
          Issue.record("\(key) was refused: \(refusal.text())")
        }
      }
    }
    // 12 states × 14 actions = 168: 20 moves + 12 confirms + 6 assigns + 6 reopens allowed.
    #expect(allowedCount == 44)
    #expect(refusedCount == 124)
  }

  @Test func aCheckOfACaseAlreadyCheckedSaysHowToReopen() {
    let result = CaseTransitions.apply(
      .check(.dropout), to: CaseFixtures.record(.enrolled), nextSequence: 4,
      author: CaseFixtures.author)
    #expect(
      result.refusal?.text() == """
        案例 7（张**）现在是“已入学”，核查结果只能记在“疑似”的案例上。
          改法：已结案的案例只能核实（--confirm）或重新打开（--reopen --reason …，回到“疑似”）。
        """)
  }

  @Test func aVisitToASuspectedCaseSaysToCheckFirst() {
    let result = CaseTransitions.apply(
      .visit(CaseVisit(date: "2021-10-12", visitors: "王老师", outcome: "未见到孩子")),
      to: CaseFixtures.record(.suspected), nextSequence: 4, author: CaseFixtures.author)
    #expect(
      result.refusal?.text() == """
        案例 7（张**）现在是“疑似”，劝返走访只记在确认辍学的案例上。
          改法：“疑似”的案例先记核查结果：ducha cases update 7 --result 已在外地就读|已入学|延缓入学/休学|迁出|死亡|已完成义务教育|确认辍学 --reason … --by 姓名。
        """)
  }

  @Test func overdueOnTheDueDateItselfIsRefusedAndTheDayAfterAllowed() {
    let notice = CaseFixtures.record(.noticeIssued)
    let onDueDate = CaseTransitions.apply(
      .markOverdue(today: CaseFixtures.day("2021-11-04")), to: notice, nextSequence: 4,
      author: CaseFixtures.author)
    #expect(
      onDueDate.refusal?.text() == """
        案例 7（张**）现在是“限期复学”，复学期限是 2021-11-04，今天 2021-11-04 还没有过期。
          改法：2021-11-04 之后自动算逾期，不用另记；期限内返校就复学销号（ducha cases close 7 --date --school --class）。
        """)
    let dayAfter = CaseTransitions.apply(
      .markOverdue(today: CaseFixtures.day("2021-11-05")), to: notice, nextSequence: 4,
      author: CaseFixtures.author)
    #expect(dayAfter.record?.status == .overdue)
  }

  @Test func aSuspectedChildFoundInSchoolIsACheckResultNotAReturn() {
    let result = CaseTransitions.apply(
      .returnToSchool(date: CaseFixtures.day("2021-11-10"), school: "渔沟小学", className: "三年级2班"),
      to: CaseFixtures.record(.suspected), nextSequence: 4, author: CaseFixtures.author)
    #expect(
      result.refusal?.message.zh == "案例 7（张**）现在是“疑似”，疑似的案例不能直接复学销号：核查时发现孩子在校，记核查结果“已入学”。")
  }

  @Test func missingDataIsRefusedWithTheOptionToAdd() {
    let suspected = CaseFixtures.record(.suspected)
    let cases: [(CaseAction, CaseRecord, String)] = [
      (
        .check(.studyingElsewhere(place: "义乌", proof: " ")), suspected,
        "“已在外地就读”要写在哪里就读和证明材料。\n  改法：加上 --where \"浙江省义乌市稠城一小\" --proof \"就读证明\"。"
      ),
      (
        .check(.deferred(certificate: "")), suspected,
        "“延缓入学/休学”要写批准的证明。\n  改法：加上 --certificate \"县教育局延缓入学批准书〔2021〕5号\"。"
      ),
      (
        .check(.enrolled(school: "", className: nil)), suspected,
        "“已入学”要写在哪所学校。\n  改法：加上 --school 学校（可再加 --class 年级班级）。"
      ),
      (
        .check(.movedOrDeceased(kind: "死亡", proof: "")), suspected,
        "“迁出/死亡”要写证明材料。\n  改法：用 --result 迁出 或 --result 死亡，加上 --proof \"户口迁移证明\"。"
      ),
      (
        .visit(CaseVisit(date: "2021-10-12", visitors: "", outcome: "")),
        CaseFixtures.record(.dropout),
        "劝返走访没有写走访人、结果（日期、走访人和结果都要写）。\n  改法：--visit --date 2021-10-12 --visitors \"王老师、村主任\" --outcome \"监护人同意下周一返校\"。"
      ),
      (
        // Only the visitors left out: the message named the date too, which the clerk had.
        .visit(CaseVisit(date: "2021-10-12", visitors: " ", outcome: "同意")),
        CaseFixtures.record(.dropout),
        "劝返走访没有写走访人（日期、走访人和结果都要写）。\n  改法：--visit --date 2021-10-12 --visitors \"王老师、村主任\" --outcome \"监护人同意下周一返校\"。"
      ),
      (
        .report(date: CaseFixtures.day("2021-11-06"), decisionNumber: ""),
        CaseFixtures.record(.overdue),
        "案例 7（张**）现在是“逾期”，报乡镇要写行政处罚决定书的编号。\n  改法：加上 --decision 编号，例如 --decision \"某政罚决字〔2021〕3号\"。"
      ),
      (
        .returnToSchool(date: CaseFixtures.day("2021-11-10"), school: "渔沟小学", className: ""),
        CaseFixtures.record(.persuading),
        "案例 7（张**）现在是“劝返中”，复学销号要写复学的学校和班级。\n  改法：ducha cases close 7 --date 2021-10-20 --school 学校 --class 年级班级 --by 姓名。"
      ),
      (
        .assign(school: " ", person: nil), suspected,
        "分配时没有写责任学校或责任人。\n  改法：加上 --school 学校 和/或 --person 包保责任人（补上或改正乡镇用 --township 乡镇）。"
      ),
    ]
    for (action, record, expected) in cases {
      let result = CaseTransitions.apply(
        action, to: record, nextSequence: 4, author: CaseFixtures.author)
      #expect(result.refusal?.text() == expected)
    }
  }

  @Test func whoAndWhyAreRequired() {
    let suspected = CaseFixtures.record(.suspected)
    let nobody = CaseTransitions.apply(
      .check(.dropout), to: suspected, nextSequence: 4,
      author: .init(by: " ", reason: "核实", time: "2021-11-05T10:00:00+08:00"))
    #expect(nobody.refusal?.text() == "没有写是谁做的这次修改。\n  改法：加上 --by 姓名，例如 --by 李辉。")
    let noReason = CaseTransitions.apply(
      .check(.dropout), to: suspected, nextSequence: 4,
      author: .init(by: "李辉", reason: "", time: "2021-11-05T10:00:00+08:00"))
    #expect(
      noReason.refusal?.text()
        == "“核查”要写理由（依据什么作出的判断）。\n  改法：加上 --reason \"…\"，写明依据，例如 --reason \"入户走访，查看了就读证明\"。")
    // A visit speaks for itself: no reason needed.
    let visit = CaseTransitions.apply(
      .visit(CaseVisit(date: "2021-10-12", visitors: "王老师", outcome: "同意返校")),
      to: CaseFixtures.record(.dropout), nextSequence: 4,
      author: .init(by: "李辉", reason: "", time: "2021-11-05T10:00:00+08:00"))
    #expect(visit.record?.facts.visits.count == 1)
  }

  @Test func theNoticeIsDueSevenDaysLaterAcrossMonthAndYearEnds() {
    let expectations = [
      ("2021-01-28", "2021-02-04"), ("2021-02-25", "2021-03-04"), ("2024-02-25", "2024-03-03"),
      ("2021-04-30", "2021-05-07"), ("2021-12-28", "2022-01-04"), ("2100-02-27", "2100-03-06"),
    ]
    for (issued, due) in expectations {
      let result = CaseTransitions.apply(
        .issueNotice(date: CaseFixtures.day(issued)), to: CaseFixtures.record(.persuading),
        nextSequence: 4, author: CaseFixtures.author)
      #expect(result.record?.facts.dueDate == due, "\(issued)")
      #expect(result.event?.details == ["通知日期": issued, "复学期限": due])
    }
  }
}

extension Result where Success == (CaseRecord, CaseEvent), Failure == CaseRefusal {
  var refusal: CaseRefusal? {
    if case .failure(let refusal) = self { return refusal }
    return nil
  }
  var record: CaseRecord? { try? get().0 }
  var event: CaseEvent? { try? get().1 }
}
