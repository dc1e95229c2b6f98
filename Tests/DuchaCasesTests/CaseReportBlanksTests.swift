import DuchaCases
import Testing

/// A 辍学学生报告书 for a child whose list gave no 家庭住址 or 监护人 (a roll call's 籍在人不在):
/// it read “性别 , 监护人 , 家庭住址 ，已辍学” — ASCII commas and nothing where the school fills
/// in by hand before sending it to the 乡镇人民政府. Each unknown is a line to fill in.
struct CaseReportBlanksTests {
  @Test func whatTheLedgerDoesNotKnowIsALineToFillIn() {
    var record = CaseRecord(
      id: 4, child: CaseChild(name: "李四", school: "渔沟小学", township: "渔沟镇"),
      status: .overdue, source: "Sessions/渔沟小学.json", createdAt: "2021-10-27")
    record.facts.noticeDate = "2021-10-28"
    record.facts.dueDate = "2021-11-04"
    let html = CaseRegisterHTML.pages(
      .report, [CaseEntry(record: record, history: [])], privacy: CasePrivacy(reveal: false),
      issue: .init(date: "2021-11-06"))
    let blank = "<span class=\"blank\"></span>"
    #expect(
      html.contains("我校学生李*，性别\(blank)，监护人\(blank)，家庭住址\(blank)，已辍学。"), "\(html)")
  }
}
