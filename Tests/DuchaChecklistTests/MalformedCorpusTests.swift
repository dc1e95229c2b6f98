import DuchaChecklist
import Foundation
import Testing

/// Each file in Fixtures/malformed ends with `# expect:` lines listing, exactly and in
/// order, every diagnostic the file must produce, as in jlox's test scripts.
@Suite struct MalformedCorpusTests {
  static let directory = repositoryRoot.appendingPathComponent(
    "Tests/DuchaChecklistTests/Fixtures/malformed")

  static var fixtures: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
      $0.hasSuffix(".ducha")
    }.sorted()
  }

  @Test func corpusIsPresent() {
    #expect(Self.fixtures.count >= 13)
  }

  @Test(arguments: fixtures) func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
    let path = Self.directory.appendingPathComponent(name).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let expected = text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("# expect: ") else { return nil }
      return String(line.dropFirst("# expect: ".count))
    }
    #expect(!expected.isEmpty, "fixture \(name) has no # expect: lines")
    let (checklist, found) = ChecklistLoader.load(path: path)
    #expect(found.map(shortForm) == expected)
    #expect(checklist == nil, "a file with errors must not yield a checklist")
    for diagnostic in found {
      #expect(diagnostic.location.file == path)
      #expect(
        diagnostic.fix != nil,
        "\(diagnostic.code) at \(diagnostic.location) says what is wrong but not how to fix it")
    }
  }
}
