import DuchaSession

extension ProblemList {
  /// The names to mask: `studentNames`, protecting the units' own names.
  public var knownNames: StudentNames {
    StudentNames(studentNames ?? [], protecting: Set(entries.map(\.unit)))
  }

  /// The list with `names` added to the names it masks (kept in the file).
  public func addingStudentNames(_ names: StudentNames) -> ProblemList {
    var copy = self
    let mine = studentNames ?? []
    copy.studentNames = mine + names.names.filter { !mine.contains($0) }
    return copy
  }

  /// A copy with ID numbers and the known students' names (`knownNames`) in its text masked
  /// by the one masker (`PrivacyMask`): what every problem-list output shows unless
  /// `--reveal`, masked before any layout so a number in a narrow column is never split
  /// across lines before it is recognised.
  public func maskingPersonalData() -> ProblemList {
    let mask = PrivacyMask(names: knownNames)
    let m = mask.callAsFunction
    let id = PrivacyMask.numbers
    var copy = self
    copy.title = id(title)
    copy.entries = entries.map { $0.maskingPersonalData(mask) }
    copy.history = history.map { change in
      var change = change
      change.by = change.by.map(id)
      change.detail = m(change.detail)
      change.reason = change.reason.map(m)
      return change
    }
    if var signature {
      signature.name = id(signature.name)
      copy.signature = signature
    }
    // The names themselves are never part of what is shown.
    copy.studentNames = nil
    return copy
  }

  /// The list as an output shows it: masked unless `reveal`.
  public func shown(reveal: Bool) -> ProblemList { reveal ? self : maskingPersonalData() }
}

extension ProblemList.Entry {
  /// The entry with its free text passed through `mask`; the unit's and the item's names
  /// only through the number masker (they name no child).
  public func maskingPersonalData(_ mask: PrivacyMask) -> ProblemList.Entry {
    var entry = self
    entry.unit = PrivacyMask.numbers(unit)
    entry.itemTitle = PrivacyMask.numbers(itemTitle)
    entry.finding = mask(finding)
    entry.evidence = evidence.map(mask.callAsFunction)
    entry.requirement = mask(requirement)
    entry.responsible = responsible.map(mask.callAsFunction)
    entry.deadline = deadline.map(mask.callAsFunction)
    return entry
  }
}
