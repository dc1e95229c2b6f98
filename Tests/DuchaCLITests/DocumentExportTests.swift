import Foundation
import Testing

/// A leader's night: two inspectors' sessions copied into a folder outside the repository,
/// the problem list built and edited, then the documents written by the binary and read back
/// by real clients (openpyxl for the workbook).
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct DocumentExportTests {
  /// A folder `第三组/` with 渔沟小学 and 韦集中心校 walked by the scripted inspection (84.5 each),
  /// and a problem list whose entry 1 names 教务处, 2021-11-30.
  static func leaderFolder(_ label: String) throws -> (directory: URL, folder: String) {
    let directory = try CLI.temporaryDirectory(label)
    let folder = directory.appendingPathComponent("第三组").path
    for unit in ["渔沟小学", "韦集中心校"] {
      var options = CLI.walkOptions
      options[options.firstIndex(of: "渔沟小学")!] = unit
      let walk = try runDucha(
        ["inspect"] + options + ["--sessions", folder], stdin: CLI.walkScript, in: directory)
      try #require(walk.status == 0, "\(walk.errors)")
    }
    let checklists = ["--checklists", CLI.checklists]
    for arguments in [
      ["problems", "build", folder, "--title", "第三组问题清单"],
      [
        "problems", "edit", folder, "1", "--responsible", "教务处", "--deadline", "2021-11-30", "--by",
        "李辉",
      ],
    ] {
      let run = try runDucha(arguments + checklists, in: directory)
      try #require(run.status == 0, "\(arguments): \(run.errors)")
    }
    return (directory, folder)
  }

  @Test func workbookReflectsEditsAndKeepsNamesOutUnlessRevealed() throws {
    let (directory, folder) = try Self.leaderFolder("xlsx")
    defer { try? FileManager.default.removeItem(at: directory) }
    let masked = directory.appendingPathComponent("报告.xlsx").path
    let run = try runDucha(
      ["report", folder, "--format", "xlsx", "-o", masked, "--checklists", CLI.checklists],
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("已写入：\(masked)"))
    let dump = try PythonClient.dumpWorkbook(masked)
    #expect(dump.hasPrefix("sheets 排名|各项得分|扣分明细|问题清单|点名明细|学籍核查\n"))
    #expect(dump.contains("排名 2: 1|渔沟小学|小学|84.5|84.5|—"))
    #expect(dump.contains("排名 3: 1|韦集中心校|小学|84.5|84.5|—"))
    #expect(dump.contains("|教务处|2021-11-30|未整改|"))
    #expect(dump.contains("点名明细 2: 渔沟小学|三年级|2班|45|42|1|43|-2|2|0|籍在人不在：2名（姓名已隐去"))
    #expect(!dump.contains("点名明细 2: 渔沟小学|三年级|2班|45|42|1|43|-2|2|0|籍在人不在：张三"))
    #expect(try Self.mode(masked) != 0o600)

    let revealed = directory.appendingPathComponent("报告-实名.xlsx").path
    let open = try runDucha(
      [
        "report", folder, "--format", "xlsx", "-o", revealed, "--reveal", "--checklists",
        CLI.checklists,
      ],
      in: directory)
    #expect(open.status == 0, "\(open.errors)")
    #expect(try Self.mode(revealed) == 0o600)
    #expect(try PythonClient.dumpWorkbook(revealed).contains("|籍在人不在：张三、李四"))
  }

  @Test func csvWritesOneTableOrEachTableToAFolderWithBOMAndCRLF() throws {
    let (directory, folder) = try Self.leaderFolder("csv-sheet")
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("各项得分.csv")
    let run = try runDucha(
      [
        "report", folder, "--format", "csv", "--sheet", "各项得分", "-o", output.path, "--checklists",
        CLI.checklists,
      ],
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let data = try Data(contentsOf: output)
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines[0] == "编号,项目,分值,渔沟小学,韦集中心校")
    #expect(lines[1] == "1,人员配备,10,9,9")
    #expect(lines.contains(",总分,100,84.5,84.5"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))

    let tables = directory.appendingPathComponent("表格").path + "/"
    let each = try runDucha(
      ["report", folder, "--format", "csv", "-o", tables, "--checklists", CLI.checklists],
      in: directory)
    #expect(each.status == 0, "\(each.errors)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: tables).sorted()
        == ["问题清单.csv", "学籍核查.csv", "扣分明细.csv", "排名.csv", "点名明细.csv", "各项得分.csv"].sorted())
    let problems = try Data(contentsOf: URL(fileURLWithPath: tables + "问题清单.csv"))
    #expect(Array(problems.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: problems.dropFirst(3), as: UTF8.self).contains(",教务处,2021-11-30,未整改,"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: tables + "各项得分.csv")) == data)

    let wrong = try runDucha(
      ["report", folder, "--format", "csv", "--sheet", "得分", "--checklists", CLI.checklists],
      in: directory)
    #expect(wrong.status != 0)
    #expect(wrong.errors.contains("没有“得分”这张表，可选：排名、各项得分、扣分明细、问题清单、点名明细、学籍核查"))
  }

  /// The sheet is a page to print from the browser: `-o 记录表.docx` wrote that page under a
  /// name Word would not open (已写入, exit 0). Refused before anything is written, saying the
  /// name that works; there is no --format to point to.
  @Test func sheetRefusesAFileNameOfAnotherFormat() throws {
    let (directory, folder) = try Self.leaderFolder("sheet-docx")
    defer { try? FileManager.default.removeItem(at: directory) }
    let word = directory.appendingPathComponent("记录表.docx").path
    let run = try runDucha(
      ["sheet", folder, "-o", word, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 64)
    #expect(run.errors.contains("-o \(word)：不能写成 .docx 文件。可以用 .html。\n"), "\(run.errors)")
    #expect(!FileManager.default.fileExists(atPath: word))
  }

  @Test func sheetPrintsEachSchoolOrOneFromAFolderOrASessionFile() throws {
    let (directory, folder) = try Self.leaderFolder("sheet")
    defer { try? FileManager.default.removeItem(at: directory) }
    let all = directory.appendingPathComponent("记录表.html").path
    let run = try runDucha(
      ["sheet", folder, "-o", all, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let html = try String(contentsOfFile: all, encoding: .utf8)
    #expect(html.components(separatedBy: "<section class=\"sheet\">").count == 3)
    // Schools in name order: 渔 (U+6E14) before 韦 (U+97E6).
    let yugou = try #require(html.range(of: "<th>被检查单位</th><td>渔沟小学</td>"))
    let weiji = try #require(html.range(of: "<th>被检查单位</th><td>韦集中心校</td>"))
    #expect(yugou.lowerBound < weiji.lowerBound)
    #expect(html.contains("<td>满分 100 分</td><td class=\"num\">84.5</td>"))
    #expect(!html.contains("张三、李四</td>"))
    #expect(try Self.mode(all) != 0o600)

    let one = try runDucha(
      ["sheet", folder, "--unit", "韦集中心校", "--checklists", CLI.checklists], in: directory)
    #expect(one.status == 0)
    #expect(one.output.components(separatedBy: "<section class=\"sheet\">").count == 2)
    #expect(one.output.contains("<td>韦集中心校</td>"))

    let session = try #require(
      SessionFiles.sessionFiles(in: URL(fileURLWithPath: folder)).first {
        $0.lastPathComponent.contains("渔沟小学")
      })
    let copied = directory.appendingPathComponent("渔沟小学.json")
    try FileManager.default.copyItem(at: session, to: copied)
    let revealed = directory.appendingPathComponent("实名.html").path
    let fromFile = try runDucha(
      ["sheet", copied.path, "--checklists", CLI.checklists, "--reveal", "-o", revealed],
      in: directory)
    #expect(fromFile.status == 0, "\(fromFile.errors)")
    #expect(try Self.mode(revealed) == 0o600)
    #expect(try String(contentsOfFile: revealed, encoding: .utf8).contains("籍在人不在：张三、李四"))

    let unknown = try runDucha(
      ["sheet", folder, "--unit", "渔沟中学", "--checklists", CLI.checklists], in: directory)
    #expect(unknown.status != 0)
    #expect(unknown.errors.contains("没有“渔沟中学”的检查记录；这里有：渔沟小学、韦集中心校"))
  }

  @Test func noticesInWordOnePerSchoolAndTheReportInWord() throws {
    let (directory, folder) = try Self.leaderFolder("notice")
    defer { try? FileManager.default.removeItem(at: directory) }
    let checklists = ["--checklists", CLI.checklists]
    let one = directory.appendingPathComponent("渔沟小学.docx").path
    // Typed with the trailing full-width space a Chinese input method leaves.
    let run = try runDucha(
      ["notice", folder, "--unit", "渔沟小学\u{3000}", "--format", "docx", "-o", one] + checklists,
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("注意：问题清单尚未签字，通知书标为“草稿”。"))
    let draft = try PythonClient.dumpDocument(one)
    #expect(draft.contains("P 整改通知书（草稿）"))
    #expect(draft.contains("P 渔沟小学："))
    #expect(draft.contains("R 1|（1 人员配备）酌情扣 1 分：学籍管理员为兼职，EXCEL不熟练|"))
    #expect(draft.contains("|教务处|2021年11月30日"))
    #expect(!draft.contains("韦集中心校"))

    let sign = try runDucha(
      ["problems", "sign", folder, "--by", "张徽", "--yes"] + checklists, in: directory)
    #expect(sign.status == 0, "\(sign.errors)")
    let perSchool = directory.appendingPathComponent("通知书").path + "/"
    let all = try runDucha(
      ["notice", folder, "--format", "docx", "-o", perSchool, "--date", "2021-11-05"] + checklists,
      in: directory)
    #expect(all.status == 0, "\(all.errors)")
    let written = try FileManager.default.contentsOfDirectory(atPath: perSchool).sorted()
    #expect(written == ["整改通知书-渔沟小学.docx", "整改通知书-韦集中心校.docx"])
    let weiji = try PythonClient.dumpDocument(perSchool + "整改通知书-韦集中心校.docx")
    #expect(weiji.contains("P 整改通知书\n"))
    #expect(!weiji.contains("草稿"))
    #expect(weiji.contains("P 灵璧县教育体育局"))
    #expect(weiji.contains("P 2021年11月5日"))

    let report = directory.appendingPathComponent("报告.docx").path
    let written2 = try runDucha(
      ["report", folder, "--format", "docx", "-o", report] + checklists, in: directory)
    #expect(written2.status == 0, "\(written2.errors)")
    let text = try PythonClient.dumpDocument(report)
    #expect(text.contains("P 检查总结（草稿）"))
    #expect(text.contains("R 1|渔沟小学|小学|84.5|84.5|—"))
    #expect(text.contains("P 第三组问题清单"))
    #expect(text.contains("P 召集人：张徽"))

    let missing = try runDucha(
      ["notice", folder, "--unit", "渔沟中学"] + checklists, in: directory)
    #expect(missing.status != 0)
    #expect(missing.errors.contains("问题清单里没有“渔沟中学”的问题；有问题的单位：渔沟小学、韦集中心校"))
  }

  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o777
  }
}

