import DuchaChecklist

/// Reads a plan file line by line into a `PlanSyntax`.
///
/// Every statement lives on one line, so a broken line is reported and skipped and the next
/// line is parsed as if nothing happened: one run shows every error in the file.
struct PlanParser {
  /// Which text a `|` continuation line extends.
  enum TextTarget {
    case title
    case headerNote
    case groupNote
  }

  let source: SourceText
  var tree: PlanSyntax
  var diagnostics: [Diagnostic] = []
  var textTarget: TextTarget?
  /// A `计划` line was written, even if its id was refused.
  var sawPlanStatement = false
  /// The group the fields below belong to: a top-level index and, for a 小组, its index.
  var current: (top: Int, sub: Int?)?

  /// Parses `source`; the tree always comes with every diagnostic found.
  static func parse(_ source: SourceText) -> (PlanSyntax, [Diagnostic]) {
    var parser = PlanParser(source: source, tree: PlanSyntax(file: source.file))
    for (offset, raw) in source.lines.enumerated() {
      parser.parseLine(raw, number: offset + 1)
    }
    if parser.tree.id == nil, !parser.sawPlanStatement {
      parser.diagnostics.append(PlanParseErrors.noPlan(source.location(line: 1, column: 1)))
    }
    return (parser.tree, parser.diagnostics)
  }

  // MARK: - Line dispatch

  mutating func parseLine(_ raw: Substring, number: Int) {
    let trimmed = raw.drop { $0.isWhitespace }
    guard let first = trimmed.first, first != "#", first != "＃" else { return }
    let line = PlanLine(
      text: trimmed, number: number, column: raw.count - trimmed.count + 1, file: source.file)
    if first == "|" || first == "｜" {
      continueText(line)
      return
    }
    let (word, rest, restOffset, hasColon) = line.splitKeyword()
    let keyword = PlanKeywords.aliases[word] ?? word
    let start = line.location()
    if PlanKeywords.statements.contains(keyword) {
      textTarget = nil
      let value = PlanText.droppingComment(rest)
      switch keyword {
      case "计划": identity(value, line: line, offset: restOffset)
      case "单位": unit(value, line: line, offset: restOffset)
      default: groupStatement(keyword, value, line: line, offset: restOffset)
      }
      return
    }
    guard PlanKeywords.header.contains(keyword) || PlanKeywords.group.contains(keyword) else {
      diagnostics.append(PlanParseErrors.unknownKeyword(word, start))
      return
    }
    guard hasColon else {
      diagnostics.append(PlanParseErrors.missingColon(keyword, start))
      return
    }
    textTarget = nil
    var value = PlanKeywords.prose.contains(keyword) ? rest : PlanText.droppingComment(rest)
    while let last = value.last, last.isWhitespace { value = value.dropLast() }
    guard !value.isEmpty else {
      diagnostics.append(PlanParseErrors.emptyField(keyword, start))
      return
    }
    let field = Field(keyword: keyword, value: value, offset: restOffset, line: line)
    if current == nil {
      guard PlanKeywords.header.contains(keyword) else {
        diagnostics.append(PlanParseErrors.groupFieldOutsideGroup(keyword, start))
        return
      }
      headerField(field)
    } else {
      guard PlanKeywords.group.contains(keyword) else {
        diagnostics.append(PlanParseErrors.headerFieldInGroup(keyword, start))
        return
      }
      groupField(field)
    }
  }

  /// A `关键词：值` line cut up: the value and the offset of its first character in the line.
  struct Field {
    var keyword: String
    var value: Substring
    var offset: Int
    var line: PlanLine

    var start: SourceLocation { line.location() }
    var valueLocation: SourceLocation { line.location(offset) }
    var text: String { String(value) }

    /// The value's list entries, with their offsets in the line.
    var entries: (entries: [PlanText.Entry], unclosed: Int?) {
      PlanText.entries(value, offset: offset)
    }
  }

  private mutating func continueText(_ line: PlanLine) {
    let text = PlanText.trimmed(line.text.dropFirst())
    switch textTarget {
    case .title:
      tree.title = (tree.title ?? "") + text
    case .headerNote where !tree.notes.isEmpty:
      tree.notes[tree.notes.count - 1] += "\n" + text
    case .groupNote:
      modifyGroup { group in
        if !group.notes.isEmpty { group.notes[group.notes.count - 1] += "\n" + text }
      }
    default:
      diagnostics.append(PlanParseErrors.danglingContinuation(line.location()))
    }
  }

  // MARK: - 计划

  private mutating func identity(_ value: Substring, line: PlanLine, offset: Int) {
    let id = String(value)
    guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
      // `计划 mx 2026`: the words joined with “-” are the id it meant.
      let joined = id.split(whereSeparator: \.isWhitespace).joined(separator: "-")
      diagnostics.append(
        PlanParseErrors.badID(joined: joined.isEmpty ? nil : joined, line.location()))
      // The statement is there, only malformed: not also “没有‘计划’语句”.
      sawPlanStatement = true
      return
    }
    guard tree.id == nil else {
      diagnostics.append(PlanParseErrors.planTwice(line.location()))
      return
    }
    tree.id = PlanSyntax.Located(text: id, location: line.location(offset))
  }

  /// Records that a field was written; reports it when it already was.
  mutating func once(_ keyword: String, in seen: inout Set<String>, what: String, _ field: Field)
    -> Bool
  {
    guard seen.insert(keyword).inserted else {
      diagnostics.append(PlanParseErrors.twice(what, field.start))
      return false
    }
    return true
  }
}
