import DuchaChecklist
import Foundation

/// 入班核查 of one class: the registry's count against the children actually there.
public struct ClassRollCall: Codable, Sendable, Equatable {
  /// 年级, e.g. 三年级.
  public var grade: String
  /// 班级, e.g. 2班.
  public var className: String
  /// 学籍系统人数.
  public var registered: Int
  /// 实到人数.
  public var present: Int
  /// 请假人数 (approved leave).
  public var onLeave: Int
  /// Names of registered-but-absent students (籍在人不在).
  public var absentNames: [String]
  /// Names of present-but-unregistered students (人在籍不在).
  public var unregisteredNames: [String]
  /// 籍在人不在 count; at least the number of names.
  public var absentCount: Int
  /// 人在籍不在 count; at least the number of names.
  public var unregisteredCount: Int

  /// Creates a roll call; counts default to the names given or, failing that, the gap between
  /// the registry and the children present or on leave.
  public init(
    grade: String, className: String, registered: Int, present: Int, onLeave: Int,
    absentNames: [String] = [], unregisteredNames: [String] = [], absentCount: Int? = nil,
    unregisteredCount: Int? = nil
  ) {
    self.grade = grade
    self.className = className
    self.registered = registered
    self.present = present
    self.onLeave = onLeave
    self.absentNames = absentNames
    self.unregisteredNames = unregisteredNames
    let gap = Self.clamped(Decimal(registered) - Decimal(present) - Decimal(onLeave))
    self.absentCount = absentCount ?? max(absentNames.count, gap)
    self.unregisteredCount =
      unregisteredCount ?? max(unregisteredNames.count, Int.saturating(0, minus: gap))
  }

  /// 实有人数 = 实到 + 请假 (saturating: counts read from a damaged file never trap).
  public var actual: Int { Self.clamped(Decimal(present) + Decimal(onLeave)) }

  /// 实有 − 学籍: negative when children are missing.
  public var difference: Int { Self.clamped(Decimal(actual) - Decimal(registered)) }

  /// Whether the row adds up: 学籍 − 籍在人不在 + 人在籍不在 = 实到 + 请假.
  public var addsUp: Bool {
    Decimal(registered) - Decimal(absentCount) + Decimal(unregisteredCount)
      == Decimal(present) + Decimal(onLeave)
  }

  /// Why the row cannot be true though it adds up, or nil: more children 籍在人不在 than the
  /// registry holds, or more 人在籍不在 than are there. `学籍 45, 实到 41, 请假 1` with 50 absent
  /// and 47 unregistered adds up (45 − 50 + 47 = 42), and was kept: 97 cases of 人籍不一致
  /// in a class of 45.
  public var impossibleCount: Localized? {
    if absentCount > registered {
      return Localized(
        "籍在人不在 \(absentCount) 人，多于学籍人数 \(registered) 人。",
        en: "\(absentCount) registered but absent, more than the \(registered) registered.")
    }
    if unregisteredCount > actual {
      return Localized(
        "人在籍不在 \(unregisteredCount) 人，多于实有 \(actual) 人（实到 \(present) + 请假 \(onLeave)）。",
        en:
          "\(unregisteredCount) present but unregistered, more than the \(actual) there (present \(present) + leave \(onLeave))."
      )
    }
    return nil
  }

  /// `三年级2班`, how inspectors name a class.
  public var label: String { grade + className }

  /// The class's identity whatever its spelling (`三年级2班`, `三（2）班`, `3年级２班`: 3-2).
  public var matchKey: String { ClassName.matchKey(grade: grade, className: className) }

  /// `value` as an Int, held within ±Int.max / 2 so further sums cannot overflow either.
  static func clamped(_ value: Decimal) -> Int {
    let limit = Decimal(Int.max / 2)
    return NSDecimalNumber(decimal: min(limit, max(-limit, value))).intValue
  }
}

