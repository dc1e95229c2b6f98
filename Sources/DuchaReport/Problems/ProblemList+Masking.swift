import DuchaSession

extension ProblemList {
  /// A copy with every ID number in its text masked by the one masker (`IDNumber.maskAll`):
  /// what every problem-list output shows unless `--reveal`, masked before any layout so a
  /// number in a narrow column is never split across lines before it is recognised.
  public func maskingIDNumbers() -> ProblemList {
    let m = IDNumber.maskAll(in:)
    var copy = self
    copy.title = m(title)
    copy.entries = entries.map { entry in
      var entry = entry
      entry.unit = m(entry.unit)
      entry.itemTitle = m(entry.itemTitle)
      entry.finding = m(entry.finding)
      entry.evidence = entry.evidence.map(m)
      entry.requirement = m(entry.requirement)
      entry.responsible = entry.responsible.map(m)
      entry.deadline = entry.deadline.map(m)
      return entry
    }
    copy.history = history.map { change in
      var change = change
      change.by = change.by.map(m)
      change.detail = m(change.detail)
      change.reason = change.reason.map(m)
      return change
    }
    if var signature {
      signature.name = m(signature.name)
      copy.signature = signature
    }
    return copy
  }

  /// The list as an output shows it: masked unless `reveal`.
  public func shown(reveal: Bool) -> ProblemList { reveal ? self : maskingIDNumbers() }
}
