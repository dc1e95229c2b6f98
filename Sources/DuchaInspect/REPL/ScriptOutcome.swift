extension InspectionREPL {
  /// Whether the run ended with its inspection still in progress, or before any session was
  /// created (a script that stopped short exits 2, so a batch job notices).
  public var leftUnfinished: Bool {
    endedBeforeSession || currentSession?.status == .inProgress
  }
}
