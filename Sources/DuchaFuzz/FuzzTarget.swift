import DuchaChecklist
import DuchaPlan
import Foundation

/// A parser entry point under test, with everything that runs on its result.
public enum FuzzTarget: String, Sendable {
  /// A checklist: decode, parse, validate, then run its samples and score an empty form.
  case checklist
  /// A plan: decode, parse, validate, then check it and draw a sample.
  case plan

  /// The target for a file name (`.plan` files are plans; everything else is a checklist).
  public init(fileName: String) {
    self = fileName.hasSuffix(".plan") ? .plan : .checklist
  }

  /// Runs the target over `bytes` and returns what is wrong with its diagnostics: each must
  /// have a location inside the file (line 1 to one past the last line, column at least 1,
  /// the file's own name) and a fix. A crash, of course, never returns.
  public func run(_ bytes: [UInt8], file: String) -> [String] {
    let data = Data(bytes)
    var diagnostics: [Diagnostic] = []
    switch self {
    case .checklist:
      let (source, decoding) = SourceDecoder.decode(data, file: file)
      diagnostics += decoding
      if let source {
        let (checklist, found) = ChecklistLoader.load(source: source)
        diagnostics += found
        if let checklist {
          for report in SampleRunner.run(checklist) { diagnostics += report.failures }
          _ = Evaluator.evaluate(
            checklist, answers: Answers(), context: EvaluationContext(stages: Set(Stage.allCases)))
        }
      }
    case .plan:
      let (plan, found) = PlanLoader.load(data: data, file: file)
      diagnostics += found
      if let plan {
        diagnostics += PlanChecker.check(plan)
        _ = try? PlanSampler.sample(plan, seed: 1)
      }
    }
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    return diagnostics.compactMap { diagnostic in
      let location = diagnostic.location
      if location.file != file || location.line < 1 || location.line > lineCount + 1
        || location.column < 1
      {
        return "\(diagnostic.code) has no location in the file: \(location)"
      }
      if diagnostic.fix == nil {
        return "\(diagnostic.code) at \(location) says what is wrong but not how to fix it"
      }
      return nil
    }
  }
}
