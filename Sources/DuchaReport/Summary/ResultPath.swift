import DuchaChecklist

/// Where an item or part result sits in a unit's results: its section, its item and, for a
/// part, its position among the item's parts.
struct ResultPath: Sendable {
  let section: Int
  let item: Int
  let part: Int?
}

extension FormResult {
  /// How many results `allItems` lists, counted without listing them.
  var resultCount: Int {
    sections.reduce(0) { count, section in
      section.items.reduce(count) { $0 + 1 + $1.parts.count }
    }
  }

  /// Each result's id and position, in `allItems`' order.
  var resultPaths: [(id: String, path: ResultPath)] {
    var paths: [(id: String, path: ResultPath)] = []
    for (s, section) in sections.enumerated() {
      for (i, item) in section.items.enumerated() {
        paths.append((item.id, ResultPath(section: s, item: i, part: nil)))
        for (p, part) in item.parts.enumerated() {
          paths.append((part.id, ResultPath(section: s, item: i, part: p)))
        }
      }
    }
    return paths
  }

  /// The result at `path`, if this unit's results reach it.
  func result(at path: ResultPath) -> ItemResult? {
    guard sections.indices.contains(path.section),
      sections[path.section].items.indices.contains(path.item)
    else { return nil }
    guard let part = path.part else { return sections[path.section].items[path.item] }
    guard sections[path.section].items[path.item].parts.indices.contains(part) else { return nil }
    return sections[path.section].items[path.item].parts[part]
  }

  /// The first result with `id`, in `allItems`' order (what `allItems.first` finds).
  func firstResult(_ id: String) -> ItemResult? {
    for section in sections {
      for item in section.items {
        if item.id == id { return item }
        if let part = item.parts.first(where: { $0.id == id }) { return part }
      }
    }
    return nil
  }
}
