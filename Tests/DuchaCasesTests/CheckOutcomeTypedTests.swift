import Testing

@testable import DuchaCases

/// `ducha cases update N --result …` read results with a list of its own: `cases list --status
/// studying-elsewhere` was accepted while `--result studying-elsewhere` was refused, and
/// `--result " 已入学"` (with the space an input method leaves) was refused too. The result is
/// now read as every status is (`CaseStatus(typed:)`), with the details given beside it.
@Suite struct CheckOutcomeTypedTests {
  @Test(arguments: [
    ("已在外地就读", CheckOutcome.studyingElsewhere(place: "昆明市五华区", proof: "在读证明")),
    ("外地就读", .studyingElsewhere(place: "昆明市五华区", proof: "在读证明")),
    ("studying-elsewhere", .studyingElsewhere(place: "昆明市五华区", proof: "在读证明")),
    (" 已入学", .enrolled(school: "城关小学", className: "三年级2班")),
    ("延缓入学/休学", .deferred(certificate: "县教育局批复")),
    ("休学", .deferred(certificate: "县教育局批复")),
    ("迁出", .movedOrDeceased(kind: "迁出", proof: "在读证明")),
    ("死亡", .movedOrDeceased(kind: "死亡", proof: "在读证明")),
    ("迁出/死亡", .movedOrDeceased(kind: "", proof: "在读证明")),
    ("确认辍学", .dropout), ("辍学", .dropout), ("Dropout", .dropout),
    ("已完成义务教育", .completed(proof: "在读证明")), ("初中毕业", .completed(proof: "在读证明")),
    ("已毕业", .completed(proof: "在读证明")), ("completed", .completed(proof: "在读证明")),
  ])
  func eachSpellingOfAResult(_ typed: String, _ expected: CheckOutcome) {
    #expect(
      CheckOutcome(
        typed: typed, place: "昆明市五华区", proof: "在读证明", certificate: "县教育局批复", school: "城关小学",
        className: "三年级2班") == expected)
  }

  @Test(arguments: ["疑似", "劝返中", "已复学销号", "returned", "外出务工", ""])
  func wordsThatAreNoResultOfACheck(_ typed: String) {
    #expect(
      CheckOutcome(
        typed: typed, place: nil, proof: nil, certificate: nil, school: nil, className: nil) == nil)
  }
}
