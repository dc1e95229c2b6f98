import DuchaCases
import DuchaServer
import DuchaSync
import Foundation
import Testing

/// `ducha cases … --server` as a clerk runs it: the real `ducha` binary of the main package
/// (scripts/test builds it before scripts/test-server) against the real server.
@Suite(.serialized) struct CasesCLIServerTests {
  static let ducha = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/ducha").path

  /// Runs `ducha` with `arguments`; its status, standard output and standard error.
  static func run(_ arguments: [String]) async throws -> (Int32, String, String) {
    try await onThread {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ducha)
      process.arguments = arguments
      process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
      let (out, err) = (Pipe(), Pipe())
      process.standardOutput = out
      process.standardError = err
      try process.run()
      let output = out.fileHandleForReading.readDataToEndOfFile()
      let errors = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      // Without the line a --server command says when the server has not answered within a
      // second (正在连接 地址 …; a loaded test machine may take that long), checked in
      // FirstContactTests and SyncSilentServerCLITests.
      let said = String(decoding: errors, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      ).filter { !$0.hasPrefix("正在连接 ") }.joined(separator: "\n")
      return (process.terminationStatus, String(decoding: output, as: UTF8.self), said)
    }
  }

  @Test func aSchoolClerkListsAndChangesItsCasesFromTheCommandLine() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.ducha),
      "build the main package first (swift build): \(Self.ducha)")
    try await TestServer.with { server in
      try await CaseRoutesTests.seed(server)
      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      let login = ["--server", server.url, "--token", try #require(school.token)]

      let (listed, list, listErrors) = try await Self.run(
        ["cases", "list", "--format", "csv"] + login)
      #expect(listed == 0, "\(listErrors)")
      let rows = list.split(whereSeparator: \.isNewline).map(String.init)
      #expect(rows.count == 3, "\(list)")
      #expect(
        rows.dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") } == [
          "1,张**,990101***********1", "2,李**,990101***********2",
        ])

      let (changed, line, _) = try await Self.run(
        ["cases", "update", "1", "--result", "确认辍学", "--reason", "入户走访", "--by", "王老师"] + login)
      #expect(changed == 0)
      #expect(line == "案例 1（张**）：确认辍学\n")
      let (shown, detail, _) = try await Self.run(["cases", "show", "1"] + login)
      #expect(shown == 0)
      #expect(detail.contains("确认辍学") && detail.contains("渔沟小学"), "\(detail)")
      #expect(!detail.contains("990101201301010011"))

      // The same check again: the state machine's refusal, from the server.
      let (refused, _, refusal) = try await Self.run(
        ["cases", "update", "1", "--result", "确认辍学", "--reason", "再查", "--by", "王老师"] + login)
      #expect(refused == 1)
      #expect(
        refusal.hasPrefix("服务器拒绝（409）：案例 1（张**）现在是“确认辍学”，核查结果只能记在“疑似”的案例上。"), "\(refusal)")
      // Another school's case is not there for this clerk.
      let (missing, _, notFound) = try await Self.run(
        ["cases", "close", "3", "--school", "渔沟中学", "--class", "七年级1班", "--by", "王老师"] + login)
      #expect(missing == 1)
      #expect(notFound == "服务器拒绝（404）：台账里没有编号为 3 的案例。用 ducha cases list 查看全部编号。\n")
      // Commands the server does not offer say so.
      let (unsupported, _, why) = try await Self.run(["cases", "overdue"] + login)
      #expect(unsupported != 0)
      #expect(why.contains("--server 只用于 cases list、show、assign、update、close"), "\(why)")
    }
  }
}
