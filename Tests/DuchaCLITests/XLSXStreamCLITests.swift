import Foundation
import Testing

/// A county's export as XLSX is read a piece of its sheet at a time, the same list as CSV is
/// the check. scripts/gen-roster writes the list as CSV with known defects and a title row,
/// then converts that CSV to XLSX (`--from-csv`: the title merged across the sheet, text in
/// the shared strings as Excel writes it, birth dates as day numbers). The sheet is megabytes
/// of XML, read in many pieces, so rows, cells and shared strings fall across the pieces.
@Suite("A large XLSX export read as a stream, against its CSV twin")
struct XLSXStreamCLITests {
  @Test("ducha roster check: the same figures, students and rows as the CSV")
  func rosterTwin() throws {
    let work = try CLI.temporaryDirectory("xlsx-stream-roster")
    defer { try? FileManager.default.removeItem(at: work) }
    try generate(
      [
        "--students", "6000", "--classes", "120", "--broken-ids", "12", "--duplicates", "9",
        "--no-photo", "7", "--no-id", "5", "--other-docs", "3", "--seed", "23", "--title",
        "--expect", "预期.json", "-o", "名单.csv",
      ], in: work)
    try generate(["--from-csv", "名单.csv", "--format", "xlsx", "-o", "名单.xlsx"], in: work)

    let csv = try check("名单.csv", in: work)
    let xlsx = try check("名单.xlsx", in: work)
    // gen-roster's own count of what it injected, independent of ducha.
    let expected = try #require(
      JSONSerialization.jsonObject(
        with: Data(contentsOf: work.appendingPathComponent("预期.json"))) as? [String: Int])
    #expect(expected["系统学生数"] == 6009)
    #expect(counts(csv) == expected)
    #expect(counts(xlsx) == expected)
    // Every student behind every figure, with its row: the title is row 1 in both.
    #expect(
      NSDictionary(dictionary: figures(xlsx, renaming: "名单.xlsx"))
        == NSDictionary(
          dictionary: figures(csv, renaming: "名单.csv")))
    let files = try #require(xlsx["files"] as? [[String: Any]])
    #expect(files.first?["encoding"] as? String == "XLSX")
    #expect(files.first?["students"] as? Int == 6009)
    // The warnings at the same rows; a CSV column counts characters, an XLSX one cells.
    #expect(rows(of: xlsx) == rows(of: csv))
  }

  @Test("ducha compare: an XLSX population list and roster give the CSV pair's answer")
  func compareTwin() throws {
    let work = try CLI.temporaryDirectory("xlsx-stream-compare")
    defer { try? FileManager.default.removeItem(at: work) }
    try generate(
      [
        "--compare-pair", "--students", "5000", "--seed", "5", "-o", "户籍.csv",
        "--enrolled-output", "学籍.csv", "--expect", "预期.json",
      ], in: work)
    try generate(["--from-csv", "户籍.csv", "--format", "xlsx", "-o", "户籍.xlsx"], in: work)
    try generate(["--from-csv", "学籍.csv", "--format", "xlsx", "-o", "学籍.xlsx"], in: work)

    var answers: [String] = []
    for kind in ["csv", "xlsx"] {
      let run = try runDucha(
        [
          "compare", "--population", "户籍.\(kind)", "--enrolled", "学籍.\(kind)", "--cutoff",
          "2022-08-31", "--ages", "6-15", "-o", "名单-\(kind).csv",
        ], in: work, workingDirectory: work)
      #expect(run.status == 0, "\(kind): \(run.errors)")
      var files: [String] = []
      for suffix in ["", "-问题户籍", "-重复在籍", "-统计"] {
        let path = work.appendingPathComponent("名单-\(kind)\(suffix).csv")
        files.append(try String(contentsOf: path, encoding: .utf8))
      }
      answers.append(
        files.joined(separator: "\n---\n").replacingOccurrences(of: ".\(kind)", with: ""))
    }
    // gen-roster's own count: the list is a header and one line a child.
    let expected = try #require(
      JSONSerialization.jsonObject(
        with: Data(contentsOf: work.appendingPathComponent("预期.json"))) as? [String: Int])
    let list = try String(
      contentsOf: work.appendingPathComponent("名单-xlsx.csv"), encoding: .utf8)
    #expect(expected["疑似失学辍学"] == 113)
    #expect(list.split(whereSeparator: \.isNewline).count == 114)
    #expect(answers[1] == answers[0])
  }

  // MARK: Helpers

  private func generate(_ arguments: [String], in work: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", CLI.repoRoot.appendingPathComponent("scripts/gen-roster").path] + arguments
    process.currentDirectoryURL = work
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw TestFailure("gen-roster \(arguments) failed (openpyxl missing? run scripts/setup)")
    }
  }

  private func check(_ file: String, in work: URL) throws -> [String: Any] {
    let run = try runDucha(
      ["roster", "check", file, "--format", "json"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(file): \(run.errors)")
    return try #require(
      JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
  }

  private func counts(_ report: [String: Any]) -> [String: Int] {
    (report["figures"] as? [String: [String: Any]] ?? [:]).compactMapValues { $0["count"] as? Int }
  }

  /// The figures with the file's name taken out of each student's place.
  private func figures(_ report: [String: Any], renaming file: String) -> [String: Any] {
    guard let figures = report["figures"],
      let data = try? JSONSerialization.data(withJSONObject: figures),
      let text = String(data: data, encoding: .utf8)?.replacingOccurrences(of: file, with: "名单"),
      let renamed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { return [:] }
    return renamed
  }

  /// Each warning's row and code: `名单.csv:13577:43: 警告[R203]` → `13577 R203`.
  private func rows(of report: [String: Any]) -> [String] {
    (report["diagnostics"] as? [String] ?? []).map { message in
      let place = message.prefix { $0 != " " }.split(separator: ":")
      let code = message.firstRange(of: /\[R\d+\]/).map { String(message[$0]) } ?? ""
      return "\(place.count > 1 ? place[1] : "") \(code)"
    }
  }
}
