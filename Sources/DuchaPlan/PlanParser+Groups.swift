import DuchaChecklist

extension PlanParser {
  /// `组 <组别> [组名]`, `大组 <编号> [组名]`, `小组 <编号> [组名]`.
  mutating func groupStatement(
    _ keyword: String, _ value: Substring, line: PlanLine, offset: Int
  ) {
    let words = PlanText.words(value, offset: offset)
    guard let id = words.first else {
      diagnostics.append(PlanParseErrors.missingGroupID(keyword, line.location()))
      return
    }
    let level = PlanGroup.Level(rawValue: keyword) ?? .group
    let title = words.dropFirst().map(\.text).joined(separator: " ")
    let group = PlanSyntax.Group(
      level: level, id: PlanSyntax.Located(text: id.text, location: line.location(id.offset)),
      title: title.isEmpty ? nil : title, location: line.location())
    if level == .minor {
      guard let top = current?.top else {
        diagnostics.append(PlanParseErrors.subgroupWithoutGroup(line.location()))
        return
      }
      tree.groups[top].subgroups.append(group)
      current = (top, tree.groups[top].subgroups.count - 1)
    } else {
      tree.groups.append(group)
      current = (tree.groups.count - 1, nil)
    }
  }

  /// Applies `change` to the group the current line belongs to.
  mutating func modifyGroup(_ change: (inout PlanSyntax.Group) -> Void) {
    guard let current else { return }
    if let sub = current.sub {
      change(&tree.groups[current.top].subgroups[sub])
    } else {
      change(&tree.groups[current.top])
    }
  }

  private var currentGroup: PlanSyntax.Group? {
    guard let current else { return nil }
    if let sub = current.sub { return tree.groups[current.top].subgroups[sub] }
    return tree.groups[current.top]
  }

  /// A field of the current group.
  mutating func groupField(_ field: Field) {
    guard let group = currentGroup else { return }
    let keyword = field.keyword
    if !["组员", "检查", "说明"].contains(keyword) {
      var seen = group.seen
      let label = GroupNaming.shortName(level: group.level, id: group.id.text, title: group.title)
      guard once(keyword, in: &seen, what: "\(label)的“\(keyword)”", field) else { return }
      modifyGroup { $0.seen = seen }
    }
    switch keyword {
    case "组长", "召集人":
      guard let people = people(field) else { return }
      guard people.count == 1 else {
        diagnostics.append(onePerson(keyword, field.valueLocation))
        return
      }
      modifyGroup {
        if keyword == "组长" { $0.leader = people[0] } else { $0.convener = people[0] }
      }
    case "组员":
      guard let people = people(field) else { return }
      modifyGroup { $0.members += people }
    case "人数":
      headCount(field)
    case "检查":
      let checks = field.entries.entries.map {
        PlanSyntax.Located(text: $0.text, location: field.line.location($0.offset))
      }
      modifyGroup { $0.checks += checks }
    case "必查":
      let targets = targets(field)
      modifyGroup {
        $0.rule.mustCheck = targets
        $0.rule.mustCheckLocation = field.valueLocation
      }
    case "抽查":
      guard let draw = draw(field) else { return }
      modifyGroup { $0.rule.draw = draw }
    default:
      modifyGroup { $0.notes.append(field.text) }
      textTarget = .groupNote
    }
  }

  private mutating func headCount(_ field: Field) {
    var text = field.text
    if let first = text.first, PlanText.isOpening(first), let last = text.last,
      PlanText.isClosing(last)
    {
      text = String(text.dropFirst().dropLast())
    }
    guard let count = PlanText.count(text, unit: "人"), count > 0 else {
      diagnostics.append(
        PlanParseErrors.badValue(
          "人数", field.text, expected: "一个正整数，如 9", expectedEn: "a positive whole number",
          fix: "写成“人数：9”（也可以写“9人”）。", field.valueLocation))
      return
    }
    modifyGroup {
      $0.headCount = PlanSyntax.Located(text: field.text, location: field.valueLocation)
      $0.headCountValue = count
    }
  }

  /// `姓名`, `姓名（所在单位或职务）`, separated by 、; nil after reporting a broken entry.
  private mutating func people(_ field: Field) -> [PlanSyntax.Person]? {
    let (entries, unclosed) = field.entries
    if let unclosed {
      let entry = entries.last { $0.offset <= unclosed }?.text ?? field.text
      diagnostics.append(PlanParseErrors.unclosedBracket(entry, field.line.location(unclosed)))
      return nil
    }
    var people: [PlanSyntax.Person] = []
    for entry in entries {
      let location = field.line.location(entry.offset)
      guard let open = entry.text.firstIndex(where: PlanText.isOpening) else {
        guard !entry.text.contains(where: PlanText.isClosing) else {
          diagnostics.append(PlanParseErrors.badPerson(entry.text, location))
          return nil
        }
        people.append(
          PlanSyntax.Person(name: PlanSyntax.Located(text: entry.text, location: location)))
        continue
      }
      let name = PlanText.trimmed(entry.text[..<open])
      let inside = entry.text[entry.text.index(after: open)...].dropLast()
      let affiliation = PlanText.trimmed(inside)
      guard !name.isEmpty, let last = entry.text.last, PlanText.isClosing(last),
        !affiliation.isEmpty, !inside.contains(where: { PlanText.isOpening($0) })
      else {
        diagnostics.append(PlanParseErrors.badPerson(entry.text, location))
        return nil
      }
      let nameLength = entry.text.distance(from: entry.text.startIndex, to: open) + 1
      people.append(
        PlanSyntax.Person(
          name: PlanSyntax.Located(text: name, location: location),
          affiliation: PlanSyntax.Located(
            text: affiliation, location: field.line.location(entry.offset + nameLength))))
    }
    return people
  }

  private func onePerson(_ keyword: String, _ location: SourceLocation) -> Diagnostic {
    PlanParseErrors.error(
      "P206", location, "“\(keyword)”只写一个人。", en: "'\(keyword)' names one person.",
      fix: "其余的人写进“组员：”。", "list the others under '组员：'.")
  }
}
