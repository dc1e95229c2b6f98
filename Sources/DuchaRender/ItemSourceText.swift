import DuchaChecklist

/// The lines of a checklist file that define one item — its `条目`/`小项` line and what follows
/// up to the next item, part, section or sample (texts, `录入`, `指标`, `规则`, and an item's
/// parts) — numbered as in the file, so a clerk reading `ducha show 清单 1.2` sees what the
/// inspector records and how the item is scored, in the form's own words, and where to edit it.
public enum ItemSourceText {
  /// Words that start the next block after an item: it ends there whatever the indentation
  /// (clerks' files are not always indented).
  static let outerWords: Set<Substring> = ["部分", "加分项", "条目", "样例", "结果", "名单", "年度目标", "清单"]

  /// `file:line` and the numbered lines of `item`, or nil when the checklist's text is not
  /// kept (a checklist built in code) or the item's line is not in it.
  public static func format(_ item: Item, in checklist: Checklist) -> String? {
    let lines = checklist.source.split(separator: "\n", omittingEmptySubsequences: false)
    let first = item.location.line - 1
    guard first >= 0, first < lines.count else { return nil }
    // A part (`小项`) also ends at its next sibling; an item with parts runs through them.
    let ends = item.parentID == nil ? outerWords : outerWords.union(["小项"])
    var last = first
    for index in (first + 1)..<lines.count {
      let text = lines[index].drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
      if text.isEmpty || text.hasPrefix("#") { continue }
      let word = text.prefix { $0 != " " && $0 != "：" && $0 != ":" && $0 != "\u{3000}" }
      if ends.contains(word) { break }
      last = index
    }
    let width = String(last + 1).count
    var shown = ["\(checklist.file):\(item.location.line)"]
    for number in first...last {
      let label = String(number + 1)
      shown.append(
        String(repeating: " ", count: width - label.count) + label + " │ " + lines[number])
    }
    return shown.joined(separator: "\n")
  }
}
