import Foundation

/// Combines child states into a parent state: pending wins, then awaiting cohort; all
/// inapplicable is inapplicable; otherwise the sum.
func aggregate(_ states: [ScoreState]) -> ScoreState {
  var reasons: [Localized] = []
  var awaiting = false
  var sum = Decimal(0)
  var applicable = false
  for state in states {
    switch state {
    case .scored(let value):
      sum = DecimalMath.sum(sum, value)
      applicable = true
    case .pending(let why):
      // The first pending child's reasons are taken as they are (one list shared, not copied):
      // a section or total with one pending item held a copy of its reasons per unit.
      if reasons.isEmpty { reasons = why } else { reasons += why }
      applicable = true
    case .awaitingCohort:
      awaiting = true
      applicable = true
    case .notApplicable: break
    }
  }
  if !reasons.isEmpty { return .pending(reasons) }
  if awaiting { return .awaitingCohort }
  return applicable ? .scored(sum) : .notApplicable
}

/// The sum of the scored states, ignoring the rest.
func scoredSum(_ states: [ScoreState]) -> Decimal {
  DecimalMath.total(states.lazy.compactMap(\.score))
}
