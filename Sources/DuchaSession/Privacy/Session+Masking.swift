import DuchaChecklist

extension Session {
  /// A copy of the session as shared outputs show it (`PrivacyMask`): every ID number masked
  /// in its free text and lists (notes, problems, text answers and reasons, corrections,
  /// 回头看 findings, roll-call and registry lists), and every student name in `names` (by
  /// default the session's own) masked in the free text. The roll-call and registry lists keep
  /// their names: reports show them as counts, and merging compares them, so a summary is
  /// the same with and without `--reveal`. Leader outputs that are not `--reveal` are built
  /// from these copies, so everything derived from a session — score reasons, the draft
  /// 检查总结, merge candidates — is masked before any layout. Choices, numbers and ids stay:
  /// they are scored and matched, and hold no ID numbers.
  public func maskingPersonalData(names: StudentNames? = nil) -> Session {
    let mask = PrivacyMask(names: names ?? StudentNames(sessions: [self]))
    let m = mask.callAsFunction
    let id = PrivacyMask.numbers
    var copy = self
    copy.unit.name = id(unit.name)
    copy.group = group.map(id)
    copy.inspectors = inspectors.map(id)
    copy.answers = answers.maskingPersonalData(mask)
    // What an answer was before is the inspector's own working state, never shared.
    copy.undoLog = nil
    // What masking leaves unchanged keeps its storage (`mapKeepingUnchanged`).
    copy.notes = notes.mapValuesKeepingUnchanged { notes in
      notes.mapKeepingUnchanged { ItemNote(kind: $0.kind, text: m($0.text), time: $0.time) }
    }
    copy.problems = problems.mapKeepingUnchanged {
      Problem(itemID: $0.itemID, description: m($0.description), time: $0.time)
    }
    copy.rollCall = rollCall.mapKeepingUnchanged { entry in
      var entry = entry
      entry.grade = id(entry.grade)
      entry.className = id(entry.className)
      entry.absentNames = entry.absentNames.map(id)
      entry.unregisteredNames = entry.unregisteredNames.map(id)
      return entry
    }
    copy.registry.students = registry.students.mapValuesKeepingUnchanged {
      $0.mapKeepingUnchanged(id)
    }
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

extension Session {
  /// The copy that is sent to another laptop without `--reveal` (the county server's answer to
  /// a pull by an inspector, a leader or a school): `maskingPersonalData(names:)`, and the
  /// roll-call and registry lists masked as well (`张三` → `张*`, `王小明 3413…` →
  /// `王** 341323***…`), so the file written there holds no student's name; marked as a
  /// masked copy, so it is never saved or pushed over the real one. The lists stay lists (one
  /// masked entry per child, so the counts are right); merging such copies compares the
  /// masked forms. `names`: the batch's names, masked in the free text (by default the
  /// session's own); the lists are masked with the session's own names in any case.
  public func sharedCopy(names: StudentNames? = nil) -> Session {
    let own = StudentNames(sessions: [self])
    let mask = PrivacyMask(names: own)
    let lists = { (entry: String) -> String in
      let masked = mask(entry)
      guard StudentNames.name(in: entry) == nil else { return masked }
      // A name the masker does not look for in free text (Latin letters, `Ali`): in a list it
      // is a child all the same, so its first word is masked as a name (`A**`).
      let word = masked.prefix { $0.isLetter }
      return PersonName.mask(String(word)) + masked.dropFirst(word.count)
    }
    var copy = maskingPersonalData(names: names.map { $0.union(own) } ?? own)
    copy.rollCall = copy.rollCall.map { entry in
      var entry = entry
      entry.absentNames = entry.absentNames.map(lists)
      entry.unregisteredNames = entry.unregisteredNames.map(lists)
      return entry
    }
    copy.registry.students = copy.registry.students.mapValues { $0.map(lists) }
    copy.maskedCopy = true
    return copy
  }
}

extension Answers {
  /// The answers with free text and reasons passed through `mask`; scored values unchanged.
  public func maskingPersonalData(_ mask: PrivacyMask) -> Answers {
    var copy = self
    // Answers without text or reason keep their storage: most of a session's.
    copy.values = values.mapValuesKeepingUnchanged { answer in
      var answer = answer
      if case .text(let text) = answer.value { answer.value = .text(mask(text)) }
      answer.reason = answer.reason.map(mask.callAsFunction)
      return answer
    }
    return copy
  }
}
