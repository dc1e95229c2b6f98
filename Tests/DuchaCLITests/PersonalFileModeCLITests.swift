import Foundation
import Testing

/// Every file that can hold children's names or full ID numbers is 0600 when ducha has written
/// it: the sessions, the problem list, and each export written with `--reveal` — also when it
/// replaces an older file of mode 0644 (the new content goes to a temporary file first) and
/// when it is written into a folder the user made (mode 0755). Run with umask 022, as a
/// freshly set-up laptop has it; modes read back by `stat -c %a`.
@Suite struct PersonalFileModeCLITests {
  /// `path → mode` as `stat -c '%n %a'` prints them.
  static func modes(_ paths: [String], in directory: URL) throws -> [String: String] {
    let quoted = paths.map { "'\($0)'" }.joined(separator: " ")
    let run = try runDucha([], in: directory, shell: "stat -c '%n %a' \(quoted)")
    #expect(run.status == 0, "\(run.errors)")
    var modes: [String: String] = [:]
    for line in run.output.split(separator: "\n") {
      guard let space = line.lastIndex(of: " ") else { continue }
      modes[String(line[..<space])] = String(line[line.index(after: space)...])
    }
    return modes
  }

  /// Runs `ducha` through a shell with umask 022.
  static func ducha(_ arguments: [String], in directory: URL) throws -> Finished {
    let binary = try CLI.binary().path
    let words = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    return try runDucha(
      [], in: directory, workingDirectory: directory, shell: "umask 022 && exec \(words)")
  }

