import DuchaChecklist
import Foundation
import Testing

/// The repository root, found from this file's path so tests run from any directory.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// Loads a checklist from text, failing the test with every diagnostic when it is invalid.
func checklist(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
  -> Checklist
{
  let (checklist, diagnostics) = ChecklistLoader.load(
    source: SourceText(file: "t.ducha", text: text))
  let errors = diagnostics.filter { $0.severity == .error }
  #expect(errors.isEmpty, "\(errors.map { $0.formatted() })", sourceLocation: sourceLocation)
  return try #require(checklist, sourceLocation: sourceLocation)
}

/// Diagnostics of `text` as `line:column: 错误[CODE]: message`, the form fixtures expect.
func diagnostics(_ text: String) -> [String] {
  ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map(shortForm)
}

func shortForm(_ diagnostic: Diagnostic) -> String {
  let label = diagnostic.severity == .error ? "错误" : "警告"
  return
    "\(diagnostic.location.line):\(diagnostic.location.column): \(label)[\(diagnostic.code)]: \(diagnostic.message.zh)"
}

/// A decimal from its literal text, so tests never pass through binary floating point.
func d(_ text: String) -> Decimal {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
}

/// Evaluates one item of a one-item form with the given answers.
func score(
  _ text: String, item: String = "1", answers: [String: AnswerValue] = [:],
  figures: [String: Decimal] = [:],
  stages: Set<Stage> = [.primary, .junior], year: Int? = nil, cohort: [String: [Decimal]] = [:]
) throws -> ItemResult {
  let form = try checklist(text)
  let result = Evaluator.evaluate(
    form, answers: Answers(values: answers.mapValues { Answer($0) }, figures: figures),
    context: EvaluationContext(stages: stages, year: year, cohort: cohort))
  return try #require(result.allItems.first { $0.id == item })
}

/// A one-section, one-item scoring form around `body` (inputs and rules of item 1).
func form(points: String = "10", header: String = "", _ body: String) -> String {
  """
  清单 测试
  标题：测试
  对象：学校
  总分：\(points)
  \(header)
  部分 一 测试 \(points)分
  条目 1 测试 \(points)分
  \(body)
  """
}
