import DuchaChecklist

extension Session {
  /// A copy of the session with every ID number in its free text masked (`IDNumber.maskAll`):
  /// names and numbers in roll calls and registry lists, notes, problems, text answers and
  /// reasons, corrections and 回头看 findings. Leader outputs that are not `--reveal` are built
  /// from these copies, so everything derived from a session — score reasons, the draft
  /// 检查总结, merge candidates — is masked before any layout. Choices, numbers and ids stay:
  /// they are scored and matched, and hold no ID numbers.
  public func maskingIDNumbers() -> Session {
    let m = IDNumber.maskAll(in:)
    var copy = self
    copy.unit.name = m(unit.name)
    copy.group = group.map(m)
    copy.inspectors = inspectors.map(m)
    copy.answers = answers.maskingIDNumbers()
    // What an answer was before is the inspector's own working state, never shared.
    copy.undoLog = nil
    copy.notes = notes.mapValues { notes in
      notes.map { ItemNote(kind: $0.kind, text: m($0.text), time: $0.time) }
    }
    copy.problems = problems.map {
      Problem(itemID: $0.itemID, description: m($0.description), time: $0.time)
    }
    copy.rollCall = rollCall.map { entry in
      var entry = entry
      entry.grade = m(entry.grade)
      entry.className = m(entry.className)
      entry.absentNames = entry.absentNames.map(m)
      entry.unregisteredNames = entry.unregisteredNames.map(m)
      return entry
    }
    copy.registry.students = registry.students.mapValues { $0.map(m) }
    copy.cases?.actions = (cases?.actions ?? []).map { action in
      var action = action
      action.note = m(action.note)
      return action
    }
    copy.corrections = corrections.map {
      Correction(
        time: $0.time, target: $0.target, before: m($0.before), after: m($0.after),
        reason: m($0.reason))
    }
    if var followUp {
      followUp.checks = followUp.checks.map { check in
        var check = check
        check.finding = m(check.finding)
        check.evidence = check.evidence.map(m)
        return check
      }
      copy.followUp = followUp
    }
    return copy
  }
}

extension Answers {
  /// The answers with ID numbers masked in free text and reasons; scored values unchanged.
  public func maskingIDNumbers() -> Answers {
    var copy = self
    copy.values = values.mapValues { answer in
      var answer = answer
      if case .text(let text) = answer.value { answer.value = .text(IDNumber.maskAll(in: text)) }
      answer.reason = answer.reason.map(IDNumber.maskAll(in:))
      return answer
    }
    return copy
  }
}
