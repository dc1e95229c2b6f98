import DuchaChecklist
import DuchaSession

extension GroupSummary {
  /// A copy with every ID number in its text masked by the one masker (`IDNumber.maskAll`):
  /// the sessions behind each unit, unit names, merge candidates, the draft 检查总结. The
  /// leader's commands build summaries from masked sessions already (so score reasons are
  /// masked too); renderers call this as well, before any layout, for summaries built elsewhere.
  public func maskingIDNumbers() -> GroupSummary {
    maskingIDNumbers(includingSessions: true)
  }

  /// `maskingIDNumbers()`; `includingSessions: false` leaves the sessions behind each unit as
  /// they are, for the renderers that never read them (terminal text, Markdown, CSV, HTML
  /// summary): masking ten thousand sessions' free text again was a tenth of their work.
  func maskingIDNumbers(includingSessions: Bool) -> GroupSummary {
    let m = IDNumber.maskAll(in:)
    var copy = self
    copy.title = m(title)
    copy.draft = m(draft)
    copy.notInspected = notInspected.map(m)
    // Units on every core (ten thousand sessions' free text is scanned), in their order.
    copy.units = units.concurrentMap { unit in
      let m = IDNumber.maskAll(in:)
      var unit = unit
      unit.unit.name = m(unit.unit.name)
      if includingSessions { unit.session = unit.session.maskingIDNumbers() }
      unit.openConflicts = unit.openConflicts.map { conflict in
        var conflict = conflict
        conflict.label = m(conflict.label)
        conflict.candidates = conflict.candidates.map { candidate in
          var candidate = candidate
          candidate.inspectors = candidate.inspectors.map(m)
          candidate.display = m(candidate.display)
          candidate.names = candidate.names.map(m)
          return candidate
        }
        return conflict
      }
      return unit
    }
    copy.items = items.map { item in
      var item = item
      item.losingUnits = item.losingUnits.map { (unit: m($0.unit), lost: $0.lost) }
      return item
    }
    copy.followUps = followUps.map { entry in
      var entry = entry
      entry.unit = m(entry.unit)
      return entry
    }
    return copy
  }

  /// The summary as an output shows it: masked unless `reveal`.
  public func shown(reveal: Bool) -> GroupSummary { reveal ? self : maskingIDNumbers() }

  /// `shown(reveal:)` for a renderer that reads no unit's session (see
  /// `maskingIDNumbers(includingSessions:)`).
  func shownWithoutSessions(reveal: Bool) -> GroupSummary {
    reveal ? self : maskingIDNumbers(includingSessions: false)
  }
}
