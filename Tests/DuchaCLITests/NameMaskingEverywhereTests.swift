import DuchaSession
import Foundation
import Testing

/// Two inspectors walk 渔沟小学 and record children by name in the roll call and the registry
/// lists, then name the same children again in a reason, a note, a 问题 and a text answer.
/// Every command and export of the real binary is run on the folder (the merge screen too): by default no output
/// may show a full name (each shows `张*`, `欧阳**` …); with `--reveal` the names are there.
@Suite struct NameMaskingEverywhereTests {
  /// The names the roll call and the registry lists record, and how they are masked.
  static let names = ["张三": "张*", "欧阳小明": "欧阳**", "王五": "王*", "王小明": "王**"]

  /// The scripted walk with the names in the lists and in free text; `score` and `tail` are the
  /// score and reason of item 11 (酌情), the score different for each inspector: a merge
  /// conflict whose reasons name a child.
  static func namedWalk(score: String, tail: String) throws -> [String] {
    var lines = try CLI.walkLines()
    lines[6] = "张三、欧阳小明"  // 籍在人不在
    lines[17] = "王五"  // 人在籍不在
    lines[30] = "王小明"  // 重复学籍
    lines[36] = "学籍管理员为兼职，王五的学籍未录入"  // a 酌情 reason
    lines[53] = "备注 公开 三个班点名，欧阳小明家长说已去县城读书"  // quoted by the draft 检查总结
    lines[54] = "问题 三年级2班张三、欧阳小明籍在人不在，王小明重复建籍"
    lines[79] = score
    lines[80] = tail
    return lines
  }

  /// Runs the walk of both inspectors into `directory/第三组`; returns the folder.
  static func walkBoth(in directory: URL) throws -> String {
    let sessions = directory.appendingPathComponent("第三组")
    for (inspector, score) in [("李辉", "4"), ("王雷", "3")] {
      let script = directory.appendingPathComponent("walk-\(inspector).input")
      try CLI.writeScript(try namedWalk(score: score, tail: "在校生134人，王五在校"), to: script)
      let walk = try CLI.walkAlone(
        as: inspector, script: script, sessions: sessions, in: directory)
      #expect(walk.status == 0, Comment(rawValue: walk.errors))
    }
    return sessions.path
  }

