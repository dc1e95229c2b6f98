import Foundation

/// What each input, indicator and year-target name of a checklist stands for, in one table.
///
/// Why: `ExpressionEvaluator.resolve` is asked for every name a formula reads, for every unit a
/// summary scores, and tried the inputs, then the indicators, then the year targets, each a
/// dictionary lookup that hashes the Chinese name through its Unicode-normalised form (callgrind
/// of a 1,000-session summary: two to three lookups per name, 6 % of its instructions). One
/// lookup here gives the same answer: a name is the input, else the indicator, else the year
/// target it names, in the order `resolve` tries them; keys are `String`s, so canonically
/// equal spellings find the same entry, exactly as in the checklist's own dictionaries.
public struct NameTable: Sendable {
  /// What a name stands for. Indirect: each case holds its input or indicator in a box of its
  /// own, so a lookup hands out one reference instead of copying (and retaining every field
  /// of) the whole input, forty lookups a unit in a summary.
  indirect enum Entry: Sendable {
    case input(Input)
    case indicator(Indicator)
    case yearTarget([Int: Decimal])
  }

  /// Name → what it stands for; nil when the table was not built (then the checklist's own
  /// dictionaries are asked, as before).
  let entries: [String: Entry]?
  /// The same table keyed by bytes (`InertKey`), when every name is inert text (see
  /// `InertText`: every real checklist's names are): an inert name is then found without
  /// hashing it through its normalized form, which cost about 2,000 instructions a lookup,
  /// forty lookups a unit in a summary. Nil otherwise.
  let inert: [InertKey: Entry]?

  /// Whether the table was built (the validator builds it for every checklist it accepts).
  public var isBuilt: Bool { entries != nil }

  /// No table: the evaluator asks the checklist's dictionaries.
  public init() {
    entries = nil
    inert = nil
  }

  /// The table of `checklist`'s inputs, indicators and year targets as they are now.
  public init(_ checklist: Checklist) {
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(
      checklist.inputs.count + checklist.indicators.count + checklist.yearTargets.count)
    // Later tables never replace an earlier one's entry: `resolve` tries inputs first.
    for (name, targets) in checklist.yearTargets { entries[name] = .yearTarget(targets) }
    for (name, indicator) in checklist.indicators { entries[name] = .indicator(indicator) }
    for (name, input) in checklist.inputs { entries[name] = .input(input) }
    self.entries = entries
    var inert: [InertKey: Entry]? = [:]
    inert?.reserveCapacity(entries.count)
    for (name, entry) in entries {
      guard let key = InertKey(name) else {
        inert = nil
        break
      }
      inert?[key] = entry
    }
    self.inert = inert
  }
}

extension Checklist {
  /// The input, indicator or year target `name` stands for, in the order the evaluator tries
  /// them: through `names` when it is built, else through the three dictionaries.
  func entry(_ name: String) -> NameTable.Entry? {
    // Every key of `inert` is inert, so an inert name equals a key exactly when its bytes do;
    // any other name is looked up as a `String` (it may still equal an inert key).
    if let inert = names.inert, let key = InertKey(name) { return inert[key] }
    if let entries = names.entries { return entries[name] }
    if let input = inputs[name] { return .input(input) }
    if let indicator = indicators[name] { return .indicator(indicator) }
    if let targets = yearTargets[name] { return .yearTarget(targets) }
    return nil
  }

  /// `inputs[name]`, found through the name table (`entry(_:)`): inputs come first there, so
  /// a name is an input's exactly when its entry is that input.
  public func input(named name: String) -> Input? {
    if case .input(let input)? = entry(name) { return input }
    return nil
  }
}
