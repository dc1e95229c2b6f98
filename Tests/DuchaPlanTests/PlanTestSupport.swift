import DuchaChecklist
import DuchaPlan
import Foundation
import Testing

/// Helpers for the plan tests, named `plan…` so they cannot clash with other suites' helpers.
enum PlanTesting {
  /// The repository root, found from this file's path so tests run from any directory.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A path under the repository root.
  static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  /// Loads a plan from text, failing the test with every error when it is invalid.
  static func plan(
    _ text: String, file: String = "t.plan",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> InspectionPlan {
    let (plan, diagnostics) = PlanLoader.load(text: text, file: file)
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map { $0.formatted() })", sourceLocation: sourceLocation)
    return try #require(plan, sourceLocation: sourceLocation)
  }

  /// Loads a shipped plan from `docs/plans`.
  static func shipped(
    _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> InspectionPlan {
    let (plan, diagnostics) = PlanLoader.load(path: path("docs/plans/\(name)"))
    #expect(
      diagnostics.isEmpty, "\(diagnostics.map { $0.formatted() })", sourceLocation: sourceLocation)
    return try #require(plan, sourceLocation: sourceLocation)
  }

  /// Diagnostics of plan text as `line:column: 错误[CODE]: message`.
  static func diagnostics(_ text: String) -> [String] {
    PlanLoader.load(text: text, file: "t.plan").1.map(shortForm)
  }

  /// Checker warnings of a valid plan as `line:column: 警告[CODE]: message`.
  static func warnings(
    _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> [String] {
    PlanChecker.check(try plan(text, sourceLocation: sourceLocation)).map(shortForm)
  }

  /// `line:column: 错误[CODE]: message`, the form fixtures expect.
  static func shortForm(_ diagnostic: Diagnostic) -> String {
    let label = diagnostic.severity == .error ? "错误" : "警告"
    let location = diagnostic.location
    return
      "\(location.line):\(location.column): \(label)[\(diagnostic.code)]: \(diagnostic.message.zh)"
  }

  /// The `# expect: ` lines of a fixture.
  static func expectations(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("# expect: ") else { return nil }
      return String(line.dropFirst("# expect: ".count))
    }
  }
}
