/// Students' names in shared outputs: the family name stays (inspectors and schools need it to
/// find the child), the given name is hidden.
public enum PersonName {
  /// `张小明` → `张**`, `李雷` → `李*`, `欧阳小明` → `欧阳**` (a two-character family name stays
  /// whole when a given name follows it); a one-character or empty name is left as it is. The
  /// space a typist padded a two-character name with is not a character of the name (`李　红`
  /// → `李*`, as `李红`).
  public static func mask(_ typed: String) -> String {
    let name = typed.contains(where: \.isWhitespace) ? typed.filter { !$0.isWhitespace } : typed
    guard let first = name.first, name.count > 1 else { return name }
    let family = name.count > 2 && compoundFamilyNames.contains(String(name.prefix(2)))
    let kept = family ? String(name.prefix(2)) : String(first)
    return kept + String(repeating: "*", count: name.count - kept.count)
  }

  /// The two-character family names still common among children.
  static let compoundFamilyNames: Set<String> = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "百里", "呼延", "独孤", "申屠", "闻人", "赫连", "澹台",
    "万俟", "淳于", "太史", "司空",
  ]
}
