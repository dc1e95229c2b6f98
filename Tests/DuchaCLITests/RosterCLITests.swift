import Foundation
import Testing

/// `ducha roster check` as a clerk runs it: files copied into a folder of their own, run from
/// there, output read back.
@Suite("ducha roster check from the command line")
struct RosterCLITests {
  static let fixtures = CLI.repoRoot.appendingPathComponent("Tests/DuchaRosterTests/Fixtures")

  func copyFixtures(to directory: URL) throws -> (String, String) {
    let a = directory.appendingPathComponent("示范小学.csv")
    let b = directory.appendingPathComponent("四年级.csv")
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("registry-a.csv"), to: a)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("registry-b-gbk.csv"), to: b)
    return (a.path, b.path)
  }

  @Test("JSON names each figure as the session does, masked unless --reveal")
  func json() throws {
    let directory = try CLI.temporaryDirectory("roster-json")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (a, b) = try copyFixtures(to: directory)
    let run = try runDucha(["roster", "check", a, b, "--format", "json"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    let figures = try #require(object?["figures"] as? [String: [String: Any]])
    #expect(
      Set(figures.keys) == ["系统学生数", "系统班级数", "重复学籍", "无照片", "无身份证号", "身份证号有误", "其他证件", "学籍号不符"])
    #expect(figures["重复学籍"]?["count"] as? Int == 3)
    #expect(figures["身份证号有误"]?["count"] as? Int == 5)
    let duplicates = try #require(figures["重复学籍"]?["students"] as? [[String: Any]])
    #expect(duplicates.first?["name"] as? String == "王**")
    #expect(duplicates.first?["idNumber"] as? String == "341323***********2")
    #expect(!run.output.contains("王小明"))
    #expect(!run.output.contains("341323201503080112"))

    let revealed = try runDucha(
      ["roster", "check", a, "--format", "json", "--reveal"], in: directory)
    #expect(revealed.output.contains("\"name\" : \"王小明\""))
    #expect(revealed.output.contains("341323201503080112"))
  }

  @Test("CSV starts with a BOM and is written 0600; text and CSV agree on the counts")
  func csv() throws {
    let directory = try CLI.temporaryDirectory("roster-csv")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (a, _) = try copyFixtures(to: directory)
    let out = directory.appendingPathComponent("核查.csv").path
    let run = try runDucha(["roster", "check", a, "--format", "csv", "-o", out], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines[0] == "指标,数量,姓名,年级,班级,班内学号,身份证件号,全国学籍号,位置,说明")
    #expect(lines.contains("身份证号有误,5,,,,,,,,"))
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    let textRun = try runDucha(["roster", "check", a], in: directory)
    #expect(textRun.output.contains("身份证号有误  5"))
  }

  @Test("a broken row is reported with its place and the exit status is 1; the rest is counted")
  func brokenRow() throws {
    let directory = try CLI.temporaryDirectory("roster-broken")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("名单.csv")
    try Data("姓名,身份证件号\n王小明,\"341323201503080112\n李小红,341323201507210228\n".utf8).write(to: file)
    let run = try runDucha(
      ["roster", "check", "名单.csv", "--format", "json"], in: directory, workingDirectory: directory)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("名单.csv:2:5: 错误[R102]: 这里的引号没有配对的右引号，这一行没有导入。"))
    #expect(run.output.contains("\"students\" : 1"))
  }

  @Test("the same file twice is read once, so nobody is their own duplicate")
  func sameFileTwice() throws {
    let directory = try CLI.temporaryDirectory("roster-twice")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (a, _) = try copyFixtures(to: directory)
    let run = try runDucha(["roster", "check", a, a, "--format", "json"], in: directory)
    #expect(run.errors.contains("警告[R111]: 这个文件前面已经写过，只读一次。"))
    #expect(run.output.contains("\"students\" : 12"))
  }

  @Test("a wrong --encoding or --map is refused before reading")
  func badOptions() throws {
    let directory = try CLI.temporaryDirectory("roster-options")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (a, _) = try copyFixtures(to: directory)
    let encoding = try runDucha(["roster", "check", a, "--encoding", "big5"], in: directory)
    #expect(encoding.status != 0)
    #expect(encoding.errors.contains("--encoding 只能是 auto、utf-8 或 gb18030"))
    let map = try runDucha(["roster", "check", a, "--map", "学生身份证"], in: directory)
    #expect(map.status == 64)
    #expect(map.errors.contains("--map “学生身份证” 看不懂。"))
  }

  @Test("--session fills a saved inspection's registry figures with the students behind them")
  func fillSession() throws {
    let directory = try CLI.temporaryDirectory("roster-session")
    defer { try? FileManager.default.removeItem(at: directory) }
    let (a, _) = try copyFixtures(to: directory)
    let sessions = directory.appendingPathComponent("记录")
    let script = directory.appendingPathComponent("walk.txt")
    try CLI.writeScript(["/退出"], to: script)
    let started = try runDucha(
      CLI.walkOptions + ["--sessions", sessions.path, "--script", script.path], in: directory)
    // A script that leaves before the end exits 2: the session is saved, but unfinished.
    #expect(started.status == 2, "\(started.output)")
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let id = try SessionFiles.load(file).id

    let run = try runDucha(
      ["roster", "check", a, "--session", id, "--sessions", sessions.path, "--format", "json"],
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("已填入 渔沟小学（\(id)）的学籍核查：系统学生数 12，系统班级数 2，重复学籍 2"))
    let session = try SessionFiles.load(file)
    #expect(session.registry.counts["身份证号有误"] == 5)
    #expect(session.registry.counts["无照片"] == 2)
    #expect(session.registry.imported?.students == 12)
    #expect(session.registry.students["其他证件"] == ["陈刚 E12345678 三年级1班 示范小学.csv:7：证件类型是护照"])

    let missing = try runDucha(
      ["roster", "check", a, "--session", "nosuch", "--sessions", sessions.path], in: directory)
    #expect(missing.status == 1)
    #expect(missing.errors.contains("里没有编号为 nosuch 的检查记录；ducha resume 可列出全部"))
    // Said by Ducha.main in the command's language (thrown, not printed before ExitCode).
    let english = try runDucha(
      ["roster", "check", a, "--session", "nosuch", "--sessions", sessions.path, "--lang", "en"],
      in: directory)
    #expect(english.status == 1)
    #expect(english.errors == "no session nosuch in \(sessions.path); ducha resume lists them\n")
  }

  @Test("the CSV and the XLSX form of the same roster give the same counts")
  func csvAndXLSXAgree() throws {
    let directory = try CLI.temporaryDirectory("roster-xlsx")
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("名单.csv")
    let xlsx = directory.appendingPathComponent("名单.xlsx")
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("registry-a.csv"), to: csv)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("registry-a.xlsx"), to: xlsx)
    func counts(_ file: URL) throws -> [String: Int] {
      let run = try runDucha(["roster", "check", file.path, "--format", "json"], in: directory)
      #expect(run.status == 0, "\(run.errors)")
      let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
      let figures = object?["figures"] as? [String: [String: Any]] ?? [:]
      return figures.compactMapValues { $0["count"] as? Int }
    }
    let fromCSV = try counts(csv)
    #expect(fromCSV.count == 8)
    #expect(try counts(xlsx) == fromCSV)
  }

  @Test("scripts/gen-roster's injected defects are what ducha counts, in GB18030 CSV and XLSX")
  func generatedRosters() throws {
    let directory = try CLI.temporaryDirectory("roster-gen")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, format) in [
      ("生成.csv", ["--encoding", "gb18030"]), ("生成.xlsx", ["--format", "xlsx", "--title"]),
    ] {
      let output = directory.appendingPathComponent(name).path
      let expect = directory.appendingPathComponent(name + ".json").path
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments =
        [
          "python3", CLI.repoRoot.appendingPathComponent("scripts/gen-roster").path, "--students",
          "300",
          "--broken-ids", "4", "--duplicates", "3", "--no-photo", "5", "--no-id", "2",
          "--other-docs", "1",
          "--seed", "7", "--expect", expect, "-o", output,
        ] + format
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(
        process.terminationStatus == 0,
        "gen-roster \(format) failed (openpyxl missing? run scripts/setup)")
      let expected =
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: expect)))
        as? [String: Int]
      let run = try runDucha(["roster", "check", output, "--format", "json"], in: directory)
      let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
      let figures = (object?["figures"] as? [String: [String: Any]] ?? [:]).compactMapValues {
        $0["count"] as? Int
      }
      #expect(expected?["重复学籍"] == 3)
      #expect(figures == expected, "\(name)")
    }
  }
}
