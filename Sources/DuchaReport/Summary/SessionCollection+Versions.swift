import DuchaChecklist

extension SessionCollection {
  /// `（清单版本 8d0be5fa）` after the title of a group whose checklist has another version
  /// among `groups` (an inspector walked with an older copy of the form), empty otherwise.
  /// The versions are summarised and ranked apart, and two tables with one title would leave
  /// the leader guessing why a unit is ranked alone.
  public static func versionLabel(of group: Group, among groups: [Group], language: Language)
    -> String
  {
    let checklist = group.checklist
    let versions = groups.filter { $0.checklist.id == checklist.id }.count
    guard versions > 1 else { return "" }
    let short = ContentHash.short(checklist.contentHash)
    return language == .english ? " (checklist version \(short))" : "（清单版本 \(short)）"
  }
}
