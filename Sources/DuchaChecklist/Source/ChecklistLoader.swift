import Foundation

/// The whole front end in one call: bytes → text → syntax tree → validated checklist.
public enum ChecklistLoader {
  /// Loads and validates the checklist at `path`; diagnostics cover every stage.
  public static func load(path: String) -> (Checklist?, [Diagnostic]) {
    load(path: path, forUse: true)
  }

  /// Every diagnostic of the checklist at `path`, exactly as `load` reports them, without
  /// computing the content hash that only a checklist put to use needs (`ducha validate`:
  /// the SHA-256 of the text was about a tenth of the CPU time of checking a large file), nor
  /// the parts of the checklist no check reads (`Validator.buildsModel`).
  public static func diagnostics(path: String) -> [Diagnostic] {
    let (checklist, diagnostics) = load(path: path, forUse: false)
    if let checklist, checklist.source.utf8.count >= backgroundHashBytes {
      BackgroundRelease.release(checklist)
    }
    return diagnostics
  }

  /// Without `forUse` only the diagnostics are exact: the checklist has no content hash and
  /// lacks what no check reads (`Validator.buildsModel`); it is only to be released.
  private static func load(path: String, forUse: Bool) -> (Checklist?, [Diagnostic]) {
    let (source, decoding) = SourceDecoder.load(path: path)
    guard let source else { return (nil, decoding) }
    return load(source: source, prior: decoding, forUse: forUse)
  }

  /// Parses and validates already-decoded text.
  public static func load(source: SourceText, prior: [Diagnostic] = []) -> (
    Checklist?, [Diagnostic]
  ) {
    load(source: source, prior: prior, forUse: true)
  }

  /// `load(source:prior:)`; without `forUse` see `load(path:forUse:)`.
  private static func load(source: SourceText, prior: [Diagnostic], forUse: Bool) -> (
    Checklist?, [Diagnostic]
  ) {
    // A large file's content hash is computed on another core while this one parses: the
    // SHA-256 of the text was about a tenth of loading a 2 MB checklist.
    let hashing =
      forUse ? BackgroundHash(source.text, minimumBytes: Self.backgroundHashBytes) : nil
    let (tree, parsing) = ChecklistParser.parse(source)
    // Validation runs even when lines failed to parse, so one run shows every error. A
    // dropped line can make later checks complain about its absence (an undefined name, a
    // missing rule, a wrong sum, an unused input); those echoes are left out so each message
    // points at a real mistake.
    var (checklist, validation) = Validator.validate(
      tree, tailInParallel: true, buildsModel: forUse)
    // Freeing a large syntax tree (a hundred thousand objects and more, a few percent of
    // loading a 2 MB file) happens on another core.
    if source.text.utf8.count >= Self.backgroundHashBytes { BackgroundRelease.release(tree) }
    checklist?.source = source.text
    if checklist != nil, let hashing { checklist?.contentHash = hashing.value() }
    let echoes: Set<String> = ["E301", "E303", "E308", "E401", "W301"]
    let kept = parsing.hasErrors ? validation.filter { !echoes.contains($0.code) } : validation
    let all = prior + parsing + kept
    return (parsing.hasErrors ? nil : checklist, all.sortedByLocation)
  }

  /// From this size on the hash runs beside the parser; below it a thread costs more than it
  /// saves (every bundled checklist is under 40 KB).
  static let backgroundHashBytes = 64 * 1024
}

/// `ContentHash.of(text)`, started on a global queue when `text` has at least `minimumBytes`
/// bytes, else computed when asked for.
private final class BackgroundHash: @unchecked Sendable {
  private let text: String
  private let group: DispatchGroup?
  // Written once by the background block before `group` is left; read after `wait()`.
  private var computed: String?

  init(_ text: String, minimumBytes: Int) {
    self.text = text
    guard text.utf8.count >= minimumBytes else {
      group = nil
      return
    }
    let group = DispatchGroup()
    self.group = group
    DispatchQueue.global().async(group: group) { [self] in
      computed = ContentHash.of(text)
    }
  }

  /// The hash, waiting for the background computation if one was started.
  func value() -> String {
    guard let group else { return ContentHash.of(text) }
    group.wait()
    return computed ?? ContentHash.of(text)
  }
}