  /// Every leader command and export on `folder`, with `extra` flags (`--reveal`) where the
  /// command takes them; the texts shown and written, each with what produced it.
  static func everyOutput(_ folder: String, in directory: URL, extra: [String]) throws
    -> [(String, String)]
  {
    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }
    let tag = extra.isEmpty ? "masked" : "revealed"
    var commands: [[String]] = []
    if extra.isEmpty { commands.append(["merge", folder, "--by", "张徽"]) }
    for format in ["text", "md", "csv", "html"] {
      commands.append(["summary", folder, "--format", format] + extra)
      commands.append(["report", folder, "--format", format] + extra)
      commands.append(["problems", "show", folder, "--format", format] + extra)
      commands.append(
        ["problems", "show", folder, "--format", format, "-o", file("\(tag).problems.\(format)")]
          + extra)
    }
    commands += [
      ["report", folder, "--format", "xlsx", "-o", file("\(tag).report.xlsx")] + extra,
      ["report", folder, "--format", "docx", "-o", file("\(tag).report.docx")] + extra,
      ["problems", "show", folder, "--format", "xlsx", "-o", file("\(tag).problems.xlsx")] + extra,
      ["problems", "show", folder, "--format", "docx", "-o", file("\(tag).problems.docx")] + extra,
      ["report", folder, "--format", "csv", "-o", file("\(tag).tables") + "/"] + extra,
      ["sheet", folder, "-o", file("\(tag).sheet.html")] + extra,
      ["notice", folder, "--format", "html", "-o", file("\(tag).notice.html")] + extra,
      ["notice", folder, "--format", "docx", "-o", file("\(tag).notice.docx")] + extra,
    ]
    var outputs: [(String, String)] = []
    for command in commands {
      let run = try runDucha(command + ["--checklists", CLI.checklists], in: directory)
      #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
      outputs.append((command.joined(separator: " "), run.output + run.errors))
    }
    for name in try FileManager.default.subpathsOfDirectory(atPath: directory.path)
    where name.hasPrefix(tag + ".") {
      let url = directory.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      let text =
        name.hasSuffix(".xlsx") || name.hasSuffix(".docx")
        ? try MaskingEverywhereTests.zippedText(url.path)
        : String(decoding: try Data(contentsOf: url), as: UTF8.self)
      outputs.append((name, text))
    }
    return outputs
  }

  @Test func namesInFreeTextAreMaskedInEveryOutputUnlessRevealed() throws {
    let directory = try CLI.temporaryDirectory("mask-names")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try Self.walkBoth(in: directory)
    // The names really are in the session files, in the lists and in the free text.
    let saved = try SessionFiles.sessionFiles(in: URL(fileURLWithPath: folder)).map {
      try String(contentsOf: $0, encoding: .utf8)
    }
    #expect(saved.count == 2)
    #expect(saved.allSatisfy { $0.contains("张三、欧阳小明籍在人不在") && $0.contains("王五的学籍") })
    let build = try runDucha(
      ["problems", "build", folder, "--checklists", CLI.checklists], in: directory)
    #expect(build.status == 0, Comment(rawValue: build.errors))
    // The stored list keeps the names it masks (the file is personal data, 0600).
    let stored = try String(
      contentsOfFile: folder + "/_问题清单.json", encoding: .utf8)
    #expect(stored.contains("\"studentNames\""))

    let masked = try Self.everyOutput(folder, in: directory, extra: [])
    #expect(masked.count >= 30, "only \(masked.count) outputs")
    for (what, text) in masked {
      for name in Self.names.keys {
        #expect(!text.contains(name), "\(what) shows \(name):\n\(text)")
      }
    }
    for form in Self.names.values {
      #expect(masked.contains { $0.1.contains(form) }, "no output shows \(form)")
    }
    // The masked forms stand where the names were: the 问题 in the list and the notices, the
    // reason in the deductions, the note in the 核查记录表, the text answer on the merge screen.
    let problem = "三年级2班张*、欧阳**籍在人不在，王**重复建籍"
    let withProblem = masked.filter { $0.1.contains(problem) }.map(\.0)
    for expected in [
      "problems show", "masked.problems.csv", "masked.problems.xlsx", "masked.problems.docx",
      "masked.report.xlsx", "masked.report.docx", "masked.notice.html", "masked.notice.docx",
      "masked.sheet.html",
    ] {
      #expect(withProblem.contains { $0.contains(expected) }, "\(expected) lacks the problem")
    }
    #expect(masked.contains { $0.1.contains("王*的学籍未录入") }, "the reason, masked")
    #expect(masked.contains { $0.1.contains("欧阳**家长说已去县城读书") }, "the note, masked")
    let draft = masked.first { $0.0.hasPrefix("summary") && $0.0.contains("html") }?.1 ?? ""
    #expect(draft.contains("三个班点名，欧阳**家长说已去县城读书"), "the public note in the draft")
    let merge = masked.first { $0.0.hasPrefix("merge") }?.1 ?? ""
    #expect(merge.contains("理由：在校生134人，王*在校"), Comment(rawValue: merge))

    // --reveal shows everything as recorded.
    let revealed = try Self.everyOutput(folder, in: directory, extra: ["--reveal"])
    let showing = revealed.filter { $0.1.contains("三年级2班张三、欧阳小明籍在人不在，王小明重复建籍") }.map(\.0)
    for expected in [
      "revealed.problems.csv", "revealed.problems.xlsx", "revealed.report.docx",
      "revealed.notice.html", "revealed.notice.docx", "revealed.sheet.html",
    ] {
      #expect(showing.contains { $0.contains(expected) }, "\(expected) with --reveal")
    }
    #expect(revealed.contains { $0.1.contains("王五的学籍未录入") })
    let revealedDraft = revealed.first { $0.0.hasPrefix("summary") && $0.0.contains("html") }?.1
    #expect(revealedDraft?.contains("三个班点名，欧阳小明家长说已去县城读书") == true)
    // The terminal's summary too, as the problem list on the terminal always did: --reveal
    // on the screen is asked for, not ignored.
    let screen = revealed.first { $0.0.hasPrefix("summary") && $0.0.contains("text") }?.1
    // (Wrapped to the terminal's width: the name, not the whole sentence, is looked for.)
    #expect(screen?.contains("欧阳小明家长说") == true, "\(screen ?? "")")
    let maskedScreen = masked.first { $0.0.hasPrefix("summary") && $0.0.contains("text") }?.1
    #expect(maskedScreen?.contains("欧阳**家长说") == true, "\(maskedScreen ?? "")")
  }
}

extension NameMaskingEverywhereTests {
  /// A list written before names were kept (no `studentNames`) masks the names its folder's
  /// sessions know.
  @Test func anOlderProblemListMasksTheNamesOfItsFolder() throws {
    let directory = try CLI.temporaryDirectory("mask-names-old")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try Self.walkBoth(in: directory)
    let build = try runDucha(
      ["problems", "build", folder, "--checklists", CLI.checklists], in: directory)
    #expect(build.status == 0, Comment(rawValue: build.errors))
    let path = folder + "/_问题清单.json"
    var list = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        as? [String: Any])
    #expect(list.removeValue(forKey: "studentNames") != nil)
    try JSONSerialization.data(withJSONObject: list).write(to: URL(fileURLWithPath: path))
    let shown = try runDucha(
      ["problems", "show", folder, "--format", "csv", "--checklists", CLI.checklists],
      in: directory)
    #expect(shown.status == 0, Comment(rawValue: shown.errors))
    #expect(shown.output.contains("三年级2班张*、欧阳**籍在人不在，王**重复建籍"), Comment(rawValue: shown.output))
    for name in Self.names.keys {
      #expect(!shown.output.contains(name), "shows \(name)")
    }
  }
}
