import DuchaChecklist
import Foundation

/// Ranking on each unit's own full points. Under `不适用条目：不计` a unit is scored only on the
/// items that apply to it (贵州 1.2 is for schools built after 2011), so its full points can be
/// 14 where another's are 17; ranked by raw totals, a school with all 14 of its 14 points stood
/// below one with 15 of 17 and was called the lowest. When the units' full points differ, they
/// are ranked by their total's share of their own full points instead.
enum OwnFullPoints {
  /// Each unit's full points, by position, when `checklist` leaves inapplicable items out and
  /// the units' full points are not all the same; nil when the totals alone rank them.
  static func of(_ results: [FormResult], _ checklist: Checklist) -> [Decimal]? {
    guard checklist.inapplicablePolicy == .exclude, checklist.kind != .verification,
      let first = results.first?.applicableMax
    else { return nil }
    let fulls = results.map(\.applicableMax)
    return fulls.allSatisfy({ $0 == first }) ? nil : fulls
  }

  /// How `a`'s share of its full points compares with `b`'s (−1 lower, 0 the same, 1 higher),
  /// exactly: `a.score × b.full` against `b.score × a.full` (15 ÷ 17 is never rounded). Both
  /// full points are above zero.
  static func order(
    _ a: (score: Decimal, full: Decimal), _ b: (score: Decimal, full: Decimal)
  ) -> Int {
    let left = DecimalMath.product(a.score, b.full)
    let right = DecimalMath.product(b.score, a.full)
    if let order = DecimalMath.order(left, right) { return order }
    return left < right ? -1 : left == right ? 0 : 1
  }

  /// `88.2%`: a total's share of the unit's full points, to one decimal; `—` without a total
  /// or with nothing applicable.
  static func shareLabel(_ result: FormResult) -> String {
    guard let score = result.total.score, result.applicableMax > 0 else { return "—" }
    return ScoreFormat.string(score * 100 / result.applicableMax, places: 1) + "%"
  }
}

extension GroupSummary {
  /// Each unit's own full points, in the units' order, when they differ under
  /// `不适用条目：不计` (`OwnFullPoints`); nil when every unit is out of the same total.
  var ownFullPoints: [Decimal]? {
    OwnFullPoints.of(units.map(\.result), checklist)
  }
}
