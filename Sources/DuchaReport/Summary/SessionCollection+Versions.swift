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

extension SessionCollection {
  /// The groups a 问题清单 is built from, and the ones it leaves out: of each checklist, only its
  /// latest 考核年度. Last year's record left in this year's folder is summarised apart; its
  /// problems were last year's list's, and listed again they stood beside this year's under the
  /// same unit with nothing telling them apart (and 回头看 walked both).
  public static func latestYears(of groups: [Group]) -> (kept: [Group], earlier: [Group]) {
    var kept: [Group] = []
    var earlier: [Group] = []
    for group in groups {
      let latest = groups.filter { $0.checklist.id == group.checklist.id }.compactMap(\.year).max()
      if let year = group.year, let latest, year < latest {
        earlier.append(group)
      } else {
        kept.append(group)
      }
    }
    return (kept, earlier)
  }

  /// What the leader is told of each group `latestYears` left out: its checklist, year and
  /// units, and how to list those problems if they are wanted.
  public static func earlierYearNotes(_ earlier: [Group]) -> [Localized] {
    earlier.map { group in
      let year = group.year.map(String.init) ?? ""
      let units = group.sessions.map(\.unit.name).reduce(into: [String]()) {
        if !$0.contains($1) { $0.append($1) }
      }
      return Localized(
        "清单“\(group.checklist.id)”\(year)年度的记录（\(units.joined(separator: "、"))）不是最近一个考核年度的，"
          + "其中的问题没有列入问题清单。确要为那一年建问题清单，请把那一年的记录放进单独的文件夹，对那个文件夹运行 ducha problems build。",
        en:
          "the \(year) records of checklist '\(group.checklist.id)' (\(units.joined(separator: ", "))) are not of the latest year; "
          + "their problems are not in the list. To list them, put that year's records in a folder of their own and run ducha problems build on it."
      )
    }
  }
}