/// python3 with openpyxl and python-docx (installed by scripts/setup), run as a user's
/// spreadsheet or word processor would open the files.
enum PythonClient {
  /// Whether python3 runs at all.
  static let available: Bool = (try? run("pass", []))?.isEmpty ?? false

  /// Runs `script` with `arguments`; its standard output, or a failure with its errors.
  static func run(_ script: String, _ arguments: [String]) throws -> String {
    let directory = try CLI.temporaryDirectory("python")
    defer { try? FileManager.default.removeItem(at: directory) }
    let scriptURL = directory.appendingPathComponent("client.py")
    try Data(script.utf8).write(to: scriptURL)
    let process = Process()
    let outURL = directory.appendingPathComponent("out")
    let errURL = directory.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", scriptURL.path] + arguments
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
      throw TestFailure("python3: \(errors)")
    }
    return try String(contentsOf: outURL, encoding: .utf8)
  }

  /// `sheets A|B…`, then one line per row: `SHEET ROW: cell|cell…`, numbers as Python prints
  /// them (84.5, 9); text that reads as a number (a number stored as text) gets a leading `'`.
  static func dumpWorkbook(_ path: String) throws -> String {
    try run(
      """
      import sys, openpyxl
      def numeric(text):
          try:
              float(text)
              return True
          except ValueError:
              return False
      wb = openpyxl.load_workbook(sys.argv[1])
      print("sheets " + "|".join(wb.sheetnames))
      for ws in wb.worksheets:
          for index, row in enumerate(ws.iter_rows(values_only=True), start=1):
              cells = []
              for v in row:
                  if v is None: cells.append("")
                  elif isinstance(v, (int, float)): cells.append(repr(v))
                  else: cells.append("'" + v if numeric(v) else v)
              print(f"{ws.title} {index}: " + "|".join(cells))
      """, [path])
  }

  /// The paragraphs and table rows of a .docx, as python-docx reads them.
  static func dumpDocument(_ path: String) throws -> String {
    try run(
      """
      import sys, docx
      d = docx.Document(sys.argv[1])
      for p in d.paragraphs:
          print("P " + p.text)
      for t in d.tables:
          for r in t.rows:
              print("R " + "|".join(c.text for c in r.cells))
      """, [path])
  }
}
