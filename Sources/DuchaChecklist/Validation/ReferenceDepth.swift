import Foundation

extension Validator {
  /// How deep evaluation may go once names are expanded: an indicator's formula, the formulas
  /// of the indicators and input defaults it reads, and so on, counted in expression levels.
  /// The evaluator resolves names recursively, so a long chain of 指标 (or a cycle of 默认)
  /// would otherwise overflow the stack when a form is scored.
  static let maximumEvaluationDepth = 200

  /// One name whose value is computed from a formula: an indicator, or an input's default.
  private struct Derived {
    var formula: Expression
    var range: SourceRange
    var isIndicator: Bool
  }

  /// Reports indicators and defaults that refer to themselves (E303) and chains of them that
  /// expand deeper than `maximumEvaluationDepth` (E309). Iterative, so a chain of any length
  /// is checked without deep recursion, and linear in the size of the formulas.
  mutating func checkReferences() {
    var derived: [String: Derived] = [:]
    var order: [String] = []
    // The evaluator reads an input's answer or default before an indicator of the same name.
    for indicator in tree.indicators where checklist.indicators[indicator.name] != nil {
      guard derived[indicator.name] == nil else { continue }
      derived[indicator.name] = Derived(
        formula: indicator.formula, range: indicator.range, isIndicator: true)
      order.append(indicator.name)
    }
    for item in itemSyntaxes {
      for input in item.inputs {
        guard let fallback = input.defaultValue, checklist.inputs[input.name] != nil else {
          continue
        }
        if derived[input.name] == nil { order.append(input.name) }
        derived[input.name] = Derived(formula: fallback, range: input.range, isIndicator: false)
      }
    }
    let references = derived.mapValues { Self.references(in: $0.formula) }

    var cost: [String: Int] = [:]
    var onPath: Set<String> = []
    var reported: Set<String> = []
    for root in order where cost[root] == nil {
      // Each frame is a name and how many of its references have been visited.
      var stack: [(name: String, next: Int)] = [(root, 0)]
      onPath.insert(root)
      while let top = stack.last {
        let edges = references[top.name] ?? []
        if top.next < edges.count {
          stack[stack.count - 1].next += 1
          let target = edges[top.next].name
          guard derived[target] != nil, cost[target] == nil else { continue }
          if onPath.contains(target) {
            if reported.insert(target).inserted, let node = derived[target] {
              reportCycle(target, node)
            }
            continue
          }
          onPath.insert(target)
          stack.append((target, 0))
          continue
        }
        stack.removeLast()
        onPath.remove(top.name)
        var deepest = Self.height(of: derived[top.name]?.formula)
        for edge in edges {
          guard let below = cost[edge.name] else { continue }  // unknown, or on a cycle
          deepest = max(deepest, edge.depth + below)
        }
        cost[top.name] = deepest
      }
    }

    // Report only where a chain first crosses the limit, not every name above it.
    for name in order {
      guard let total = cost[name], total > Self.maximumEvaluationDepth,
        let node = derived[name]
      else { continue }
      let crossesHere = (references[name] ?? []).allSatisfy {
        (cost[$0.name] ?? 0) <= Self.maximumEvaluationDepth
      }
      guard crossesHere else { continue }
      report(ValidationErrors.referencesTooDeep(name: "\(name)", node.range.start))
    }
  }

  private mutating func reportCycle(_ name: String, _ node: Derived) {
    report(ValidationErrors.cycle(name, indicator: node.isIndicator, node.range.start))
  }

  /// The names `expression` reads, each with the level it stands at (the root is level 1).
  /// Recursion is safe here: the parser bounds every expression's height (E210).
  private static func references(in expression: Expression) -> [(name: String, depth: Int)] {
    var found: [(name: String, depth: Int)] = []
    func walk(_ expression: Expression, _ depth: Int) {
      switch expression.kind {
      case .name(let name): found.append((name, depth))
      case .unary(_, let operand): walk(operand, depth + 1)
      case .binary(_, let left, let right):
        walk(left, depth + 1)
        walk(right, depth + 1)
      case .call(_, let arguments): for argument in arguments { walk(argument.value, depth + 1) }
      case .list(let elements): for element in elements { walk(element, depth + 1) }
      case .pair(_, let value): walk(value, depth + 1)
      case .number, .text, .boolean, .date: break
      }
    }
    walk(expression, 1)
    return found
  }

  /// The number of levels of `expression` (a leaf is 1).
  private static func height(of expression: Expression?) -> Int {
    guard let expression else { return 0 }
    switch expression.kind {
    case .unary(_, let operand): return 1 + height(of: operand)
    case .binary(_, let left, let right): return 1 + max(height(of: left), height(of: right))
    case .call(_, let arguments):
      return 1 + (arguments.map { height(of: $0.value) }.max() ?? 0)
    case .list(let elements): return 1 + (elements.map { height(of: $0) }.max() ?? 0)
    case .pair(_, let value): return 1 + height(of: value)
    case .name, .number, .text, .boolean, .date: return 1
    }
  }
}
