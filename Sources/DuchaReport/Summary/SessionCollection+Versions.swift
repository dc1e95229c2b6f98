import DuchaChecklist

extension SessionCollection {
  /// `（清单版本 8d0be5fa）` after the title of a group whose checklist has another version
  /// among `groups` (an inspector walked with an older copy of the form), and `（2020年度）`
  /// when the checklist's sessions belong to several 考核年度 (last year's records in the
  /// folder); empty otherwise. The versions and years are summarised and ranked apart, and two
  /// tables with one title would leave the leader guessing why a unit is ranked alone.
  public static func versionLabel(of group: Group, among groups: [Group], language: Language)
    -> String
  {
    let checklist = group.checklist
    let same = groups.filter { $0.checklist.id == checklist.id }
    var label = ""
    if Set(same.map(\.checklist.contentHash)).count > 1 {
      let short = ContentHash.short(checklist.contentHash)
      label += language == .english ? " (checklist version \(short))" : "（清单版本 \(short)）"
    }
    if Set(same.map(\.year)).count > 1, let year = group.year {
      label += language == .english ? " (year \(year))" : "（\(year)年度）"
    }
    return label
  }
}
