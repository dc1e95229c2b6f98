import DuchaReport
import Testing

/// What `ducha problems sign` names as missing before it signs: 责任人 and 期限, blank counted as
/// missing, in that order.
@Suite struct ProblemEntryMissingFieldsTests {
  static func entry(responsible: String?, deadline: String?) -> ProblemList.Entry {
    ProblemList.Entry(
      number: 1, unit: "渔沟小学", checklistID: "lingbi-xueji-2021", itemID: "5",
      itemTitle: "人籍一致情况", finding: "三年级2班籍在人不在 2 人", evidence: [], pointsLost: 1,
      requirement: "核实去向，办理转学手续", responsible: responsible, deadline: deadline,
      sourceSessionIDs: ["0a1b2c3d"])
  }

  @Test func blankOrAbsentOwnerAndDeadlineAreMissing() {
    #expect(Self.entry(responsible: "王校长", deadline: "2021-11-30").missingFields == [])
    #expect(Self.entry(responsible: nil, deadline: nil).missingFields == [.responsible, .deadline])
    // A space typed into the sheet is no owner.
    #expect(Self.entry(responsible: "  ", deadline: "2021-11-30").missingFields == [.responsible])
    #expect(Self.entry(responsible: "王校长", deadline: "").missingFields == [.deadline])
  }
}
