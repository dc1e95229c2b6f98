import DuchaChecklist

/// Why `RegistryFill.fill` put nothing into the session; its file is unchanged in every case.
public enum RegistryFillProblem: Error, Sendable {
  /// No session's id is, or begins with, the id given.
  case noSession
  /// The ids of several sessions begin with the id given.
  case severalSessions
  /// Another copy of the session (`id`) at the same save with other answers, resumed apart on
  /// two laptops: filling in `chosen` would leave `other`'s answers older and never used.
  /// `saves` says each copy's save.
  case copyApart(other: String, chosen: String, id: String, saves: Localized)
  /// The registry files held no student.
  case noStudents
  /// The session's folder cannot be written (a write-protected stick, no permission): `code`
  /// is the `errno` of opening its lock.
  case folderUnavailable(code: Int32)
  /// Another process (an inspector's REPL) is editing session `id`; `holder` says who, when
  /// its lock says so.
  case held(id: String, holder: Localized?)
  /// The save failed: what happened and what to do (`SessionSaveProblem.message`).
  case saveFailed(Localized)
}
