import DuchaChecklist
import Foundation

extension Session {
  /// The answers the checklist accepts: `evaluationAnswers` without the answers `findings`
  /// names (out of range, not an option, wrong type).
  func acceptedAnswers(_ findings: [SessionFinding]) -> Answers {
    var answers = evaluationAnswers
    for finding in findings where finding.field.hasPrefix("answers.values.") {
      answers.values[String(finding.field.dropFirst("answers.values.".count))] = nil
    }
    return answers
  }
}

extension FormResult {
  /// The result with every item a finding concerns made 待定, the finding as its reason: an
  /// answer's item by id, and items left without roll-call or registry data by the names their
  /// pending reasons give (`缺少“点名.实到人数”`, or an input defaulting to such a figure).
  func pending(for findings: [SessionFinding], checklist: Checklist) -> FormResult {
    let figureFindings = findings.filter { $0.itemID == nil && $0.leavesItemsPending }
    var figureSources = Set<String>()
    for finding in figureFindings {
      figureSources.insert(finding.field.hasPrefix("rollCall") ? "点名." : "学籍.")
    }
    let dependents = Set(
      checklist.inputs.values.filter { input in
        input.defaultValue?.referencedNames.contains { name in
          figureSources.contains { name.0.hasPrefix($0) }
        } ?? false
      }.map(\.name))
    func fromFigures(_ reason: Localized) -> Bool {
      guard reason.zh.hasPrefix("缺少“"), reason.zh.hasSuffix("”") else { return false }
      let name = String(reason.zh.dropFirst(3).dropLast())
      return dependents.contains(name) || figureSources.contains { name.hasPrefix($0) }
    }
    func mark(_ item: ItemResult) -> ItemResult {
      var item = item
      item.parts = item.parts.map(mark)
      var reasons = findings.filter { $0.itemID == item.id }.map(\.message)
      if case .pending(let why) = item.state {
        if why.contains(where: fromFigures) { reasons += figureFindings.map(\.message) }
        if !reasons.isEmpty { item.state = .pending(reasons + why.filter { !fromFigures($0) }) }
      } else if !reasons.isEmpty {
        item.state = .pending(reasons)
      }
      return item
    }
    var result = self
    result.sections = sections.map { section in
      var section = section
      section.items = section.items.map(mark)
      return section
    }
    return result
  }
}

extension Session {
  /// The ids of the items and parts `evaluate(checklist)` would score 不适用, found without
  /// scoring: the answers the checklist accepts decide the `适用：` conditions, and an item a
  /// finding concerns is 待定, not 不适用, as `evaluate` marks it.
  public func notApplicableItems(in checklist: Checklist) -> Set<String> {
    notApplicableItems(in: checklist, findings: findings(against: checklist))
  }

  /// `notApplicableItems(in:)` with the session's `findings(against: checklist)`, found once
  /// for this and `evaluate(_:findings:cohort:indicators:explains:)` (a summary asks both).
  public func notApplicableItems(
    in checklist: Checklist, findings: [SessionFinding]
  ) -> Set<String> {
    let skipped = Evaluator.notApplicableItems(
      checklist, answers: acceptedAnswers(findings), context: evaluationContext())
    return skipped.subtracting(findings.compactMap(\.itemID))
  }
}
