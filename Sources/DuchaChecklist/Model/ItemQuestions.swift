extension Checklist {
  /// The inputs an inspector is asked at `item`, in order: its own, then those its rules or
  /// `适用：` read (directly or through indicators) that are declared on an item with parts.
  ///
  /// Forms declare the figures several parts share once on the item above them (河北 核验表:
  /// 在校学生数 on 条目 1, read by 小项 1.1 小学 and 1.2 初中). An item with parts is never walked
  /// itself, so each part that reads such a figure asks it, in the order the form declares
  /// them; one already answered is not asked again.
  public func questionNames(for item: Item) -> [String] {
    let own = Set(item.inputNames)
    let shared = namesRead(by: item).compactMap { name -> Input? in
      guard !own.contains(name), let input = inputs[name],
        self.item(input.itemID)?.parts.isEmpty == false
      else { return nil }
      return input
    }
    guard !shared.isEmpty else { return item.inputNames }
    return item.inputNames
      + shared.sorted {
        ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
      }.map(\.name)
  }

  /// Every name `item`'s rules and `适用：` read, with the names read by the indicators among
  /// them, and theirs, each indicator expanded once (a worklist, so a long chain of indicators
  /// costs no stack).
  func namesRead(by item: Item) -> Set<String> {
    var pending = item.rules.flatMap(\.kind.expressions)
    if let applicability = item.applicability { pending.append(applicability) }
    var read = Set<String>()
    while let expression = pending.popLast() {
      for (name, _) in expression.referencedNames where read.insert(name).inserted {
        if let indicator = indicators[name] { pending.append(indicator.formula) }
      }
    }
    return read
  }
}
