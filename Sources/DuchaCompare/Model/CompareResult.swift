import DuchaChecklist
import DuchaRoster
import Foundation

/// A population row or an enrolment row kept for output: its cells decoded, with its layout.
public struct ListedRow: Sendable, Equatable {
  /// The file the row is in.
  public var file: String
  /// Its line.
  public var line: Int
  /// Its cells.
  public var cells: [String]
  /// Its file's columns.
  public var layout: CompareLayout
  /// The ID number as compared (18 characters), when usable.
  public var key: ResidentKey?
  /// The birth date used for the age.
  public var birth: CivilDate?
  /// A note: why the row could not be compared.
  public var note: String
  /// The same child's rows on the population lists after this one (公安, then 民政, 残联):
  /// their special groups count, and they fill the 乡镇 and 责任学校 this row leaves empty.
  public var alsoOn: [ListedRow] = []

  /// The cell of `field`, cleaned of spaces; empty when the file has no such column.
  public func value(_ field: CompareField) -> String {
    guard let column = layout.columns[field], column < cells.count else { return "" }
    return Self.trimmed(cells[column])
  }

  /// `text` without spaces at either end; most cells have none, decided on their edge bytes.
  static func trimmed(_ text: String) -> String {
    guard let first = text.utf8.first, let last = text.utf8.last else { return text }
    // A switch, not a `Set` literal: the set was built anew on every call, per cell.
    func edge(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0xE3, 0x80: true
      default: false
      }
    }
    if !edge(first) && !edge(last) { return text }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The special groups the child belongs to, by this row's columns (a column per group, or
  /// one 特殊群体 column naming them) or the child's rows on the other lists.
  public var groups: [SpecialGroup] {
    let found = Set(([self] + alsoOn).flatMap(\.ownGroups))
    return SpecialGroup.allCases.filter(found.contains)
  }

  /// The special groups this row's own columns name.
  var ownGroups: [SpecialGroup] {
    let named = layout.groupList.flatMap { $0 < cells.count ? cells[$0] : nil } ?? ""
    return SpecialGroup.allCases.filter { group in
      if named.contains(group.rawValue) { return true }
      guard let column = layout.groups[group], column < cells.count else { return false }
      return SpecialGroup.says(cells[column])
    }
  }

  /// `field`'s cell, else the first the child's rows on the other lists give.
  public func merged(_ field: CompareField) -> String {
    let own = value(field)
    guard own.isEmpty else { return own }
    return alsoOn.lazy.map { $0.value(field) }.first { !$0.isEmpty } ?? ""
  }

  /// `file:line` of this row, then of the child's rows on the other lists.
  public var sources: String {
    ([self] + alsoOn).map { "\($0.file):\($0.line)" }.joined(separator: "、")
  }

  /// The ID number to show: the compared form, else the cell as written.
  public var idText: String { key?.text ?? value(.idNumber) }

  /// 男/女 from the 性别 column, else from the ID number.
  public var sex: String {
    let written = value(.sex)
    if written == "1" { return "男" }
    if written == "2" { return "女" }
    return written.isEmpty ? (key?.sex ?? "") : written
  }
}

/// A child enrolled in more than one school: every enrolment row.
public struct DuplicateEnrolment: Sendable, Equatable {
  /// The child's number.
  public var key: ResidentKey
  /// One row per enrolment, with its school's name.
  public var rows: [(school: String, row: ListedRow)]

  /// Compares by key and rows.
  public static func == (lhs: DuplicateEnrolment, rhs: DuplicateEnrolment) -> Bool {
    lhs.key == rhs.key && lhs.rows.map(\.school) == rhs.rows.map(\.school)
      && lhs.rows.map(\.row) == rhs.rows.map(\.row)
  }
}

/// What the comparison found.
public struct CompareResult: Sendable {
  /// The 疑似失学辍学名单: in-age children on a population list and on no roster, in
  /// population file order, one row per child (and in-age rows whose ID cannot be compared).
  public var suspects: [ListedRow]
  /// Enrolled children on no population list (问题户籍 candidates), with their school.
  public var unregistered: [(school: String, row: ListedRow)]
  /// Children enrolled in two or more schools.
  public var duplicates: [DuplicateEnrolment]
  /// Rows and files that could not be read, numbers that could not be compared.
  public var diagnostics: [Diagnostic]
  /// Rows read from the population lists.
  public var populationRows: Int
  /// Children on the population lists: different numbers (a child on two lists, or written
  /// twice on one, is one), and each row without a usable number (it cannot be told apart).
  public var populationChildren: Int
  /// Rows read from the rosters.
  public var enrolledRows: Int
  /// Children on the rosters (在籍人数): different numbers (a child enrolled twice, in two
  /// exports or twice in one, is one), and each row without a usable number.
  public var enrolledChildren: Int
  /// Distinct children on the population lists within the age range.
  public var inAge: Int
  /// The cut-off date ages were counted at.
  public var cutoff: CivilDate
  /// Main-list rows whose ID number could not be compared.
  public var uncomparable: Int { suspects.filter { $0.key == nil }.count }
}

extension CompareResult {
  /// The input files not read at all (missing, empty, no ID-number header, not a spreadsheet),
  /// in the order given. Without a roster every child it would have matched is listed as
  /// 疑似失学辍学; without a population list its children are 问题户籍: such a result must not
  /// be written or handed on.
  public var unreadFiles: [String] {
    var files: [String] = []
    for diagnostic in diagnostics
    where diagnostic.severity == .error && ["B101", "B102", "B109"].contains(diagnostic.code)
      && diagnostic.location.line == 1 && !files.contains(diagnostic.location.file)
    {
      files.append(diagnostic.location.file)
    }
    return files
  }

  /// The input files changed while being compared (B116): rows read on the first pass could
  /// not be read again for the output, or the file's size or time changed between readings.
  public var changedFiles: [String] {
    var files: [String] = []
    for diagnostic in diagnostics
    where diagnostic.code == "B116" && !files.contains(diagnostic.location.file) {
      files.append(diagnostic.location.file)
    }
    return files
  }

  /// Why nothing was written when files were not read or changed while being read, and how to
  /// fix it.
  public func unreadRefusal() -> Localized? {
    guard unreadFiles.isEmpty else { return unreadFilesRefusal() }
    guard !changedFiles.isEmpty else { return nil }
    let list = changedFiles.joined(separator: "、")
    return Localized(
      "\(list) 在比对过程中变了（见上），结果里会漏掉孩子或对错了行，没有写出结果。\n  改法：等文件导出、复制完，关掉正在改它的程序，再运行一次。",
      en:
        "\(list) changed while being compared (see above): children would be missing from the results or matched to the wrong rows; nothing was written.\n  fix: wait until the files are exported or copied, close any program editing them, and run again."
    )
  }

  private func unreadFilesRefusal() -> Localized {
    let list = unreadFiles.joined(separator: "、")
    return Localized(
      "\(list) 没有读入，比对结果不完整（少了学籍名单，其中的孩子都会算成疑似失学辍学；少了人口名单，其中的孩子都会算成问题户籍），没有写出结果。\n  改法：按上面的提示改好文件名或文件，再运行一次。",
      en:
        "\(list) could not be read, so the comparison is incomplete (without a roster its children would look out of school, without a population list its children unregistered); nothing was written.\n  fix: correct the file name or the file as said above and run again."
    )
  }
}
