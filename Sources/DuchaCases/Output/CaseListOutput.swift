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
    let table = TextTable(
      columns: [
        .init(headings[0], alignment: .right, wraps: false), .init(headings[1], wraps: false),
        .init(headings[2], wraps: false), .init(headings[3]), .init(headings[4]),
        .init(headings[5], wraps: false),
        .init(headings[6], alignment: .right, wraps: false), .init(headings[7], wraps: false),
      ],
      rows: records.map { record in
        [
          String(record.id), privacy.name(record.child.name), privacy.number(record.child.idNumber),
          privacy.text(record.child.township), privacy.text(record.responsibleSchool),
          english ? record.status.english : record.status.rawValue,
          String(record.facts.visits.count), record.facts.dueDate ?? "",
        ]
      })
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
