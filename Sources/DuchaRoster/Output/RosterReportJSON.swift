import DuchaChecklist
import Foundation

/// The check as JSON for other programs: each figure under the name the session's registry
/// figures use (`重复学籍`, `无照片` …) with its count and its students.
public enum RosterReportJSON {
  struct Document: Encodable {
    var files: [File]
    var students: Int
    var figures: [String: Figure]
    var notComputed: [String: String]
    var diagnostics: [String]
    var masked: Bool
  }

  struct File: Encodable {
    var path: String
    var encoding: String
    var students: Int
    var errors: Int
  }

  struct Figure: Encodable {
    var count: Int
    var students: [Entry]
  }

  struct Entry: Encodable {
    var name: String
    var grade: String
    var `class`: String
    var classNumber: String
    var idNumber: String
    var registryNumber: String
    var location: String
    var reason: String
  }

  /// The JSON bytes, keys sorted so equal checks give equal files.
  public static func format(_ check: RosterCheck, privacy: RosterPrivacy, language: Language)
    -> [UInt8]
  {
    var figures: [String: Figure] = [:]
    for figure in check.figures {
      figures[figure.name] = Figure(
        count: figure.count,
        students: figure.findings.map { finding in
          let student = finding.student
          return Entry(
            name: privacy.name(student), grade: student[.grade], class: student[.className],
            classNumber: student[.classNumber], idNumber: privacy.number(student.idNumber),
            registryNumber: privacy.number(student.registryNumber), location: student.place,
            reason: finding.reason.text(language))
        })
    }
    let document = Document(
      files: check.files.map {
        File(
          path: $0.path,
          encoding: $0.formatLabel ?? "",
          students: $0.studentCount,
          errors: $0.diagnostics.filter { $0.severity == .error }.count)
      },
      students: check.studentCount, figures: figures,
      notComputed: Dictionary(
        check.notComputed.map { ($0.name, $0.reason.text(language)) },
        uniquingKeysWith: { a, _ in a }),
      diagnostics: check.diagnostics.map { $0.formatted(language) }, masked: !privacy.reveal)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array((try? encoder.encode(document)) ?? Data("{}".utf8)) + [0x0A]
  }
}
