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
}
