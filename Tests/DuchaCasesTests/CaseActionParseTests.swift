import DuchaChecklist
import DuchaRoster
import Testing

@testable import DuchaCases

/// `ducha cases update N …` read its options into a change in the executable; the rules (one
/// change at a time, which change takes `--date`, the days) are now `CaseAction.parse`, so
/// another front end reads the same options the same way. The CLI's transcripts
/// (CasesCLITests, CasesCheckDateCLITests) are unchanged.
@Suite struct CaseActionParseTests {
  let clock = CivilDate(year: 2021, month: 9, day: 24)!

  func parse(_ set: (inout CaseUpdateRequest) -> Void) -> Result<
    CaseAction, CaseUpdateRequest.Refusal
  > {
    var request = CaseUpdateRequest()
    set(&request)
    return Result { () throws(CaseUpdateRequest.Refusal) in
      try CaseAction.parse(request, today: clock)
    }
  }

  func refusal(_ set: (inout CaseUpdateRequest) -> Void) -> String? {
    if case .failure(let refusal) = parse(set) { return refusal.message.zh }
    return nil
  }

  /// The English name `cases list --status` reads is a result too (the review's M14).
  @Test func aResultInEnglishWithTheDayOfTheCheck() {
    let action = parse {
      $0.result = "studying-elsewhere"
      $0.place = "昆明市五华区"
      $0.proof = "在读证明"
      $0.date = "2021年9月20日"
    }
    #expect(
      action
        == .success(
          .check(
            .studyingElsewhere(place: "昆明市五华区", proof: "在读证明"),
            date: CivilDate(year: 2021, month: 9, day: 20))))
  }

  @Test func aCheckWithoutDateIsRecordedUndated() {
    #expect(parse { $0.result = "辍学" } == .success(.check(.dropout, date: nil)))
  }

  @Test func aVisitANoticeAndAReportDefaultToToday() {
    let visit = parse {
      $0.visit = true
      $0.visitors = "王老师、村主任"
      $0.outcome = "家长同意下周返校"
    }
    #expect(
      visit
        == .success(
          .visit(CaseVisit(date: "2021-09-24", visitors: "王老师、村主任", outcome: "家长同意下周返校"))))
    #expect(parse { $0.notice = true } == .success(.issueNotice(date: clock)))
    let report = parse {
      $0.report = true
      $0.decision = "安教罚〔2021〕3号"
      $0.date = "2021/09/22"
    }
    #expect(
      report
        == .success(
          .report(date: CivilDate(year: 2021, month: 9, day: 22)!, decisionNumber: "安教罚〔2021〕3号")))
  }

  @Test func overdueIsCountedOnTodayAsTyped() {
    let overdue = parse {
      $0.overdue = true
      $0.today = "２０２１－１０－０８"
    }
    #expect(overdue == .success(.markOverdue(today: CivilDate(year: 2021, month: 10, day: 8)!)))
    #expect(parse { $0.confirm = true } == .success(.confirm))
    #expect(parse { $0.reopen = true } == .success(.reopen))
  }

  @Test func noneOrTwoChangesAreRefused() {
    let message = "一次只做一件事：--result、--visit、--notice、--overdue、--report、--confirm、--reopen 选一个。"
    #expect(refusal { _ in } == message)
    #expect(
      refusal {
        $0.result = "确认辍学"
        $0.visit = true
      } == message)
    // Said before a mistyped day: the first thing to fix.
    #expect(
      refusal {
        $0.notice = true
        $0.report = true
        $0.date = "九月"
      } == message)
  }

  @Test func aDayThatIsNoDayIsRefusedWithTheOption() {
    #expect(
      refusal {
        $0.notice = true
        $0.date = "2021-02-30"
      } == "--date “2021-02-30” 不是有效的日期。写成 2021-10-12（或 2021/10/12、2021年10月12日），要是存在的日子。")
    #expect(
      refusal {
        $0.overdue = true
        $0.today = "明天"
      } == "--today “明天” 不是有效的日期。写成 2021-10-12（或 2021/10/12、2021年10月12日），要是存在的日子。")
  }

  /// A status other actions record is sent to them; a word holding a result's words is asked
  /// about; anything else gets the list.
  @Test func aWordThatIsNoResultIsRefusedWithTheResults() {
    let list = "--result 只能是：已在外地就读、已入学、延缓入学/休学、迁出、死亡、已完成义务教育（初中毕业）、确认辍学"
    #expect(
      refusal { $0.result = "劝返中" } == "“劝返中”不是核查结果：劝返走访用 --visit 记。\(list)（写的是“劝返中”）。")
    #expect(
      refusal { $0.result = "已复学" }
        == "“已复学”不是核查结果：孩子已回校复学的，用 ducha cases close <编号> --by 姓名 复学销号。\(list)（写的是“已复学”）。")
    #expect(
      refusal { $0.result = "在外地上学" } == "“在外地上学”不是核查结果，是不是“已在外地就读”？\(list)（写的是“在外地上学”）。")
    #expect(refusal { $0.result = "不知道" } == "\(list)（写的是“不知道”）。")
  }

  @Test(arguments: ["confirm", "reopen", "overdue"])
  func dateWithAChangeThatTakesNone(_ flag: String) {
    #expect(
      refusal {
        $0.confirm = flag == "confirm"
        $0.reopen = flag == "reopen"
        $0.overdue = flag == "overdue"
        $0.date = "2021-09-20"
      } == "--date 只用于核查结果（--result）、走访、通知和报乡镇；核实、重新打开记在今天，记逾期按 --today。")
  }
}
