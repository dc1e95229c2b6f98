import DuchaChecklist

extension PlanParser {
  /// `单位 <名称> <类别> [学段 小学 初中] [属于 <单位>] [本部] [又名 <名称>、…]`.
  mutating func unit(_ value: Substring, line: PlanLine, offset: Int) {
    let words = PlanText.words(value, offset: offset)
    guard words.count >= 2 else {
      diagnostics.append(PlanParseErrors.unitShape(line.location()))
      return
    }
    let name = words[0]
    // Whatever goes wrong below, later lines may still use this name.
    tree.failedUnitNames.insert(PlanText.key(name.text))
    guard !name.text.contains(where: { "、,，;；".contains($0) || PlanText.isOpening($0) }),
      !name.text.contains(where: PlanText.isClosing)
    else {
      diagnostics.append(PlanParseErrors.badUnitName(name.text, line.location(name.offset)))
      return
    }
    guard let kind = PlanUnitKind(word: words[1].text) else {
      diagnostics.append(PlanParseErrors.unknownKind(words[1].text, line.location(words[1].offset)))
      return
    }
    var unit = PlanSyntax.Unit(
      name: PlanSyntax.Located(text: name.text, location: line.location(name.offset)), kind: kind)
    var seen: Set<String> = []
    var index = 2
    while index < words.count {
      let attribute = words[index]
      let location = line.location(attribute.offset)
      index += 1
      if ["学段", "属于", "本部"].contains(attribute.text), !seen.insert(attribute.text).inserted {
        diagnostics.append(PlanParseErrors.twice("“\(attribute.text)”", location))
        return
      }
      switch attribute.text {
      case "学段":
        var stages: [Stage] = []
        while index < words.count, let stage = Stage(rawValue: words[index].text) {
          if !stages.contains(stage) { stages.append(stage) }
          index += 1
        }
        guard !stages.isEmpty else {
          diagnostics.append(
            PlanParseErrors.missingAttributeValue("学段", example: "学段 小学 初中", location))
          return
        }
        unit.stages = stages.sorted()
      case "属于":
        guard index < words.count else {
          diagnostics.append(
            PlanParseErrors.missingAttributeValue("属于", example: "属于 下楼", location))
          return
        }
        unit.parent = PlanSyntax.Located(
          text: words[index].text, location: line.location(words[index].offset))
        index += 1
      case "本部":
        unit.mainCampus = location
      case "又名":
        guard index < words.count else {
          diagnostics.append(
            PlanParseErrors.missingAttributeValue("又名", example: "又名 下楼中学", location))
          return
        }
        let word = words[index]
        for entry in PlanText.entries(Substring(word.text), offset: word.offset).entries {
          unit.aliases.append(
            PlanSyntax.Located(text: entry.text, location: line.location(entry.offset)))
        }
        index += 1
      default:
        // `单位 西山 小学 完小`: a name with a space in it, its second half read as the kind.
        if index == 3, PlanUnitKind(word: attribute.text) != nil {
          diagnostics.append(
            PlanParseErrors.spacedUnitName(
              name.text + words[1].text, kind: attribute.text, line.location(name.offset)))
          return
        }
        diagnostics.append(PlanParseErrors.unknownUnitAttribute(attribute.text, location))
        return
      }
    }
    tree.failedUnitNames.remove(PlanText.key(name.text))
    tree.units.append(unit)
  }
}

extension PlanText {
  /// The white-space separated words of `text`, each with its offset.
  static func words(_ text: Substring, offset: Int) -> [Entry] {
    var words: [Entry] = []
    var current = ""
    var start = offset
    var position = offset
    for character in text {
      if character.isWhitespace {
        if !current.isEmpty { words.append(Entry(text: current, offset: start)) }
        current = ""
      } else {
        if current.isEmpty { start = position }
        current.append(character)
      }
      position += 1
    }
    if !current.isEmpty { words.append(Entry(text: current, offset: start)) }
    return words
  }
}
