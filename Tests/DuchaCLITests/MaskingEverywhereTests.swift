import DuchaSession
import Foundation
import Testing

/// Every spelling of an ID number an inspector might type, seeded into every place a session
/// holds text, then every command and export of the real binary run on it: no output may show
/// a birth date from the seeds, and the one masker must find nothing left to hide.
@Suite struct MaskingEverywhereTests {
  /// The spellings: grouped by spaces and hyphens, glued to Latin and Chinese, plain, the old
  /// 15 digits, 全国学籍号, full-width digits.
  static let seeds = [
    "341323 20100512 0011", "341323-20130615-002X", "学生ID341323201203010059",
    "34132320110304005X", "341323100709001", "G341323201408120033", "３４１３２３２００９０９０９００１２",
    "L341323 20150101 0021",
  ]
  /// The hidden middle of each seed (the birth date): none may appear in any output.
  static let birthDates = [
    "20100512", "20130615", "20120301", "20110304", "100709", "20140812", "２００９０９０９",
    "20090909", "20150101",
  ]

  /// The scripted walk with seeds in roll-call names, registry lists, a reason, a note and a
  /// problem; `tail` changes the text answer near the end (for a merge conflict).
  static func seededWalk(tail: String) throws -> [String] {
    var lines = try CLI.walkLines()
    lines[6] = "张三\(seeds[0])、李四、\(seeds[6])"  // 籍在人不在
    lines[17] = "王五 \(seeds[1])"  // 人在籍不在
    lines[30] = "王小明\(seeds[2])"  // 重复学籍
    lines[32] = "赵六、\(seeds[3])、\(seeds[4])"  // 无照片
    lines[36] = "学籍管理员为兼职，身份证 \(seeds[7]) 录错"  // a 酌情 reason
    lines[53] = "备注 三个班点名，学籍号 \(seeds[5])"
    lines[54] = "问题 三年级2班张三（\(seeds[0])）、李四（\(seeds[1])）籍在人不在，未办理转学手续\(seeds[2])"
    lines[80] = tail
    return lines
  }

  /// Fails on any output that shows an ID number.
  static func expectMasked(_ text: String, _ what: String) {
    #expect(!IDNumber.containsUnmasked(text), "\(what) shows an ID number:\n\(text)")
    for date in birthDates {
      #expect(!text.contains(date), "\(what) shows \(date):\n\(text)")
    }
  }

