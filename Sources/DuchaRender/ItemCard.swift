import DuchaChecklist
import DuchaTerminal

/// Renders what the inspector reads before recording an item: where it is, its points, and the
/// form's own texts (要求, 赋分, 办法, 说明) wrapped to the terminal by display width.
public enum ItemCard {
  /// The card of `item` in `checklist`.
  public static func format(
    _ item: Item, in checklist: Checklist, language: Language = .chinese,
    style: TerminalStyle = TerminalStyle(enabled: false),
    width: Int = 80
  ) -> String {
    let zh = language == .chinese
    let section = checklist.sections.first { $0.id == item.sectionID }
    var path: [String] = []
    if let section { path.append("\(section.id) \(section.title)") }
    if let parentID = item.parentID, let parent = checklist.item(parentID) {
      path.append("\(parent.id) \(parent.title)")
    }
    var heading = "\(item.id) \(item.title)"
    if let points = item.points {
      heading += zh ? "（\(ScoreFormat.string(points))分）" : " (\(ScoreFormat.string(points)) pts)"
    }
    path.append(heading)
    var lines = [style.bold("── " + path.joined(separator: " › "))]
    let labels: [(String, String?)] =
      [
        // 灵璧's form has one text column that is both requirement and scoring; show it once.
        (zh ? "要求" : "requirement", item.requirement),
        (zh ? "赋分" : "scoring", item.scoringText == item.requirement ? nil : item.scoringText),
        (zh ? "办法" : "method", item.method),
      ] + item.notes.map { (zh ? "说明" : "note", $0) }
    for (label, text) in labels {
      guard let text, !text.isEmpty else { continue }
      lines += labelled(label, text, width: width, style: style, english: !zh)
    }
    return lines.joined(separator: "\n")
  }

  /// `label：text` (`label: text` in English), continuation lines indented under the text.
  static func labelled(
    _ label: String, _ text: String, width: Int, style: TerminalStyle, english: Bool = false
  ) -> [String] {
    let head = label + (english ? ": " : "：")
    let indent = DisplayWidth.of(head)
    let wrapped = DisplayWidth.wrap(text, width: max(20, width - indent))
    return wrapped.enumerated().map { index, line in
      (index == 0 ? style.dim(head) : String(repeating: " ", count: indent)) + line
    }
  }
}
