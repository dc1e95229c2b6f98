extension InspectionREPL {
  /// Whether the run ended with its inspection still in progress (a script that stopped short
  /// exits 2, so a batch job notices).
  public var leftUnfinished: Bool {
    currentSession?.status == .inProgress
  }
}
