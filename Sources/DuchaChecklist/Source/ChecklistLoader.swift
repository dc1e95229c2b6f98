import Foundation

/// The whole front end in one call: bytes → text → syntax tree → validated checklist.
public enum ChecklistLoader {
  /// Loads and validates the checklist at `path`; diagnostics cover every stage.
  public static func load(path: String) -> (Checklist?, [Diagnostic]) {
    let (source, decoding) = SourceDecoder.load(path: path)
    guard let source else { return (nil, decoding) }
    return load(source: source, prior: decoding)
  }

  /// Parses and validates already-decoded text.
  public static func load(source: SourceText, prior: [Diagnostic] = []) -> (
    Checklist?, [Diagnostic]
  ) {
    let (tree, parsing) = ChecklistParser.parse(source)
    // Validation runs even when lines failed to parse, so one run shows every error. A
    // dropped line can make later checks complain about its absence (an undefined name, a
    // missing rule, a wrong sum, an unused input); those echoes are left out so each message
    // points at a real mistake.
    var (checklist, validation) = Validator.validate(tree)
    checklist?.source = source.text
    checklist?.contentHash = ContentHash.of(source.text)
    let echoes: Set<String> = ["E301", "E303", "E308", "E401", "W301"]
    let kept = parsing.hasErrors ? validation.filter { !echoes.contains($0.code) } : validation
    let all = prior + parsing + kept
    return (parsing.hasErrors ? nil : checklist, all.sortedByLocation)
  }
}
