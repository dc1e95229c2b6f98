import DuchaChecklist
import DuchaSession
import Foundation

/// Merges the sessions several inspectors recorded for one unit and checklist (one did the
/// archives, another the classrooms) into one record, item by item.
///
/// Equal values merge silently; different values become conflicts unless the leader decided
/// them. An undecided conflict leaves the value out — the item goes pending and the conflict
/// is listed — so nothing is silently dropped or silently chosen. A class recorded by two
/// inspectors counts once when their figures agree.
public enum SessionMerger {
  /// Merges `sessions` (same unit, same checklist) applying `decisions`; nil when there is no
  /// session to merge (it trapped: a public call with an empty list stopped the program).
  public static func merge(
    _ sessions: [Session], checklist: Checklist, decisions: [MergeDecision]
  ) -> (session: Session, conflicts: [MergeConflict])? {
    let ordered = sessions.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
      .map { typedDefaultsAccepted($0, checklist) }
    guard var merged = ordered.first else { return nil }
    guard ordered.count > 1 else { return (merged, []) }
    let relevant = decisions.filter {
      $0.unit == merged.unit.name && $0.checklistID == merged.checklistID
    }
    var merger = Merger(sessions: ordered, checklist: checklist, decisions: relevant)

    merged.id = "merged-" + ordered.map(\.id).joined(separator: "+")
    // 撤销 belongs to one inspector's walk, not to the merged record.
    merged.undoLog = nil
    merged.inspectors = ordered.flatMap(\.inspectors).reduce(into: []) {
      if !$0.contains($1) { $0.append($1) }
    }
    merged.date = ordered.map(\.date).min() ?? merged.date
    merged.status = ordered.allSatisfy { $0.status == .complete } ? .complete : .inProgress
    merged.updatedAt = ordered.map(\.updatedAt).max() ?? merged.updatedAt
    merged.answers.values = merger.mergeValues()
    merged.answers.statuses = merger.mergeKeyed(
      "核验", { $0.answers.statuses }, display: \.rawValue, corrected: \.correctedStatus)
    merged.answers.figures = merger.mergeKeyed(
      "数据", { $0.answers.figures }, display: { ScoreFormat.string($0) },
      corrected: \.correctedNumber)
    merged.acceptedDefaults = Array(
      Set(ordered.flatMap(\.acceptedDefaults)).subtracting(merged.answers.values.keys)
    ).sorted()
    merged.rollCall = merger.mergeRollCall()
    merged.registry = merger.mergeRegistry()
    merged.wholeSchool = merger.mergeWholeSchool()
    merged.verifications = merger.mergeVerifications()
    let sizes = ordered.compactMap(\.verificationSizes).reduce(into: [String: Int]()) {
      $0.merge($1) { Swift.max($0, $1) }
    }
    merged.verificationSizes = sizes.isEmpty ? nil : sizes
    merged.previousValues = ordered.reversed().reduce(into: [:]) {
      $0.merge($1.previousValues) { _, new in new }
    }
    merged.notes = ordered.reduce(into: [:]) { result, session in
      for (item, notes) in session.notes {
        for note in notes
        where !(result[item] ?? []).contains(where: { $0.kind == note.kind && $0.text == note.text }
        ) {
          result[item, default: []].append(note)
        }
      }
    }
    merged.problems = ordered.flatMap(\.problems).reduce(into: []) { result, problem in
      if !result.contains(where: {
        $0.itemID == problem.itemID && $0.description == problem.description
      }) {
        result.append(problem)
      }
    }
    let answeredItems = Set(
      merged.answers.values.keys.compactMap { checklist.input(named: $0)?.itemID })
    merged.skipped = Array(Set(ordered.flatMap(\.skipped)).subtracting(answeredItems)).sorted()
    merged.corrections = ordered.flatMap(\.corrections)
    merged.cases = merger.mergeCases()
    return (merged, merger.conflicts)
  }
}

extension SessionMerger {
  /// The session with every answer that merely repeats its default (typed instead of pressing
  /// Enter, no reason given) turned into an accepted default, as if Enter had been pressed: it
  /// then follows the merged figures and the leader's decisions like a colleague's Enter does.
  static func typedDefaultsAccepted(_ session: Session, _ checklist: Checklist) -> Session {
    var result = session
    for (name, answer) in session.answers.values where answer.reason == nil {
      guard let fallback = checklist.input(named: name)?.defaultValue else { continue }
      var without = session
      without.answers.values[name] = nil
      let evaluator = ExpressionEvaluator(
        checklist: checklist, answers: without.evaluationAnswers,
        context: without.evaluationContext())
      guard let value = try? evaluator.evaluate(fallback),
        value == ExpressionEvaluator.value(of: answer.value)
      else { continue }
      result.answers.values[name] = nil
      if !result.acceptedDefaults.contains(name) { result.acceptedDefaults.append(name) }
    }
    return result
  }
}

