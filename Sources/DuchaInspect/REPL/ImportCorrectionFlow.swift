import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// On a completed inspection, says which registry figures the export read by `学籍 导入`
  /// changes (`updated` is the registry check with the export applied), asks the reason once
  /// and logs a correction for each figure (`学籍.无照片`), as typing the figures with `学籍`
  /// does; the import changed them without a word in the corrections. While the reason is asked
  /// the export's files wait in an `AnswerDraft` beside the session, so a crash there keeps the
  /// import for `ducha resume`. True when nothing is corrected or the reason was written (the
  /// caller applies the import, saves and drops the draft); false on Ctrl-D.
  func correctImport(to updated: RegistryCheck, files: [String]) -> Bool {
    guard correcting else { return true }
    let changed = Figures.registry.filter { session.registry.counts[$0] != updated.counts[$0] }
    guard !changed.isEmpty else { return true }
    keepAnswerDraft(
      AnswerDraft(
        sessionID: session.id, input: "学籍", answer: Answer(.text(PathWords.join(files))),
        target: .registryImport))
    let shown = { (count: Int?) in count.map(String.init) ?? self.t("未填", "blank") }
    let changes = changed.map {
      "\($0) \(shown(session.registry.counts[$0])) → \(shown(updated.counts[$0]))"
    }
    console.say(
      "  "
        + t(
          "这次导入改动了已完成检查的学籍数字：\(changes.joined(separator: "，"))",
          "this import changes the completed inspection's registry figures: "
            + changes.joined(separator: ", ")))
    guard
      let reason = askReason(
        t("更正已完成的检查，理由（必填）", "correcting a completed inspection; reason (required)"))
    else {
      leaveAnswerUnrecorded()
      return false
    }
    for figure in changed {
      session.corrections.append(
        Correction(
          time: timestamp, target: "学籍." + figure,
          before: session.registry.counts[figure].map(String.init) ?? "",
          after: updated.counts[figure].map(String.init) ?? "", reason: reason))
    }
    return true
  }

  /// On resuming a completed inspection: an import cut short at the reason for the correction
  /// is said, and the export read again (it may have changed since) and the reason asked;
  /// Ctrl-D gives it up.
  func offerUnfinishedImport(_ draft: AnswerDraft) {
    guard correcting, case .text(let files) = draft.answer.value else { return dropAnswerDraft() }
    // `学籍 导入` writes the draft again before it asks, and drops it once recorded.
    dropAnswerDraft()
    console.say(
      t(
        "上次答到一半：学籍 导入 \(files)，更正的理由还没写。重新读导出，写了理由才记下（Ctrl-D=不导入）。",
        "an import was cut short: registry import \(files), but the reason for the correction"
          + " was not written. The export is read again and recorded once the reason is"
          + " (Ctrl-D drops it)."))
    registryImportFlow(files)
  }
}
