import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// `-9223372036854775808` (the smallest Int) typed where an option, a checklist, a record or a
/// list entry is chosen by number: the REPL subtracted 1 before checking the range and crashed,
/// losing nothing on disk but ending the inspection at the school. It is now refused like any
/// other number that is not in the list, and the walk goes on.
@Suite struct HugeTypedNumberTests {
  typealias T = TranscriptTests
  static let smallest = "-9223372036854775808"

  @Test(arguments: [smallest, "9223372036854775807", "0", "-1"])
  func anOptionNumberFarOutsideTheListIsRefused(_ typed: String) {
    guard case .invalid = AnswerParser.parse(typed, for: OptionNumberPastListTests.grades) else {
      Issue.record("\(typed) was accepted")
      return
    }
  }

  @Test func aListNumberFarOutsideTheListIsRefusedAndTheWalkGoesOn() throws {
    let (output, _) = try T.run(
      input: "是\n是\n3\n否\n\(Self.smallest)\n1-\(Self.smallest)\n1—7\n0\n退出\n",
      options: MultipleChoiceRangeTests.lingyuan)
    #expect(
      output.components(separatedBy: "不在名单里。请输入序号（1–9，连着的可写 1-3）").count == 3, "\(output)")
    // 凌源 1.1 as in MultipleChoiceRangeTests: 5 − 0.5 − 1 − 2 × 0.5 = 2.5.
    #expect(output.contains("得分 2.5 / 5"), "\(output)")
  }

  @Test func aChecklistNumberFarOutsideTheListIsAskedAgain() throws {
    let (output, store) = try T.run(input: "\(Self.smallest)\n退出\n")
    #expect(output.contains("退出"), "\(output)")
    #expect(try store.list().sessions.isEmpty)
  }

  @Test func entryNumbersCountFromOne() {
    let entries = ["甲", "乙", "丙"]
    #expect(entries.entry(numbered: 1) == "甲")
    #expect(entries.entry(numbered: 3) == "丙")
    #expect(entries.entry(numbered: 4) == nil)
    #expect(entries.entry(numbered: 0) == nil)
    #expect(entries.entry(numbered: Int.min) == nil)
    #expect(entries.index(numbered: Int.max) == nil)
  }
}
