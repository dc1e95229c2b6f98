import Foundation

/// Where a field starts in a JSON file ducha wrote (`entries[2].deadline`), for messages about
/// other files than sessions (the leader's problem list) that say file:line:column as a
/// session's findings do. Walks keys as `SessionFinding.located` does.
public enum JSONFieldPlace {
  /// The 1-based line and column of `field` in `data`, or nil when a key is not found.
  public static func of(_ field: String, in data: Data) -> SessionStore.Place? {
    SessionDecodingProblem.place(ofField: field, in: data)
  }
}