  @Test func everyOutputMasksEverySpelling() throws {
    let directory = try CLI.temporaryDirectory("mask")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("第三组")
    var outputs: [(String, String)] = []
    for (inspector, tail) in [
      ("李辉", "在校生134人 \(Self.seeds[3])"), ("王雷", "在校生135人 \(Self.seeds[5])"),
    ] {
      let script = directory.appendingPathComponent("walk-\(inspector).input")
      try CLI.writeScript(try Self.seededWalk(tail: tail), to: script)
      let walk = try CLI.walkAlone(
        as: inspector, script: script, sessions: sessions, in: directory)
      #expect(walk.status == 0, Comment(rawValue: walk.errors))
      outputs.append(("REPL screen of \(inspector)", walk.output + walk.errors))
    }
    // The seeds really are in the session files (the files are personal, 0600).
    let saved = try SessionFiles.sessionFiles(in: sessions).map {
      try String(contentsOf: $0, encoding: .utf8)
    }
    #expect(saved.count == 2)
    #expect(saved.allSatisfy { $0.contains("20100512") && $0.contains("20140812") })

    let folder = sessions.path
    var commands: [[String]] = [["merge", folder, "--by", "张徽"]]
    for format in ["text", "md", "csv", "html"] {
      commands.append(["summary", folder, "--format", format])
      commands.append(["report", folder, "--format", format])
    }
    commands.append(["problems", "build", folder])
    for format in ["text", "md", "csv", "html"] {
      commands.append(["problems", "show", folder, "--format", format])
      let file = directory.appendingPathComponent("export.\(format)").path
      commands.append(["report", folder, "--format", format, "-o", file])
      commands.append(["problems", "show", folder, "--format", format, "-o", file + ".problems"])
    }
    commands.append([
      "problems", "edit", folder, "1", "--responsible", "教务处\(Self.seeds[0])", "--by", "张徽",
    ])
    commands.append(["problems", "show", folder])
    commands.append(["resume", "--sessions", folder])
    // The documents handed to the bureau and to schools: workbook, Word, 核查记录表, 整改通知书,
    // every CSV table.
    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }
    commands += [
      ["report", folder, "--format", "xlsx", "-o", file("export.report.xlsx")],
      ["report", folder, "--format", "docx", "-o", file("export.report.docx")],
      ["problems", "show", folder, "--format", "xlsx", "-o", file("export.problems.xlsx")],
      ["problems", "show", folder, "--format", "docx", "-o", file("export.problems.docx")],
      ["report", folder, "--format", "csv", "-o", file("export.tables") + "/"],
      ["sheet", folder, "-o", file("export.sheet.html")],
      ["notice", folder, "--format", "html", "-o", file("export.notice.html")],
      ["notice", folder, "--format", "docx", "-o", file("export.notice.docx")],
    ]
    for command in commands {
      let run = try runDucha(command + ["--checklists", CLI.checklists], in: directory)
      outputs.append((command.joined(separator: " "), run.output + run.errors))
    }
    var written = 0
    for name in try FileManager.default.subpathsOfDirectory(atPath: directory.path)
    where name.hasPrefix("export.") {
      let url = directory.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      written += 1
      if name.hasSuffix(".xlsx") || name.hasSuffix(".docx") {
        outputs.append((name, try Self.zippedText(url.path)))
      } else {
        outputs.append((name, String(decoding: try Data(contentsOf: url), as: UTF8.self)))
      }
    }
    // 8 text exports, 4 Office files, 3 HTML documents, 6 CSV tables.
    #expect(written >= 21, "only \(written) export files were written")
    #expect(outputs.count > 40)
    for (what, text) in outputs { Self.expectMasked(text, what) }
  }

  /// The text of every part of an Office file (a zip of XML), tags replaced by spaces so that a
  /// number split across runs or cells still reads as one (the masker joins spaced groups).
  static func zippedText(_ path: String) throws -> String {
    try PythonClient.run(
      """
      import re, sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      for n in z.namelist():
          print(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")))
      """, [path])
  }

  /// `ducha roster check` in every format on a registry export: no ID number or 学籍号 of the
  /// file appears in full unless `--reveal`.
  @Test func rosterChecksMaskTheExport() throws {
    let directory = try CLI.temporaryDirectory("mask-roster")
    defer { try? FileManager.default.removeItem(at: directory) }
    let roster = directory.appendingPathComponent("名单.csv")
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"), to: roster)
    let text = try String(contentsOf: roster, encoding: .utf8)
    let numbers = text.split(whereSeparator: { ",\r\n".contains($0) }).map(String.init).filter {
      $0.count >= 15 && $0.allSatisfy { $0.isASCII && ($0.isNumber || "GJLX".contains($0)) }
    }
    #expect(numbers.count >= 10, "the fixture holds ID numbers to hide")
    for format in ["text", "csv", "json"] {
      let run = try runDucha(
        ["roster", "check", roster.path, "--format", format], in: directory)
      let output = run.output + run.errors
      Self.expectMasked(output, "roster check --format \(format)")
      for number in numbers {
        #expect(!output.contains(number), "roster check --format \(format) shows \(number)")
      }
    }
  }

  @Test func revealedExportsArePrivateUnderAnOpenUmask() throws {
    let directory = try CLI.temporaryDirectory("reveal")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("新建的组").path
    let script = directory.appendingPathComponent("walk.input")
    try CLI.writeScript(try Self.seededWalk(tail: "在校生134人"), to: script)
    let binary = try CLI.binary().path
    func shell(_ arguments: [String]) throws -> Finished {
      let quoted = ([binary] + arguments).map {
        "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
      }
      return try runDucha(
        ["__sh__"], in: directory, shell: "umask 000; exec " + quoted.joined(separator: " "))
    }
    let walk = try shell(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions, "--script", script.path])
    #expect(walk.status == 0, Comment(rawValue: walk.errors))
    #expect(try mode(sessions) == 0o700, "a sessions folder ducha creates is 0700")
    _ = try shell(["problems", "build", sessions, "--checklists", CLI.checklists])
    for format in ["text", "md", "csv", "html"] {
      let revealed = directory.appendingPathComponent("revealed.\(format)").path
      let run = try shell([
        "report", sessions, "--reveal", "--format", format, "-o", revealed, "--checklists",
        CLI.checklists,
      ])
      #expect(run.status == 0, Comment(rawValue: run.errors))
      #expect(try mode(revealed) == 0o600, "report --reveal --format \(format)")
      let problems = revealed + ".problems"
      _ = try shell(["problems", "show", sessions, "--reveal", "--format", format, "-o", problems])
      #expect(try mode(problems) == 0o600, "problems show --reveal --format \(format)")
      // --reveal does reveal: the number is there in full (the text table wraps it).
      if format != "text" {
        #expect(try String(contentsOfFile: problems, encoding: .utf8).contains("20100512"))
      }
    }
  }

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
  }
}
