import DuchaRoster
import Foundation

@testable import DuchaCases

/// Records in each state, a temporary ledger, dates.
enum CaseFixtures {
  static let child = CaseChild(
    name: "张小明", idNumber: "990101201301010011", gender: "男", birthDate: "2013-01-01",
    school: "渔沟小学", township: "渔沟镇", guardian: "张大山", guardianPhone: "13900001111")

  static func day(_ text: String) -> CivilDate {
    guard let day = CivilDate(parsing: text) else {
      preconditionFailure("bad fixture date \(text)")
    }
    return day
  }

  /// Case 7 in `status`, with the facts that state implies (a notice issued 2021-10-28, due
  /// 2021-11-04, for the notice states).
  static func record(_ status: CaseStatus) -> CaseRecord {
    var record = CaseRecord(
      id: 7, child: child, status: status, source: "名单.csv:2",
      createdAt: "2021-10-01T09:00:00+08:00",
      version: 3)
    if [.noticeIssued, .overdue, .reported].contains(status) {
      record.facts.noticeDate = "2021-10-28"
      record.facts.dueDate = "2021-11-04"
    }
    return record
  }

  static let author = CaseTransitions.Author(
    by: "李辉", reason: "入户核实", time: "2021-11-05T10:00:00+08:00")

  /// A ledger in a fresh temporary folder.
  static func ledger(_ label: String) throws -> (CaseLedger, SQLiteCaseStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-cases-\(label)-\(UUID().uuidString.prefix(8))")
    let path = folder.appendingPathComponent("Ledger/ledger.sqlite").path
    let store = try SQLiteCaseStore(path: path)
    return (CaseLedger(store: store), store, folder)
  }

  static func imported(_ names: [(String, String)], school: String = "渔沟小学") -> [ImportedChild] {
    names.enumerated().map { index, entry in
      ImportedChild(
        child: CaseChild(name: entry.0, idNumber: entry.1, school: school, township: "渔沟镇"),
        source: "名单.csv:\(index + 2)")
    }
  }
}