/// Figures of the whole school, recorded apart from the classes visited: a roll call usually
/// visits a few classes, but 班级差额比率 and 学籍差额比率 compare the whole school with the registry.
public struct WholeSchool: Codable, Sendable, Equatable {
  /// 全校实有班级数.
  public var classes: Int?
  /// 全校在校生数 (实有学生).
  public var students: Int?

  /// Creates the figures; either may be unknown.
  public init(classes: Int? = nil, students: Int? = nil) {
    self.classes = classes
    self.students = students
  }

}

/// 学籍系统核查: counts the registry inspector finds in the system, with the students concerned.
public struct RegistryCheck: Codable, Sendable, Equatable {
  /// The counted figures, keyed by `Figures.registry` names (系统班级数, 重复学籍 …).
  public var counts: [String: Int]
  /// Students concerned per figure: names or ID numbers, masked when shown.
  public var students: [String: [String]]
  /// The registry export the computed figures came from, if one was imported.
  public var imported: RegistryImport?

  /// Creates an empty check.
  public init(
    counts: [String: Int] = [:], students: [String: [String]] = [:],
    imported: RegistryImport? = nil
  ) {
    self.counts = counts
    self.students = students
    self.imported = imported
  }
}

extension Session {
  /// The figures the session supplies to checklists: roll-call totals (`点名.*`) once a class
  /// is recorded, registry counts (`学籍.*`), verification counts (`核验.*`, with `核验.未核验`
  /// the entries of the walked lists left without a status) once a list was walked, and last
  /// inspection's values (`上年.*`).
  public var figures: [String: Decimal] {
    // Sized once for every figure below: grown one key at a time, the dictionary hashed its
    // Chinese keys again (through their normalized form) at each doubling.
    var expected = registry.counts.count + (cases?.counts.count ?? 0) + previousValues.count
    if !rollCall.isEmpty { expected += 8 }
    if wholeSchool != nil { expected += 2 }
    if !verifications.isEmpty { expected += 5 }
    var figures = [String: Decimal](minimumCapacity: expected)
    // Out-of-range rows (see `figureFindings`) leave the 点名 figures out: their items are
    // 待定 with the finding as the reason, never scored on an absurd number.
    if !rollCall.isEmpty, rollCallIsSane {
      // Decimal sums: a count read from a damaged file can be huge, and must not trap. Through
      // `DecimalMath`, which gives Foundation's sums bit for bit at a fraction of the cost.
      let sum = { (value: (ClassRollCall) -> Int) in
        rollCall.reduce(Decimal(0)) { DecimalMath.sum($0, Decimal(value($1))) }
      }
      figures["点名.班级数"] = Decimal(rollCall.count)
      figures["点名.学籍人数"] = sum(\.registered)
      figures["点名.实到人数"] = sum(\.present)
      figures["点名.请假人数"] = sum(\.onLeave)
      figures["点名.实有人数"] = sum(\.actual)
      // Each sum once: a `Decimal` addition costs thousands of instructions, and a summary
      // works these figures out for every unit.
      let absent = sum(\.absentCount)
      let unregistered = sum(\.unregisteredCount)
      figures["点名.籍在人不在"] = absent
      figures["点名.人在籍不在"] = unregistered
      figures["点名.人籍不一致"] = DecimalMath.sum(absent, unregistered)
    }
    if let classes = wholeSchool?.classes { figures["点名.全校班级数"] = Decimal(classes) }
    if let students = wholeSchool?.students { figures["点名.全校在校生数"] = Decimal(students) }
    for (name, count) in registry.counts where SaneRange.registryCount.contains(count) {
      figures["学籍.\(name)"] = Decimal(count)
    }
    if !verifications.isEmpty {
      let statuses = verifications.values.flatMap(\.values)
      let count = { (status: VerificationStatus) in Decimal(statuses.filter { $0 == status }.count)
      }
      let (missing, incomplete) = (count(.missing), count(.incomplete))
      figures["核验.齐全"] = count(.complete)
      figures["核验.缺失"] = missing
      figures["核验.不全"] = incomplete
      figures["核验.问题数"] = DecimalMath.sum(missing, incomplete)
      // Entries of the lists walked that got no status: items scored from the counts say so.
      var unverified = Decimal(0)
      for (id, statuses) in verifications {
        guard let size = verificationSizes?[id], size > statuses.count else { continue }
        unverified += Decimal(size - statuses.count)
      }
      figures["核验.未核验"] = unverified
    }
    for (name, count) in cases?.counts ?? [:] { figures["案例.\(name)"] = Decimal(count) }
    for (name, value) in previousValues { figures["上年.\(name)"] = value }
    return figures
  }