  /// An older file at `path`, mode 0644, as a previous export or a copy from a USB stick.
  static func older(_ path: String) throws {
    try Data("旧文件\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
  }

  /// `ducha notice --reveal -o 通知书/` made the folder 0755: the files in it were 0600, but its
  /// listing (a notice per school) was open to every user of the machine. A folder ducha makes
  /// for personal files is 0700; one for masked files keeps the usual mode.
  @Test func aFolderMadeForPersonalFilesIs0700() throws {
    let directory = try CLI.temporaryDirectory("folder-modes")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try NameMaskingEverywhereTests.walkBoth(in: directory)
    let checklists = ["--checklists", CLI.checklists]
    for command in [
      ["problems", "build", folder] + checklists,
      ["notice", folder, "--reveal", "--format", "html", "-o", "通知书/"] + checklists,
      ["report", folder, "--format", "csv", "-o", "排名/"] + checklists,
    ] {
      let run = try Self.ducha(command, in: directory)
      #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
    }
    let notices = directory.appendingPathComponent("通知书").path
    let files = try FileManager.default.contentsOfDirectory(atPath: notices)
    #expect(!files.isEmpty, "\(files)")
    let masked = directory.appendingPathComponent("排名").path
    let modes = try Self.modes([notices, masked] + files.map { notices + "/" + $0 }, in: directory)
    #expect(modes[notices] == "700")
    #expect(modes[masked] == "755")
    for file in files { #expect(modes[notices + "/" + file] == "600", "\(file)") }
  }

  @Test func sessionsProblemListsAndRevealedExportsAre0600() throws {
    let directory = try CLI.temporaryDirectory("file-modes")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try NameMaskingEverywhereTests.walkBoth(in: directory)
    let sessions = try SessionFiles.sessionFiles(in: URL(fileURLWithPath: folder)).map(\.path)
    #expect(sessions.count == 2)

    let list = folder + "/_问题清单.json"
    let own = directory.appendingPathComponent("自建").path
    try FileManager.default.createDirectory(
      atPath: own, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
    let replaced = ["问题清单.csv", "通知书.html", "自建/排名.csv", "学籍核查.csv", "名单.csv"]
      .map { directory.appendingPathComponent($0).path }
    for path in replaced { try Self.older(path) }
    let roster = directory.appendingPathComponent("示范小学.csv").path
    try FileManager.default.copyItem(
      atPath: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv").path,
      toPath: roster)
    try Data(CompareCLITests.population.utf8).write(
      to: directory.appendingPathComponent("户籍.csv"))
    try Data(CompareCLITests.enrolled.utf8).write(
      to: directory.appendingPathComponent("一小.csv"))

    let checklists = ["--checklists", CLI.checklists]
    let build = try Self.ducha(["problems", "build", folder] + checklists, in: directory)
    #expect(build.status == 0, "\(build.errors)")
    // A list copied back from a USB stick as 0644 is replaced by the edit, not edited in place.
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: list)
    for command in [
      ["problems", "edit", folder, "1", "--responsible", "教务处", "--by", "李辉"] + checklists,
      ["problems", "show", folder, "--reveal", "--format", "csv", "-o", "问题清单.csv"] + checklists,
      ["notice", folder, "--reveal", "--format", "html", "-o", "通知书.html"] + checklists,
      ["report", folder, "--reveal", "--format", "csv", "-o", "自建/"] + checklists,
      ["roster", "check", roster, "--reveal", "--format", "csv", "-o", "学籍核查.csv"],
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "-o", "名单.csv", "--reveal",
      ],
    ] {
      let run = try Self.ducha(command, in: directory)
      #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
    }
    // The revealed files really hold what makes them personal, and replaced the older ones.
    let problems = try String(contentsOfFile: replaced[0], encoding: .utf8)
    #expect(problems.contains("张三、欧阳小明籍在人不在"))
    let registry = try String(contentsOfFile: replaced[3], encoding: .utf8)
    #expect(registry.contains("341323201503080112"))

    let tables = try FileManager.default.contentsOfDirectory(atPath: own).filter {
      $0.hasSuffix(".csv")
    }
    #expect(tables.count >= 6, "\(tables)")
    let written =
      sessions + [list] + replaced + tables.map { own + "/" + $0 }
      + ["名单-问题户籍.csv", "名单-重复在籍.csv", "名单-统计.csv"].map {
        directory.appendingPathComponent($0).path
      }
    let modes = try Self.modes(written, in: directory)
    #expect(modes.count == Set(written).count, "\(modes)")
    for path in Set(written) { #expect(modes[path] == "600", "\(path): \(modes[path] ?? "?")") }
    // The folder stays as its owner made it; only the files in it are private.
    #expect(try Self.modes([own], in: directory)[own] == "755")
  }

  /// A clerk's masked outputs of the case ledger were 0644 (`cases list -o`, every register and
  /// notice) while `compare` and `roster check` wrote theirs 0600: each is a row or a page per
  /// child, and `张**` with a birth year, a village and a school still points at one child.
  /// Now every file about particular children is 0600, masked or not, replacing a 0644 file
  /// too (`OutputContent.children`); a masked report about schools keeps the umask's 0644.
  @Test func maskedListsOfChildrenAre0600TooAndAMaskedReportIsNot() throws {
    let directory = try CLI.temporaryDirectory("file-modes-masked")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(CasesCLITests.compareList.utf8).write(to: directory.appendingPathComponent("名单.csv"))
    try Data(CompareCLITests.population.utf8).write(
      to: directory.appendingPathComponent("户籍.csv"))
    try Data(CompareCLITests.enrolled.utf8).write(
      to: directory.appendingPathComponent("一小.csv"))
    let roster = directory.appendingPathComponent("示范小学.csv").path
    try FileManager.default.copyItem(
      atPath: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv").path,
      toPath: roster)
    let ledger = ["--ledger", "台账/cases.sqlite"]
    let imported = try Self.ducha(
      ["cases", "import", "名单.csv", "--by", "李辉"] + ledger, in: directory)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人"), "\(imported.errors)")
    for (id, step) in [
      ("2", ["--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08"]),
      ("2", ["--notice", "--date", "2021-10-28"]),
    ] {
      let run = try Self.ducha(
        ["cases", "update", id] + step + ["--by", "李辉", "--today", "2021-11-10"] + ledger,
        in: directory)
      #expect(run.status == 0, "\(run.errors)")
    }
    try Self.older(directory.appendingPathComponent("案例.csv").path)
    let written = [
      "案例.csv", "案例.json", "清理花名册.xlsx", "清理花名册.csv", "销号花名册.html", "限期复学通知书.html",
      "报告书.html", "记录卡.html", "疑似.csv", "疑似-问题户籍.csv", "疑似-重复在籍.csv", "疑似-统计.csv",
      "学籍核查.csv",
    ]
    for command in [
      ["cases", "list", "-o", "案例.csv"] + ledger,
      ["cases", "list", "-o", "案例.json"] + ledger,
      ["cases", "register", "清理花名册", "-o", "清理花名册.xlsx"] + ledger,
      ["cases", "register", "清理花名册", "-o", "清理花名册.csv"] + ledger,
      ["cases", "register", "销号花名册", "-o", "销号花名册.html"] + ledger,
      ["cases", "register", "限期复学通知书", "-o", "限期复学通知书.html"] + ledger,
      ["cases", "register", "报告书", "-o", "报告书.html", "--date", "2021-11-10"] + ledger,
      ["cases", "register", "记录卡", "-o", "记录卡.html"] + ledger,
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "-o", "疑似.csv",
      ],
      ["roster", "check", roster, "--format", "csv", "-o", "学籍核查.csv"],
    ] {
      let run = try Self.ducha(command, in: directory)
      #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
    }
    // Masked, and still about one child each.
    let listed = try String(
      contentsOf: directory.appendingPathComponent("案例.csv"), encoding: .utf8)
    #expect(listed.contains("李**") && !listed.contains("李小红"))
    let paths = written.map { directory.appendingPathComponent($0).path }
    let modes = try Self.modes(paths, in: directory)
    #expect(modes.count == paths.count, "\(modes)")
    for path in paths { #expect(modes[path] == "600", "\(path): \(modes[path] ?? "?")") }

    // A document about schools, masked, is for passing on: the umask decides.
    let folder = try NameMaskingEverywhereTests.walkBoth(in: directory)
    let report = try Self.ducha(
      ["report", folder, "--format", "csv", "-o", "排名.csv", "--checklists", CLI.checklists],
      in: directory)
    #expect(report.status == 0, "\(report.errors)")
    let ranking = directory.appendingPathComponent("排名.csv").path
    #expect(try Self.modes([ranking], in: directory)[ranking] == "644")
  }
}
