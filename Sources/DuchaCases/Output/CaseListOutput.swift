import DuchaChecklist
import DuchaReport
import DuchaTerminal
import Foundation

/// `ducha cases list` in the three formats: a terminal table, CSV for Excel, JSON for programs.
public enum CaseListOutput {
  /// The list as a worksheet (the CSV and the text table are made from it).
  public static func sheet(_ records: [CaseRecord], privacy: CasePrivacy) -> Worksheet {
    var sheet = Worksheet(name: "案例台账")
    sheet.header([
      "编号", "姓名", "身份证号", "乡镇", "学校", "责任学校", "包保责任人", "状态", "劝返次数", "复学期限", "更新时间",
    ])
    for record in records {
      sheet.row([
        .number(Decimal(record.id)), .text(privacy.name(record.child.name)),
        .text(privacy.number(record.child.idNumber)), .text(privacy.text(record.child.township)),
        .text(privacy.text(record.child.school)), .text(privacy.text(record.responsibleSchool)),
        .text(privacy.name(record.assignee)), .text(record.status.rawValue),
        .number(Decimal(record.facts.visits.count)), .text(record.facts.dueDate ?? ""),
        .text(String(record.updatedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")),
      ])
    }
    return sheet
  }

  /// The terminal table, with a count line under it; in English (`--lang en`) its headings,
  /// states and count line are English, the names and places as the ledger has them.
  public static func text(
    _ records: [CaseRecord], privacy: CasePrivacy, width: Int = 80,
    language: Language = .chinese
  ) -> String {
    let english = language == .english
    guard !records.isEmpty else { return english ? "no case matches." : "没有符合条件的案例。" }
    let headings =
      english
      ? ["no.", "name", "ID number", "township", "school", "status", "visits", "due"]
      : ["编号", "姓名", "身份证号", "乡镇", "学校", "状态", "劝返", "期限"]
    // A heading is never broken inside a word (`townshi` / `p`): a column that wraps is at
    // least as wide as its heading.
    func column(_ index: Int, alignment: TextAlignment = .left, wraps: Bool = true)
      -> TextTable.Column
    {
      .init(
        headings[index], alignment: alignment,
        minimumWidth: wraps ? DisplayWidth.of(headings[index]) : nil, wraps: wraps)
    }
    func makeTable(statusLines: (CaseStatus) -> String) -> TextTable {
      TextTable(
        columns: [
          column(0, alignment: .right, wraps: false), column(1, wraps: false),
          column(2, wraps: false), column(3), column(4), column(5, wraps: false),
          column(6, alignment: .right, wraps: false), column(7, wraps: false),
        ],
        rows: records.map { record in
          [
            String(record.id), privacy.name(record.child.name),
            privacy.number(record.child.idNumber), privacy.text(record.child.township),
            privacy.text(record.responsibleSchool), statusLines(record.status),
            String(record.facts.visits.count), record.facts.dueDate ?? "",
          ]
        })
    }
    var table = makeTable { english ? $0.english : $0.rawValue }
    // An English state such as `moved-or-deceased` is wider than the Chinese one; in a table
    // too wide for the terminal it took the room of the schools and the 乡镇, wrapped
    // character by character. Such a state continues on a second line after a hyphen instead
    // (`moved-or-` / `deceased`), each part whole, as typed after --status.
    if english, Self.naturalWidth(of: table) > width {
      table = makeTable { Self.brokenAfterHyphens($0.english) }
    }
    var counts: [CaseStatus: Int] = [:]
    for record in records { counts[record.status, default: 0] += 1 }
    let summary = CaseStatus.allCases.compactMap { status in
      counts[status].map { "\(english ? status.english : status.rawValue) \($0)" }
    }
    if english {
      return table.render(maxWidth: width) + "\n\(records.count) case"
        + (records.count == 1 ? "" : "s") + ": " + summary.joined(separator: ", ")
    }
    return table.render(maxWidth: width) + "\n共 \(records.count) 例："
      + summary.joined(separator: "，")
  }

  /// The width of `table` with no column narrowed: its widest cells and the gaps.
  static func naturalWidth(of table: TextTable) -> Int {
    let widths = table.columns.indices.map { index in
      ([table.columns[index].header] + table.rows.map { index < $0.count ? $0[index] : "" })
        .flatMap { $0.split(separator: "\n") }.map { DisplayWidth.of(String($0)) }.max() ?? 0
    }
    return widths.reduce(2 * (widths.count - 1), +)
  }

  /// `moved-or-deceased` as `moved-or-` and `deceased` on two lines: the last hyphen that
  /// leaves two parts of about the same width.
  static func brokenAfterHyphens(_ state: String) -> String {
    let hyphens = state.indices.filter { state[$0] == "-" }
    guard
      let cut = hyphens.min(by: {
        abs(state.distance(from: state.startIndex, to: $0) * 2 - state.count)
          < abs(state.distance(from: state.startIndex, to: $1) * 2 - state.count)
      })
    else { return state }
    let next = state.index(after: cut)
    return String(state[..<next]) + "\n" + String(state[next...])
  }

  /// CSV with BOM and CRLF, as Excel and WPS open it.
  public static func csv(_ records: [CaseRecord], privacy: CasePrivacy) -> Data {
    WorksheetCSV.format(sheet(records, privacy: privacy))
  }

  /// JSON: the records (masked unless revealed), with the English status beside the Chinese.
  public static func json(_ records: [CaseRecord], privacy: CasePrivacy) throws -> Data {
    struct Entry: Encodable {
      var record: CaseRecord
      var statusEnglish: String
    }
    let masked = records.map { record in
      let privacy = privacy.hiding(record)
      var copy = record
      copy.child.name = privacy.name(copy.child.name)
      copy.child.idNumber = privacy.number(copy.child.idNumber)
      copy.child.birthDate = copy.child.birthDate.map(privacy.birthDate)
      copy.child.guardian = copy.child.guardian.map(privacy.name)
      copy.child.guardianPhone = copy.child.guardianPhone.map(privacy.phone)
      copy.child.address = copy.child.address.map(privacy.address)
      copy.child.note = copy.child.note.map(privacy.text)
      for index in copy.facts.visits.indices {
        copy.facts.visits[index].outcome = privacy.text(copy.facts.visits[index].outcome)
      }
      copy.assignee = copy.assignee.map(privacy.name)
      return Entry(record: copy, statusEnglish: copy.status.english)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(masked)
  }
}