/// The working state of one merge.
private struct Merger {
  let sessions: [Session]
  let checklist: Checklist
  let decisions: [MergeDecision]
  var conflicts: [MergeConflict] = []

  /// Merges keyed values: agreement passes, a decision picks, anything else is a conflict.
  mutating func mergeKeyed<Value: Equatable>(
    _ kind: String, _ values: (Session) -> [String: Value], display: (Value) -> String,
    label: (String) -> String = { $0 }, corrected: (MergeDecision) -> Value? = { _ in nil }
  ) -> [String: Value] {
    var result: [String: Value] = [:]
    let keys = Set(sessions.flatMap { values($0).keys }).sorted()
    for key in keys {
      let candidates = sessions.compactMap { session in values(session)[key].map { (session, $0) } }
      if let value = resolve(
        "\(kind):\(key)", label(key), candidates, display: display, corrected: corrected)
      {
        result[key] = value
      }
    }
    return result
  }

  /// One key's candidates: all equal, a decision, or a conflict (nil).
  mutating func resolve<Value: Equatable>(
    _ key: String, _ label: String, _ candidates: [(Session, Value)], display: (Value) -> String,
    reason: (Session) -> String? = { _ in nil }, names: (Value) -> String? = { _ in nil },
    corrected: (MergeDecision) -> Value? = { _ in nil }
  ) -> Value? {
    guard let first = candidates.first else { return nil }
    // A value the leader typed (`改 …`) stands on its own, whatever the inspectors recorded.
    if let decision = decisions.last(where: { $0.key == key }), let value = corrected(decision) {
      return value
    }
    // The leader's recorded decision always wins, whatever the inspectors' files say now:
    // the chosen session's value, or none when that session followed the default.
    if let decision = decisions.last(where: { $0.key == key }),
      sessions.contains(where: { $0.id == decision.chosenSessionID })
    {
      return candidates.first(where: { $0.0.id == decision.chosenSessionID })?.1
    }
    if candidates.allSatisfy({ $0.1 == first.1 }) { return first.1 }
    conflicts.append(
      MergeConflict(
        key: key, label: label,
        candidates: candidates.map { session, value in
          MergeConflict.Candidate(
            sessionID: session.id, inspectors: session.inspectors, time: session.updatedAt,
            display: display(value), reason: reason(session), names: names(value))
        }))
    return nil
  }

  mutating func mergeValues() -> [String: Answer] {
    var result: [String: Answer] = [:]
    let names = Set(sessions.flatMap { $0.answers.values.keys })
    for name in checklist.inputOrder.filter(names.contains)
      + names.subtracting(checklist.inputOrder).sorted()
    {
      let candidates = sessions.compactMap { session in
        session.answers.values[name].map { (session, $0) }
      }
      // Answers agree when their values agree; the first reason given is kept.
      let values = candidates.map { ($0.0, $0.1.value) }
      if let decision = decisions.last(where: { $0.key == "录入:\(name)" }),
        let corrected = decision.correctedValue
      {
        // The leader's corrected value, with the leader's reason.
        result[name] = Answer(corrected, reason: decision.reason)
        continue
      }
      let item = checklist.inputs[name].flatMap { checklist.item($0.itemID) }
      let label = item.map { "\($0.id) \($0.title) · \(name)" } ?? name
      guard
        let value = resolve(
          "录入:\(name)", label, values, display: \.display,
          reason: { $0.answers.values[name]?.reason })
      else { continue }
      let reason = candidates.first { $0.1.value == value && $0.1.reason != nil }?.1.reason
      result[name] = Answer(value, reason: reason)
    }
    return result
  }

  /// Classes recorded once, or identically by several, count once. A class is matched by
  /// `ClassName.matchKey`, so 三年级2班 from one inspector and 三（2）班 from another are one
  /// class, named as the first recorded it; it used to count twice.
  mutating func mergeRollCall() -> [ClassRollCall] {
    var result: [ClassRollCall] = []
    var classes: [(key: String, first: ClassRollCall)] = []
    for entry in sessions.flatMap(\.rollCall) {
      let key = ClassName.matchKey(grade: entry.grade, className: entry.className)
      if !classes.contains(where: { $0.key == key }) { classes.append((key, entry)) }
    }
    for (key, first) in classes {
      let label = first.label
      // Each record under the first one's name, and its students in the first one's order
      // when they are the same children (张三、李四 / 李四 张三), so only real differences — the
      // figures, who was missing — are conflicts.
      let candidates = sessions.compactMap { session in
        session.rollCall.first {
          ClassName.matchKey(grade: $0.grade, className: $0.className) == key
        }
        .map { entry -> (Session, ClassRollCall) in
          var named = entry
          named.grade = first.grade
          named.className = first.className
          if entry.absentNames.sorted() == first.absentNames.sorted() {
            named.absentNames = first.absentNames
          }
          if entry.unregisteredNames.sorted() == first.unregisteredNames.sorted() {
            named.unregisteredNames = first.unregisteredNames
          }
          return (session, named)
        }
      }
      // The students' names help the leader see which record is right: they go to the merge
      // screen (the leader's own terminal) apart from the value, which reports print.
      let display = { (entry: ClassRollCall) in
        "学籍 \(entry.registered)，实到 \(entry.present)，请假 \(entry.onLeave)，籍在人不在 \(entry.absentCount)，人在籍不在 \(entry.unregisteredCount)"
      }
      let names = { (entry: ClassRollCall) -> String? in
        let parts = [("籍在人不在", entry.absentNames), ("人在籍不在", entry.unregisteredNames)]
          .filter { !$0.1.isEmpty }.map { "\($0.0)：\($0.1.joined(separator: "、"))" }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
      }
      if let entry = resolve(
        "点名:\(label)", "点名 \(label)", candidates, display: display, names: names,
        corrected: { $0.correctedRollCall?.label == label ? $0.correctedRollCall : nil })
      {
        result.append(entry)
      }
    }
    return result
  }

