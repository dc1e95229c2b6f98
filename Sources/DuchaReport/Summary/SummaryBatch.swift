import DuchaChecklist
import DuchaSession

/// Builds the summaries of a folder's records, one checklist at a time, with every student's
/// personal data masked before anything is built from it (unless `reveal`). Any front end —
/// the `ducha` commands, the county server — gets the same masking from here.
public enum SummaryBatch {
  /// Calls `body` with each checklist's summary of `collection` as soon as it is built, before
  /// the next is; a caller that lays it out and lets it go holds one at a time. Returns how
  /// many were built (0: no session was kept).
  ///
  /// - `kept`: the ids of the sessions to summarise (a plan's units); nil keeps them all.
  /// - `title`: put before each checklist's title (`第三组 · 灵璧…`).
  /// - `problems`: the leader's edited problem list, which the draft reports.
  /// - `explains: false` leaves out the reasons behind each score (`SummaryBuilder.build`).
  @discardableResult
  public static func forEach(
    _ collection: consuming SessionCollection, kept: Set<String>?, decisions: [MergeDecision],
    title: String?, expectedUnits: [String]?, problems: ProblemList?, reveal: Bool,
    language: Language, explains: Bool, _ body: (consuming GroupSummary) throws -> Void
  ) rethrows -> Int {
    let shownProblems = problems?.shown(reveal: reveal)
    // The students' names of the whole batch are masked in every session's free text: a
    // problem list or a reason may name a child that another inspector's roll call recorded.
    var names = problems?.knownNames ?? .none
    if !reveal {
      for group in collection.groups {
        let mine = kept.map { kept in group.sessions.filter { kept.contains($0.id) } }
        names = names.union(StudentNames(sessions: mine ?? group.sessions))
      }
    }
    let batchNames = names
    // Masked before anything is built from them: score reasons, the draft 检查总结 and every
    // table derive from these, so no layout ever sees a full ID number. Each group's sessions
    // are replaced by their masked copies (on every core), so the unmasked ones are not held
    // while the summaries are built.
    for index in collection.groups.indices {
      var mine = collection.groups[index].sessions
      collection.groups[index].sessions = []
      if let kept { mine = mine.filter { kept.contains($0.id) } }
      collection.groups[index].sessions =
        reveal ? mine : mine.concurrentMap { $0.maskingPersonalData(names: batchNames) }
    }
    var groups = collection.groups
    collection.groups = []
    let versions = groups.map {
      SessionCollection.versionLabel(of: $0, among: groups, language: language)
    }
    // One checklist after another, each built on every core: built side by side, each got one
    // core (nested `concurrentPerform` splits the cores), and a larger group left one idle.
    var built = 0
    for index in groups.indices {
      // The group's sessions are taken out of the list: once its summary is handed over, only
      // the summary holds them.
      let mine = groups[index].sessions
      groups[index].sessions = []
      guard !mine.isEmpty else { continue }
      let checklist = groups[index].checklist
      let heading = (title.map { "\($0) · \(checklist.title)" } ?? checklist.title)
      var summary = SummaryBuilder.build(
        checklist: checklist, sessions: mine, decisions: decisions,
        title: heading + versions[index], expectedUnits: expectedUnits,
        problems: shownProblems, language: language, explains: explains)
      // Built from masked sessions and the masked list: everything in it is masked already.
      summary.personalDataMasked = !reveal
      built += 1
      try body(summary)
    }
    return built
  }
}
