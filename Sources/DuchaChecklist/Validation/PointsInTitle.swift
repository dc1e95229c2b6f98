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

  nonisolated(unsafe) private static let bare = #/(.*?)\s+([0-9]+(?:\.[0-9]+)?)/#

  nonisolated(unsafe) private static let patterns = [
    #/(.*?)\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[）)]/#,
    #/(.*?)\s+([0-9]+(?:\.[0-9]+)?)\s+分/#,
  ]
}
