import Foundation
import Testing

/// Monday morning: the compare list goes round the office and four clerks, each in a terminal of
/// the shared computer, import it into a ledger nobody has started yet, at the same moment. Every
/// one of them is told what happened in Chinese: one made the cases, the others found them made.
/// Before, the terminal that lost the race to create the tables printed SQLite's English
/// "table "cases" already exists" and imported nothing.
struct CasesFirstImportRaceCLITests {
  @Test func fourTerminalsStartingOneLedgerAtOnceAllSucceed() throws {
    let binary = try CLI.binary().path
    // The race is a few milliseconds wide: several rounds, each on a new ledger.
    for round in 1...16 {
      let (folder, _) = try CasesCLITests.folder("first-import-\(round)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let clerks = try (1...4).map { clerk in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
          "-c", "'\(binary)' cases import 名单.csv --by 文员\(clerk) >out\(clerk) 2>err\(clerk)",
        ]
        process.currentDirectoryURL = folder
        process.environment = CLI.environment
        return process
      }
      for clerk in clerks { try clerk.run() }
      for clerk in clerks {
        #expect(poll(timeout: 120) { !clerk.isRunning })
        clerk.waitUntilExit()
      }
      var outputs: [String] = []
      for clerk in 1...4 {
        let output = try String(
          contentsOf: folder.appendingPathComponent("out\(clerk)"), encoding: .utf8)
        let errors = try String(
          contentsOf: folder.appendingPathComponent("err\(clerk)"), encoding: .utf8)
        // Row 4 of the list is masked (C104) in every run; nothing else may be said.
        #expect(errors.hasPrefix("名单.csv:6:22: 错误[C104]"), "round \(round): \(errors)")
        #expect(!errors.contains("SQLite"), "round \(round): \(errors)")
        outputs.append(output.components(separatedBy: "\n")[0])
      }
      let made = "名单.csv：读入 3 人，新建案例 3 个，已在台账中 0 人（不重复建案）"
      let found = "名单.csv：读入 3 人，新建案例 0 个，已在台账中 3 人（不重复建案）"
      #expect(outputs.sorted() == [found, found, found, made].sorted(), "round \(round)")
      let ledger = folder.appendingPathComponent("Ledger/ledger.sqlite")
      let mode = try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions]
      #expect(mode as? Int == 0o600, "round \(round)")
      let list = try runDucha(["cases", "list"], in: folder, workingDirectory: folder)
      #expect(list.output.hasSuffix("共 3 例：疑似 3\n"), "round \(round): \(list.errors)")
    }
  }
}
