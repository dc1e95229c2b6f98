import DuchaChecklist
import Foundation
import Testing

/// Every form in Checklists/ validates cleanly and scores its own samples as written.
@Suite struct BundledChecklistTests {
  static let library = ChecklistLibrary(
    directory: repositoryRoot.appendingPathComponent("Checklists").path)
  static var files: [String] { library.files().map { ($0 as NSString).lastPathComponent } }

  @Test func everySeedFormIsPresent() {
    let ids = Self.library.loadAll().compactMap { $0.checklist?.id }
    for id in [
      "lingbi-xueji-2021", "lingyuan-kongchuo", "huili-taizhang", "huili-hecha", "jiudian-dangan",
      "jiudian-zhidu",
    ] {
      #expect(ids.contains(id), "missing \(id)")
    }
    let units = Set(
      Self.library.loadAll().compactMap { $0.checklist }.filter { $0.id.hasPrefix("huili-kaohe") }
        .map(\.unitKind))
    #expect(
      units == [.township, .bureau, .department, .school], "会理 考核细则 for 乡镇, 教育局, 县级部门 and 学校")
  }

  @Test(arguments: files) func validatesWithoutErrorsOrWarnings(_ file: String) {
    let (checklist, diagnostics) = ChecklistLoader.load(path: Self.library.directory + "/" + file)
    #expect(checklist != nil)
    #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted() })")
  }

  @Test(arguments: files) func samplesPass(_ file: String) throws {
    let checklist = try #require(ChecklistLoader.load(path: Self.library.directory + "/" + file).0)
    let reports = SampleRunner.run(checklist)
    #expect(reports.count >= 2, "each form carries its own regression samples")
    for report in reports {
      #expect(report.passed, "\(report.name): \(report.failures.map { $0.formatted() })")
    }
  }

  @Test func lingbiHasTwelveItemsTotallingOneHundred() throws {
    let checklist = try #require(
      ChecklistLoader.load(path: Self.library.directory + "/lingbi-xueji.ducha").0)
    let items = checklist.sections.flatMap(\.items)
    #expect(items.count == 12)
    #expect(items.compactMap(\.points).reduce(0, +) == 100)
    #expect(checklist.totalPoints == 100)
  }

  @Test func huiliLedgerListHasEveryDocument() throws {
    // 19 名册 + 8 统计表 + 7 记录卡 + 5 通知书(报告书) + 1 疑似失学人员清理情况花名册.
    let checklist = try #require(
      ChecklistLoader.load(path: Self.library.directory + "/huili-taizhang.ducha").0)
    #expect(checklist.kind == .verification)
    #expect(checklist.sections.map { $0.items.count } == [19, 8, 7, 5, 1])
  }

  @Test func jiudianListsHaveEighteenAndEight() throws {
    let archives = try #require(
      ChecklistLoader.load(path: Self.library.directory + "/jiudian-dangan.ducha").0)
    let systems = try #require(
      ChecklistLoader.load(path: Self.library.directory + "/jiudian-zhidu.ducha").0)
    #expect(archives.leafItems.count == 18)
    #expect(systems.leafItems.count == 8)
  }
}
