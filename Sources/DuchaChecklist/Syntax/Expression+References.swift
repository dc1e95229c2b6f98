extension Expression {
  /// Whether the expression refers to any of `names`: `referencedNames` without building its
  /// arrays, for the evaluator, which asks this of every indicator for every item of every
  /// session a summary scores (the parser bounds the height of the tree).
  func refers(toAnyOf names: Set<String>) -> Bool {
    switch kind {
    case .name(let name): return names.contains(name)
    case .unary(_, let operand): return operand.refers(toAnyOf: names)
    case .binary(_, let left, let right):
      return left.refers(toAnyOf: names) || right.refers(toAnyOf: names)
    case .call(_, let arguments): return arguments.contains { $0.value.refers(toAnyOf: names) }
    case .list(let elements): return elements.contains { $0.refers(toAnyOf: names) }
    case .pair(_, let value): return value.refers(toAnyOf: names)
    case .number, .text, .boolean, .date: return false
    }
  }
}
