import DuchaChecklist
import DuchaPlan
import Foundation
import Testing

/// Each file in Fixtures/plans/malformed ends with `# expect:` lines listing, exactly and in
/// order, every diagnostic the plan must produce; each file in Fixtures/plans/warnings is a
/// valid plan whose `# expect:` lines list exactly `PlanChecker`'s warnings.
@Suite struct PlanMalformedCorpusTests {
  static let malformed = PlanTesting.root.appendingPathComponent(
    "Tests/DuchaPlanTests/Fixtures/plans/malformed")
  static let warnings = PlanTesting.root.appendingPathComponent(
    "Tests/DuchaPlanTests/Fixtures/plans/warnings")

  static func fixtures(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
      $0.hasSuffix(".plan")
    }.sorted()
  }

  static var malformedFixtures: [String] { fixtures(in: malformed) }
  static var warningFixtures: [String] { fixtures(in: warnings) }

  @Test func corporaArePresent() {
    #expect(Self.malformedFixtures.count >= 8)
    #expect(Self.warningFixtures.count >= 5)
  }

  @Test(arguments: malformedFixtures) func reportsExactlyTheExpectedErrors(_ name: String) throws {
    let path = Self.malformed.appendingPathComponent(name).path
    let expected = PlanTesting.expectations(try String(contentsOfFile: path, encoding: .utf8))
    #expect(!expected.isEmpty, "fixture \(name) has no # expect: lines")
    let (plan, found) = PlanLoader.load(path: path)
    #expect(found.map(PlanTesting.shortForm) == expected)
    #expect(plan == nil, "a plan with errors must not load")
    for diagnostic in found {
      #expect(diagnostic.location.file == path)
      #expect(
        diagnostic.fix != nil,
        "\(diagnostic.code) at \(diagnostic.location) says what is wrong but not how to fix it")
    }
  }

  @Test(arguments: warningFixtures) func warnsExactlyAsExpected(_ name: String) throws {
    let path = Self.warnings.appendingPathComponent(name).path
    let expected = PlanTesting.expectations(try String(contentsOfFile: path, encoding: .utf8))
    #expect(!expected.isEmpty, "fixture \(name) has no # expect: lines")
    let (loaded, diagnostics) = PlanLoader.load(path: path)
    #expect(diagnostics.map(PlanTesting.shortForm) == [], "the fixture itself must be valid")
    let plan = try #require(loaded)
    let found = PlanChecker.check(plan)
    #expect(found.map(PlanTesting.shortForm) == expected)
    for diagnostic in found {
      #expect(diagnostic.severity == .warning)
      #expect(diagnostic.location.file == path)
      #expect(diagnostic.fix != nil)
    }
  }
}
