/// A header over two rows whose upper row groups the guardian's columns (`监护人信息` merged over
/// `姓名`, `联系电话`): the lower row then holds a second `姓名`, the guardian's. Read alone it
/// was either dropped (the first column naming a field wins) or, copied by its header, given
/// the child's name; `ducha compare` and `ducha cases import` name it `监护人信息姓名` instead.
public enum GuardianGroup {
  /// `cells` (the lower header row) with each cell under a group naming 监护人 or 家长 in `above`
  /// prefixed by the group (`监护人信息姓名`); nil when no cell is.
  public static func prefixed(_ cells: [String], above: [String]) -> [String]? {
    var changed = false
    let result = cells.enumerated().map { index, cell in
      let key = HeaderMatcher.normalize(cell)
      let group = index < above.count ? HeaderMatcher.normalize(above[index]) : ""
      guard !key.isEmpty, group != key, group.contains("监护人") || group.contains("家长") else {
        return cell
      }
      changed = true
      return group + key
    }
    return changed ? result : nil
  }
}
