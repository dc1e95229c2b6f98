import DuchaChecklist
import Foundation

/// The whole front end of the plan language in one call: bytes → text → syntax → validated
/// `InspectionPlan`. `PlanChecker` then looks for warnings in a valid plan.
public enum PlanLoader {
  /// Loads and validates the plan at `path`; the diagnostics cover every stage, sorted by
  /// position. The plan is nil when any diagnostic is an error.
  public static func load(path: String) -> (InspectionPlan?, [Diagnostic]) {
    let (source, decoding) = SourceDecoder.load(path: path)
    let prior = decoding.map(renumbered)
    guard let source else { return (nil, prior) }
    return load(source: source, prior: prior)
  }

  /// Decodes, parses and validates a plan's bytes as they came (any encoding, any damage).
  public static func load(data: Data, file: String) -> (InspectionPlan?, [Diagnostic]) {
    let (source, decoding) = SourceDecoder.decode(data, file: file)
    let prior = decoding.map(renumbered)
    guard let source else { return (nil, prior) }
    return load(source: source, prior: prior)
  }

  /// Parses and validates already-decoded text.
  public static func load(source: SourceText, prior: [Diagnostic] = []) -> (
    InspectionPlan?, [Diagnostic]
  ) {
    let (tree, parsing) = PlanParser.parse(source)
    // Validation runs even when lines failed to parse, so one run shows every error; names
    // declared only by a failed `单位` line are not reported again as undefined.
    let (plan, validation) = PlanValidator.validate(tree)
    let all = (prior + parsing + validation).sortedByLocation
    return (all.hasErrors ? nil : plan, all)
  }

  /// Parses and validates plan text given as a string, e.g. in tests.
  public static func load(text: String, file: String) -> (InspectionPlan?, [Diagnostic]) {
    load(source: SourceText(file: file, text: text))
  }

  /// The decoder's E101/W101 about the file itself, in the plan range: P101/P102.
  private static func renumbered(_ diagnostic: Diagnostic) -> Diagnostic {
    var copy = diagnostic
    switch diagnostic.code {
    case "E101": copy.code = "P101"
    case "W101": copy.code = "P102"
    default: break
    }
    return copy
  }
}
