extension Checklist {
  /// Whether the unit's 学段 can change anything in this form: it is a school's or a teaching
  /// point's (its stages also set the batch units are compared in), or a formula, `适用：` or
  /// condition names `小学`, `初中` or `高中`.
  ///
  /// A kindergarten, a county government or a city has no 学段 to give, and a form about them
  /// that never reads one should not ask “单位学段（小学/初中）”.
  public var readsStages: Bool {
    if unitKind == .school || unitKind == .teachingPoint { return true }
    let stageNames = Set(Stage.allCases.map(\.rawValue))
    let names = stageNames.subtracting(inputs.keys).subtracting(indicators.keys)
    guard !names.isEmpty else { return false }
    return readsName { names.contains($0) }
  }
}

extension Checklist {
  /// The stages a session of this form records when the inspector names none: the form's
  /// `学段：` when the unit's stages can change anything, else none. A kindergarten or a county
  /// government has no 小学、初中: recording the default 学段 would print it as theirs.
  public var unitStages: [Stage] { readsStages ? stages : [] }

  /// Whether `学前` (no compulsory stage) can be a unit's 学段 in this form: a kindergarten's,
  /// or one that never reads a 学段. Such a session records no stage, as `unitStages` does.
  public var takesPreschool: Bool { unitKind == .kindergarten || !readsStages }

  /// The stages units of this form are compared by (batches, 全体平均, ranks): the unit's own
  /// when the form reads them, else none, so a file an older version wrote (it recorded the
  /// form's default 小学、初中 for every unit) is in the same batch as a newer one.
  public func batchStages(_ recorded: [Stage]) -> [Stage] { readsStages ? recorded : [] }

  /// The 学段 outputs print for a unit of `kind` that recorded `recorded`: `小学、初中`;
  /// `学前` for a kindergarten, whatever was recorded (older versions recorded 小学、初中);
  /// nil when the form never reads a 学段 or none was recorded, rather than a stage the unit
  /// does not have.
  public func stagesName(_ recorded: [Stage], kind: UnitKind) -> String? {
    if kind == .kindergarten { return Stage.preschoolName }
    let stages = batchStages(recorded)
    return stages.isEmpty ? nil : stages.map(\.rawValue).joined(separator: "、")
  }

  /// The form's own 学段 as `ducha show` prints it: `学前` for a kindergarten form, nil when
  /// no unit's 学段 can change anything in it.
  public var stagesName: String? { stagesName(stages, kind: unitKind) }
}

extension Stage {
  /// What a kindergarten's 学段 is called. Not a `Stage`: no form scores by it, and a session
  /// file holding it could not be read by the versions already on inspectors' laptops.
  public static let preschoolName = "学前"
}
