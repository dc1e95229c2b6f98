import DuchaCases
import DuchaServer
import DuchaSync
import Foundation
import Testing

/// The county clerk fills the server's case ledger from `ducha compare --reveal`'s list with
/// `ducha-server cases import` (there was no way at all: `ducha cases import --server` is
/// refused, and the server had no import of its own), and the schools see their cases.
@Suite(.serialized) struct ServerCaseImportTests {
  @Test func aListImportedOnTheServerReachesEachSchoolOnce() async throws {
    try await TestServer.with { server in
      let file = NSTemporaryDirectory() + "疑似失学辍学名单-\(UInt32.random(in: 0...UInt32.max)).csv"
      try Data(
        """
        姓名,身份证件号,学校,乡镇
        张小明,990101201301010011,渔沟小学,渔沟镇
        李小红,990101201402020022,渔沟小学,渔沟镇
        王五,990101201203030033,韦集小学,韦集镇

        """.utf8
      ).write(to: URL(fileURLWithPath: file))
      defer { try? FileManager.default.removeItem(atPath: file) }
      let read = CaseListReader.read(path: file, school: nil, township: nil)
      #expect(read.diagnostics.isEmpty)
      let first = try await CountyServer.importCases(
        [(file, read.children)], by: "县控辍办", database: server.address, logger: server.logger)
      #expect(first.map { ($0.created.count, $0.existing.count) }.first! == (3, 0))
      // Imported again (the clerk was not sure it went in): nobody is a case twice.
      let again = try await CountyServer.importCases(
        [(file, read.children)], by: "县控辍办", database: server.address, logger: server.logger)
      #expect(again.map { ($0.created.count, $0.existing.count) }.first! == (0, 3))

      let audit = try await server.database { try await $0.audit(limit: 2) }
      #expect(
        audit.map(\.target) == [
          "\(file)：新建 0，已有 3", "\(file)：新建 3，已有 0",
        ])
      #expect(audit.map(\.action) == ["case import", "case import"])

      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      let own = try await school.get(CaseRoute.cases, as: CaseListReply.self).cases
      #expect(own.map(\.child.name) == ["张小明", "李小红"])
      #expect(own.map(\.child.idNumber) == ["990101***********1", "990101***********2"])
      let detail = try await school.get(CaseRoute.one(1), as: CaseDetailReply.self)
      #expect(detail.history.map(\.by) == ["县控辍办"])
    }
  }
}
