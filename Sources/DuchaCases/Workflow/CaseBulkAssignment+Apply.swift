import DuchaChecklist

extension CaseBulkAssignment {
  /// The changes `ducha cases assign` makes on each case: the township first (allowed on a
  /// closed case too, where an assignment is refused, so a closed case still gets it), then
  /// the school and person. Without a township the assignment is made even when it names
  /// neither, for the ledger to refuse as it refuses every empty assignment.
  public static func actions(school: String?, person: String?, township: String?) -> [CaseAction] {
    var actions: [CaseAction] = []
    if let township { actions.append(.township(township)) }
    if school != nil || person != nil || township == nil {
      actions.append(.assign(school: school, person: person))
    }
    return actions
  }

  /// How many cases an assignment changed, and how many it did not change in full.
  public struct Outcome: Sendable, Equatable {
    /// Cases every one of whose changes was made.
    public var done: Int
    /// Cases one of whose changes was refused (the rest of its changes are still tried).
    public var failed: Int
  }

  /// Makes the plan's changes (`applicable`), case by case and in order, with `perform`
  /// (the local ledger's or the county server's); one that throws is counted and the others
  /// still tried.
  public func apply(using perform: (CaseAction, Int64) throws -> Void) -> Outcome {
    Self.apply(applicable.map { ($0.record.id, $0.actions) }, using: perform)
  }

  /// Makes `actions` on each case of `ids`, as `apply(using:)` does (cases named by number).
  public static func apply(
    _ actions: [CaseAction], to ids: [Int64], using perform: (CaseAction, Int64) throws -> Void
  ) -> Outcome {
    apply(ids.map { ($0, actions) }, using: perform)
  }

  private static func apply(
    _ changes: [(id: Int64, actions: [CaseAction])],
    using perform: (CaseAction, Int64) throws -> Void
  ) -> Outcome {
    var outcome = Outcome(done: 0, failed: 0)
    for (id, actions) in changes {
      var succeeded = true
      for action in actions {
        do {
          try perform(action, id)
        } catch {
          succeeded = false
        }
      }
      if succeeded { outcome.done += 1 } else { outcome.failed += 1 }
    }
    return outcome
  }

  /// A name the assignment gives that no case has yet (a new responsible school or township
  /// may well have none: said, not refused), with the option that corrects a slip.
  public struct NameHint: Sendable, Equatable {
    /// What no case has, with the names the ledger has (`CaseNameCheck`).
    public var hint: Localized
    /// The option to assign again with, `--school 正确的名称 --by 姓名`.
    public var option: Localized
  }

  /// The hints for `school` and `township` against `all` the ledger's cases, looked up before
  /// the change (afterwards the cases themselves have the names). A township is checked only
  /// when some case has one: a ledger imported without townships has none to compare with.
  public static func hints(school: String?, township: String?, in all: [CaseRecord]) -> [NameHint] {
    [
      school.flatMap { CaseNameCheck.school($0, in: all) }.map {
        NameHint(
          hint: $0,
          option: Localized("--school 正确的名称 --by 姓名 再分配一次", en: "--school RIGHT-NAME --by NAME"))
      },
      township.flatMap { name in
        all.contains { !$0.child.township.isEmpty } ? CaseNameCheck.township(name, in: all) : nil
      }.map {
        NameHint(
          hint: $0,
          option: Localized("--township 正确的乡镇 --by 姓名 再改一次", en: "--township RIGHT-NAME --by NAME"))
      },
    ].compactMap { $0 }
  }
}
