import DuchaChecklist
import DuchaSession

extension GroupSummary {
  /// A copy as shared outputs show it, masked by the one masker (`PrivacyMask`): ID numbers
  /// and the students' names it knows (`studentNames`) in the sessions behind each unit, unit
  /// names, merge candidates, the draft 检查总结. The leader's commands build summaries from
  /// masked sessions already (so score reasons are masked too, and `personalDataMasked` is
  /// set); renderers call this as well, before any layout, for summaries built elsewhere.
  public func maskingPersonalData() -> GroupSummary {
    maskingPersonalData(includingSessions: true)
  }

  /// `maskingPersonalData()`; `includingSessions: false` leaves the sessions behind each unit
  /// as they are, for the renderers that never read them (terminal text, Markdown, CSV, HTML
  /// summary): masking ten thousand sessions' free text again was a tenth of their work.
  func maskingPersonalData(includingSessions: Bool) -> GroupSummary {
    guard !personalDataMasked else { return self }
    let id = PrivacyMask.numbers
    let names = studentNames
    let m = PrivacyMask(names: names).callAsFunction
    var copy = self
    copy.title = id(title)
    copy.draft = m(draft)
    copy.notInspected = notInspected.map(id)
    // Units on every core (ten thousand sessions' free text is scanned), in their order.
    copy.units = units.concurrentMap { unit in
      let id = PrivacyMask.numbers
      let m = PrivacyMask(names: names).callAsFunction
      var unit = unit
      unit.unit.name = id(unit.unit.name)
      if includingSessions { unit.session = unit.session.maskingPersonalData(names: names) }
      unit.openConflicts = unit.openConflicts.map { conflict in
        var conflict = conflict
        conflict.label = m(conflict.label)
        conflict.candidates = conflict.candidates.map { candidate in
          var candidate = candidate
          candidate.inspectors = candidate.inspectors.map(id)
          candidate.display = m(candidate.display)
          candidate.names = candidate.names.map(id)
          return candidate
        }
        return conflict
      }
      return unit
    }
    copy.items = items.map { item in
      var item = item
      item.losingUnits = item.losingUnits.map { (unit: id($0.unit), lost: $0.lost) }
      return item
    }
    copy.followUps = followUps.map { entry in
      var entry = entry
      entry.unit = id(entry.unit)
      return entry
    }
    copy.personalDataMasked = includingSessions
    return copy
  }

  /// The summary as an output shows it: masked unless `reveal`.
  public func shown(reveal: Bool) -> GroupSummary { reveal ? self : maskingPersonalData() }

  /// `shown(reveal:)` for a renderer that reads no unit's session (see
  /// `maskingPersonalData(includingSessions:)`).
  func shownWithoutSessions(reveal: Bool) -> GroupSummary {
    reveal ? self : maskingPersonalData(includingSessions: false)
  }
}