  mutating func mergeRegistry() -> RegistryCheck {
    let counts = mergeKeyed(
      "学籍", { $0.registry.counts }, display: { "\($0)" }, label: { "学籍系统核查 · \($0)" },
      corrected: \.correctedCount)
    var students: [String: [String]] = [:]
    for session in sessions {
      for (figure, names) in session.registry.students {
        for name in names where !(students[figure] ?? []).contains(name) {
          students[figure, default: []].append(name)
        }
      }
    }
    return RegistryCheck(counts: counts, students: students)
  }

  /// 全校实有班级数 and 在校生数 merge like the registry's counts. The first inspector's were
  /// kept whatever the others recorded: one who left them for later made 12 班级差额比率
  /// pending though a colleague had them, and two different figures gave a 差额比率 from one of
  /// them with no conflict shown — which one depended on the order of the files.
  mutating func mergeWholeSchool() -> WholeSchool? {
    guard sessions.contains(where: { $0.wholeSchool != nil }) else { return nil }
    let figures = mergeKeyed(
      "全校",
      { session in
        var figures: [String: Int] = [:]
        if let classes = session.wholeSchool?.classes { figures["实有班级数"] = classes }
        if let students = session.wholeSchool?.students { figures["在校生数"] = students }
        return figures
      }, display: { "\($0)" }, label: { "全校\($0)" }, corrected: \.correctedCount)
    return WholeSchool(classes: figures["实有班级数"], students: figures["在校生数"])
  }

  /// 案例: the ledger figures each inspector read (`案例.*`) merge like the registry's: equal
  /// counts pass, different ones are conflicts for the leader (the ledger may have changed
  /// between two readings, so neither is taken silently); every change an inspector made to a
  /// case on the spot is kept, each once, oldest first.
  mutating func mergeCases() -> CaseReview? {
    let reviews = sessions.compactMap(\.cases)
    guard !reviews.isEmpty else { return nil }
    let counts = mergeKeyed(
      "案例", { $0.cases?.counts ?? [:] }, display: { "\($0)" }, label: { "台账案例 · \($0)" },
      corrected: \.correctedCount)
    var actions: [CaseReview.Action] = []
    for action in reviews.flatMap(\.actions) where !actions.contains(action) {
      actions.append(action)
    }
    // Stable: actions of one time keep the sessions' order.
    let ordered = actions.enumerated().sorted {
      ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
    }
    .map(\.element)
    var ledgers: [String] = []
    for review in reviews where !ledgers.contains(review.ledger) { ledgers.append(review.ledger) }
    return CaseReview(
      ledger: ledgers.joined(separator: "、"), time: reviews.map(\.time).max() ?? "",
      counts: counts, actions: ordered)
  }

  mutating func mergeVerifications() -> [String: [String: VerificationStatus]] {
    let flat = mergeKeyed(
      "核验表",
      { session in
        var pairs: [String: VerificationStatus] = [:]
        for (list, statuses) in session.verifications {
          for (item, status) in statuses { pairs["\(list)/\(item)"] = status }
        }
        return pairs
      }, display: \.rawValue, corrected: \.correctedStatus)
    var result: [String: [String: VerificationStatus]] = [:]
    for (key, status) in flat {
      let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
      result[parts[0], default: [:]][parts[1]] = status
    }
    return result
  }
}

extension MergeDecision {
  /// The corrected value as a verification status (`{"choice": "缺失"}`), if it is one.
  var correctedStatus: VerificationStatus? {
    guard case .choice(let label) = correctedValue else { return nil }
    return VerificationStatus(rawValue: label)
  }

  /// The corrected value as a number, if it is one.
  var correctedNumber: Decimal? {
    guard case .number(let value) = correctedValue else { return nil }
    return value
  }

  /// The corrected value as a whole count ≥ 0, if it is one.
  var correctedCount: Int? {
    guard let value = correctedNumber, value >= 0, value <= 10_000_000,
      value == ScoreFormat.round(value, places: 0)
    else { return nil }
    return NSDecimalNumber(decimal: value).intValue
  }
}
