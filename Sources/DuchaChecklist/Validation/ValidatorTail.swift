import Foundation

extension Validator {
  /// The last passes: `checkSums`, `checkYearCoverage` and `checkUnusedInputs` only read what
  /// the earlier passes built and add messages; `buildSamples` reads the same and writes only
  /// the samples and their targets. Neither side reads what the other writes, so a large form
  /// runs the three checks on a copy of the validator on the other core while the samples are
  /// built, and the messages are joined in the order of one pass: the checks' first.
  mutating func checkAndBuildSamples() {
    guard runsTailInParallel, itemSyntaxes.count >= Self.parallelRuleItems else {
      checkSums()
      checkYearCoverage()
      checkUnusedInputs()
      buildSamples()
      return
    }
    let snapshot = TailSnapshot(validator: self)
    let parts = [0, 1].concurrentMap { part -> TailPart in
      var validator = snapshot.validator
      validator.diagnostics = []
      if part == 0 {
        validator.checkSums()
        validator.checkYearCoverage()
        validator.checkUnusedInputs()
      } else {
        validator.buildSamples()
      }
      return TailPart(validator: validator)
    }
    diagnostics += parts[0].validator.diagnostics
    diagnostics += parts[1].validator.diagnostics
    checklist.samples = parts[1].validator.checklist.samples
    sampleTargets = parts[1].validator.sampleTargets
  }
}

/// The validator as it stands before the last passes, read by both of them.
private struct TailSnapshot: @unchecked Sendable {
  let validator: Validator
}

/// One side's validator after its passes; each is read only once both have finished.
private struct TailPart: @unchecked Sendable {
  let validator: Validator
}
