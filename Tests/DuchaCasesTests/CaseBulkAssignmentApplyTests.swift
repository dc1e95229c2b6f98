import DuchaChecklist
import Testing

@testable import DuchaCases

/// `ducha cases assign` held its rules in the executable: which changes in which order (the
/// township before the assignment), the loop that makes them and counts the cases done, and
/// the hints for a name no case has. They are now `CaseBulkAssignment.actions`, `apply` and
/// `hints`, the same for the local ledger and the county server. CasesCLITests and the other
/// assign transcripts are unchanged.
@Suite struct CaseBulkAssignmentApplyTests {
  func record(_ id: Int64, _ status: CaseStatus, person: String? = nil) -> CaseRecord {
    var record = CaseFixtures.record(status)
    record.id = id
    record.assignee = person ?? ""
    return record
  }

  @Test func theTownshipComesBeforeTheAssignment() {
    #expect(
      CaseBulkAssignment.actions(school: "渔沟中学", person: "王老师", township: "渔沟镇")
        == [.township("渔沟镇"), .assign(school: "渔沟中学", person: "王老师")])
    #expect(
      CaseBulkAssignment.actions(school: nil, person: nil, township: "渔沟镇") == [.township("渔沟镇")])
    #expect(
      CaseBulkAssignment.actions(school: nil, person: "王老师", township: nil)
        == [.assign(school: nil, person: "王老师")])
    // Nothing named: the empty assignment, for the ledger to refuse.
    #expect(
      CaseBulkAssignment.actions(school: nil, person: nil, township: nil)
        == [.assign(school: nil, person: nil)])
  }

  /// Three cases selected: 5 open, 6 closed (only the township applies), 8 already 王老师's.
  /// Case 6's township is refused by the ledger this time: 1 done, 1 failed, 8 never tried.
  @Test func applyMakesEachCasesChangesAndCountsTheCasesDone() {
    let plan = CaseBulkAssignment(
      actions: CaseBulkAssignment.actions(school: nil, person: "王老师", township: "韦集镇"),
      matched: [
        record(5, .suspected), record(6, .returned),
        {
          var done = record(8, .persuading, person: "王老师")
          done.child.township = "韦集镇"
          return done
        }(),
      ])
    struct Refused: Error {}
    var made: [String] = []
    let outcome = plan.apply { action, id in
      made.append("\(id) \(action.name)")
      if id == 6 { throw Refused() }
    }
    #expect(made == ["5 改乡镇", "5 分配", "6 改乡镇"])
    #expect(outcome == CaseBulkAssignment.Outcome(done: 1, failed: 1))
  }

  /// By number: every change on every case is tried, a refused one does not stop the next.
  @Test func applyByNumberTriesEveryChange() {
    struct Refused: Error {}
    var made: [String] = []
    let outcome = CaseBulkAssignment.apply(
      [.township("韦集镇"), .assign(school: nil, person: "王老师")], to: [3, 4]
    ) { action, id in
      made.append("\(id) \(action.name)")
      if id == 3, action.name == "改乡镇" { throw Refused() }
    }
    #expect(made == ["3 改乡镇", "3 分配", "4 改乡镇", "4 分配"])
    #expect(outcome == CaseBulkAssignment.Outcome(done: 1, failed: 1))
  }

  @Test func hintsForNamesNoCaseHas() {
    let all = [record(5, .suspected)]  // 渔沟小学, 渔沟镇
    let hints = CaseBulkAssignment.hints(school: "渔沟小校", township: "渔勾镇", in: all)
    #expect(
      hints.map(\.option.zh) == ["--school 正确的名称 --by 姓名 再分配一次", "--township 正确的乡镇 --by 姓名 再改一次"])
    #expect(hints.first?.hint == CaseNameCheck.school("渔沟小校", in: all))
    #expect(CaseBulkAssignment.hints(school: "渔沟小学", township: "渔沟镇", in: all).isEmpty)
    // A ledger without townships has none to compare with.
    var placeless = record(5, .suspected)
    placeless.child.township = ""
    #expect(CaseBulkAssignment.hints(school: nil, township: "渔勾镇", in: [placeless]).isEmpty)
  }
}
