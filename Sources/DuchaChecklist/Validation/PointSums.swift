import Foundation

extension Validator {
  /// Points must add up: parts to their item, items to their section, sections to the total.
  /// With stage-specific items, either everything adds up together, or each stage alone does.
  mutating func checkSums() {
    guard checklist.kind == .scoring else {
      // A 核验表 scores nothing: `条目 3 档案 5分` was accepted and its 5 dropped without a word,
      // though the clerk most likely meant a 评分表.
      for section in tree.sections {
        for line in [section] + section.children + section.children.flatMap(\.children)
        where line.points != nil {
          report(
            ValidationErrors.pointsInVerificationList(
              keyword: line.keyword, id: line.id, points: line.points ?? 0, line.range.start))
        }
      }
      return
    }
    let scenarios: [Set<Stage>] =
      [Set(checklist.stages)] + (checklist.stages.count > 1 ? checklist.stages.map { [$0] } : [])
    // A child without points has its own E203 already; adding it as 0 would report its
    // parent as well, so the sum is not checked until every child has points.
    func fits(_ parent: Decimal, _ written: [(Decimal?, Expression?)]) -> [Decimal]? {
      var children: [(Decimal, Expression?)] = []
      for (points, condition) in written {
        guard let points else { return nil }
        children.append((points, condition))
      }
      let sums: [Decimal]
      if children.allSatisfy({ $0.1 == nil }) {
        // Every child applies to every unit, so each scenario has the same sum: added once.
        // `DecimalMath.sum` is Foundation's `+` bit for bit without its thousands of
        // instructions a call (callgrind: this reduce was most of checking a 2 MB file's sums).
        let sum = children.reduce(Decimal(0)) { DecimalMath.sum($0, $1.0) }
        sums = Array(repeating: sum, count: scenarios.count)
      } else {
        sums = scenarios.map { stages in
          children.filter { applies($0.1, stages) }.reduce(Decimal(0)) {
            DecimalMath.sum($0, $1.0)
          }
        }
      }
      let together = sums[0] == parent
      let eachAlone = sums.count > 1 && sums.dropFirst().allSatisfy { $0 == parent }
      return together || eachAlone ? nil : sums
    }
    func mismatch(
      _ range: SourceRange, _ what: String, _ parent: Decimal, _ sums: [Decimal],
      _ children: [ItemSyntax]
    ) {
      let f = { (d: Decimal) in ScoreFormat.string(d) }
      var detail = "合计 \(f(sums[0]))"
      if sums.allSatisfy({ $0 == sums[0] }), children.count <= 12 {
        // No stage changes the sum: the clerk checks it against the form line by line.
        detail =
          children.map { "\($0.id)（\(f($0.points ?? 0))分）" }.joined(separator: " + ")
          + " = \(f(sums[0]))分"
      } else if sums.count > 1 {
        detail +=
          "；"
          + zip(checklist.stages, sums.dropFirst()).map { "仅\($0.0.rawValue) \(f($0.1))" }.joined(
            separator: "，")
      }
      self.report(
        ValidationErrors.pointsDoNotAddUp(
          what: "\(what)", parent: "\(f(parent))", detail: "\(detail)", sums: "\(f(sums[0]))",
          range.start))
    }
    // 加分项 lists bonus items that may add up to more than its cap ("每项加1分，最多加5分").
    for section in tree.sections where section.keyword != "加分项" {
      for item in section.children where !item.children.isEmpty {
        guard let points = item.points else { continue }
        if let sums = fits(points, item.children.map { ($0.points, $0.applicability) }) {
          mismatch(item.range, "条目“\(item.id)”", points, sums, item.children)
        }
      }
      guard let points = section.points else { continue }
      if let sums = fits(points, section.children.map { ($0.points, $0.applicability) }) {
        mismatch(section.range, "部分“\(section.id)”", points, sums, section.children)
      }
    }
    guard checklist.totalPoints > 0, !tree.sections.isEmpty else { return }
    let scored = tree.sections.filter { $0.keyword != "加分项" }
    let sectionPoints = scored.map { ($0.points, $0.applicability) }
    if let sums = fits(checklist.totalPoints, sectionPoints) {
      let range = tree.header.first { $0.keyword == "总分" }?.valueRange ?? tree.sections[0].range
      mismatch(range, "总分", checklist.totalPoints, sums, scored)
    }
  }

  /// Whether an item with this `适用` applies to a unit of `stages`; conditions that read
  /// anything but the stages count as applicable.
  func applies(_ condition: Expression?, _ stages: Set<Stage>) -> Bool {
    guard let condition else { return true }
    let evaluator = ExpressionEvaluator(
      checklist: checklist, answers: Answers(), context: EvaluationContext(stages: stages))
    return (try? evaluator.bool(condition)) ?? true
  }
}
