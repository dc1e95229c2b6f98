import DuchaCases
import DuchaRoster

/// The lists and dates the suite's checks use: children of 渔沟镇 with ID numbers of the
/// fictitious region 990101, so no real person is named.
enum LedgerFixtures {
  static func day(_ text: String) -> CivilDate {
    guard let day = CivilDate(parsing: text) else {
      preconditionFailure("bad fixture date \(text)")
    }
    return day
  }

  static func imported(_ names: [(String, String)], school: String = "渔沟小学") -> [ImportedChild] {
    names.enumerated().map { index, entry in
      ImportedChild(
        child: CaseChild(name: entry.0, idNumber: entry.1, school: school, township: "渔沟镇"),
        source: "名单.csv:\(index + 2)")
    }
  }

  static let author = CaseTransitions.Author(
    by: "李辉", reason: "入户核实", time: "2021-11-05T10:00:00+08:00")
}
