import DuchaChecklist
import DuchaSession
import Foundation

extension ProblemListStore {
  /// Reads the list as it is on disk now, applies `change` and saves the result — unless another
  /// command saved the list in between, in which case the change is applied again to that newer
  /// list (up to `attempts` times) instead of writing an older copy over it. A 回头看 walk that
  /// runs for an hour and a leader's `problems sign` in another terminal both keep their change.
  ///
  /// Throws what `change` throws (the list is then left as it was), `LoadError` when the list
  /// cannot be read or kept changing under every attempt, and `SaveError` when saving fails.
  /// Returns the list as saved.
  @discardableResult
  public func update<Refusal: Error>(
    attempts: Int = 3, _ change: (inout ProblemList) throws(Refusal) -> Void
  ) throws -> ProblemList {
    var attempt = 1
    while true {
      let before = currentData()
      var list = try load()
      try change(&list)
      // Another command wrote meanwhile: start again from its list rather than refuse at once.
      if attempt < attempts, currentData() != before {
        attempt += 1
        continue
      }
      try save(list, replacing: before)
      return list
    }
  }
}

extension ProblemListStore {
  /// What to tell the user when `update` failed for a reason other than the change itself: the
  /// list could not be read or changed under every attempt (its own message), or the file could
  /// not be written (which folder, and what to do).
  public func explain(_ error: any Error) -> Localized {
    if let error = error as? LoadError { return error.message }
    if let error = error as? SaveError { return error.message }
    return OutputFileProblem.explain(path, error)
  }
}
