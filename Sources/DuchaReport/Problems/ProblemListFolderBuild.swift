import DuchaChecklist
import DuchaSession
import Foundation

/// The 问题清单 of a leader's folder and what a leader must be told with it, from one summary
/// of each checklist's sessions: the list and its unfinished inspections used to be found by
/// two passes that each summarised every group.
public struct ProblemListFolderBuild: Sendable {
  /// The list: every group's entries numbered on from the one before, with the sessions it
  /// was built from (`ProblemList.sources`).
  public var list: ProblemList
  /// The inspections among the groups that are not finished, in group order.
  public var unfinished: [UnfinishedInspection]

  /// Builds the list of `groups` (the folder's latest 考核年度, `SessionCollection.latestYears`)
  /// with the folder's merge decisions.
  public init(
    groups: [SessionCollection.Group], decisions: [MergeDecision], title: String
  ) {
    var list = ProblemList(title: title, entries: [])
    var unfinished: [UnfinishedInspection] = []
    for group in groups {
      let summary = SummaryBuilder.build(
        checklist: group.checklist, sessions: group.sessions, decisions: decisions)
      unfinished += UnfinishedInspection.find(in: summary)
      list = list.addingStudentNames(summary.studentNames)
      for var entry in ProblemListBuilder.build(summary).entries {
        entry.number = list.entries.count + 1
        list.entries.append(entry)
      }
    }
    list.sources = groups.flatMap(\.sessions).map(ProblemList.Source.init)
    self.list = list
    self.unfinished = unfinished
  }
}
