/// Points a heading carries at the end of its title the way the document prints them —
/// `组织领导（10分）`, `组织领导(10分)`, `档次评价 5 分` — which the parser reads as part of the
/// title, since a heading's points are the last word `10分`.
enum PointsInTitle {
  /// The title without the points, and the points' number, or nil when the title does not end
  /// with points written one of those ways.
  static func find(_ title: String) -> (title: String, points: String)? {
    for pattern in patterns {
      if let match = title.wholeMatch(of: pattern), !match.1.isEmpty {
        return (String(match.1), String(match.2))
      }
    }
    return nil
  }

  /// The title and the number when the heading ends with a bare number (`条目 3 台账 10`): the
  /// points written without 分, read as the title's last word.
  static func bareNumber(_ title: String) -> (title: String, points: String)? {
    guard let match = title.wholeMatch(of: bare), !match.1.isEmpty else { return nil }
    return (String(match.1), String(match.2))
  }

  /// The title, the points and the punctuation after them when the heading ends with points
  /// followed by punctuation (`条目 3 经费投入 10分，`): copied from a WeChat message or a Word
  /// table cell, the mark made `10分，` the title's last word.
  static func punctuationAfter(_ title: String) -> (title: String, points: String, marks: String)? {
    guard let match = title.wholeMatch(of: punctuated), !match.1.isEmpty else { return nil }
    return (String(match.1), String(match.2), String(match.3))
  }

  nonisolated(unsafe) private static let punctuated =
    #/(.*?)\s+([0-9]+(?:\.[0-9]+)?)分\s*([，。,.;；、：:！!]+)/#

  nonisolated(unsafe) private static let bare = #/(.*?)\s+([0-9]+(?:\.[0-9]+)?)/#

  nonisolated(unsafe) private static let patterns = [
    #/(.*?)\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[）)]/#,
    #/(.*?)\s+([0-9]+(?:\.[0-9]+)?)\s+分/#,
  ]
}