  /// The answers with the session's figures, ready for the evaluator.
  public var evaluationAnswers: Answers {
    var answers = self.answers
    // Most sessions record no figure by hand: the derived ones are taken as they are rather
    // than inserted one by one (hashing each Chinese key again) into an empty dictionary.
    if answers.figures.isEmpty {
      answers.figures = figures
    } else {
      answers.figures.merge(figures) { recorded, _ in recorded }
    }
    return answers
  }

  /// The context the evaluator needs: the unit's stages and the inspection year.
  public func evaluationContext(cohort: [String: [Decimal]] = [:]) -> EvaluationContext {
    var context = EvaluationContext(stages: Set(unit.stages), year: year, cohort: cohort)
    context.verificationFindings = verificationFindings
    return context
  }

  /// The entries of the lists walked that are 缺失 or 不全, list by list and in the lists'
  /// numbering (`1.5` before `1.10`).
  var verificationFindings: [VerificationFinding] {
    guard !verifications.isEmpty else { return [] }
    var findings: [VerificationFinding] = []
    for list in verifications.keys.sorted() {
      guard let statuses = verifications[list] else { continue }
      let entries = statuses.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
      for entry in entries {
        guard let status = statuses[entry], status != .complete else { continue }
        findings.append(VerificationFinding(list: list, entry: entry, status: status))
      }
    }
    return findings
  }

  /// Scores the session against its checklist; `indicators`, worked out once for the checklist,
  /// spares a summary working them out for every unit. `explains: false` leaves out the
  /// explanation text (deduction and score reasons, indicator values) that only a unit's own
  /// score sheet shows (`EvaluationContext.explains`).
  public func evaluate(
    _ checklist: Checklist, cohort: [String: [Decimal]] = [:], indicators: IndicatorUse? = nil,
    explains: Bool = true
  ) -> FormResult {
    // Checked against the checklist first: an answer it cannot accept is not scored; its item
    // is 待定 with the finding (field, value, what is wrong) as the reason.
    evaluate(
      checklist, findings: findings(against: checklist), cohort: cohort, indicators: indicators,
      explains: explains)
  }

  /// `evaluate` with the session's `findings(against: checklist)` already found: a summary
  /// finds them once per unit, for its batch figures (`notApplicableItems`) and its score.
  public func evaluate(
    _ checklist: Checklist, findings: [SessionFinding], cohort: [String: [Decimal]] = [:],
    indicators: IndicatorUse? = nil, explains: Bool = true
  ) -> FormResult {
    var context = evaluationContext(cohort: cohort)
    context.indicators = indicators
    context.explains = explains
    let result = Evaluator.evaluate(
      checklist, answers: acceptedAnswers(findings), context: context)
    return findings.isEmpty ? result : result.pending(for: findings, checklist: checklist)
  }
}

extension Int {
  /// `a + b`, clamped to `Int.min...Int.max` instead of trapping.
  static func saturating(_ a: Int, plus b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }

  /// `a − b`, clamped instead of trapping.
  static func saturating(_ a: Int, minus b: Int) -> Int {
    let (difference, overflow) = a.subtractingReportingOverflow(b)
    return overflow ? (b < 0 ? .max : .min) : difference
  }
}

extension Array where Element == ClassRollCall {
  /// The total of `value` over the rows, clamped instead of trapping on absurd counts.
  public func saturatingSum(_ value: (ClassRollCall) -> Int) -> Int {
    reduce(0) { Int.saturating($0, plus: value($1)) }
  }
}
