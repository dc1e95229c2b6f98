import DuchaChecklist

extension PlanParser {
  /// The entries of `必查：` (kinds, 中心学校本部, 全部 or unit names; resolved later).
  func targets(_ field: Field) -> [PlanSyntax.Located] {
    let (entries, _) = field.entries
    return entries.map {
      PlanSyntax.Located(text: $0.text, location: field.line.location($0.offset))
    }
  }

  /// `抽查：完小 1-2所`, `抽查：1-2所完小`, `抽查：2所`, `抽查：不抽`.
  mutating func draw(_ field: Field) -> PlanSyntax.Draw? {
    let characters = Array(field.value.map(PlanText.narrow))
    let text = field.text
    if ["不抽", "无", "0", "0所"].contains(PlanText.key(text)) {
      return PlanSyntax.Draw(kinds: [], minimum: 0, maximum: 0, location: field.valueLocation)
    }
    guard let first = characters.firstIndex(where: { $0.isASCII && $0.isNumber }) else {
      diagnostics.append(PlanParseErrors.drawShape(text, field.valueLocation))
      return nil
    }
    var index = first
    var tooLarge: String?
    // A count beyond `SamplingRule.Draw.maximumCount` (or beyond Int) is remembered and reported
    // once the shape is known, so `0-9223372036854775807所` never reaches the sampler.
    func number() -> Int? {
      let start = index
      while index < characters.count, characters[index].isASCII, characters[index].isNumber {
        index += 1
      }
      guard start < index else { return nil }
      let digits = String(characters[start..<index])
      guard let value = Int(digits), value <= SamplingRule.Draw.maximumCount else {
        tooLarge = tooLarge ?? digits
        return SamplingRule.Draw.maximumCount
      }
      return value
    }
    func skip(_ set: String) -> Bool {
      let start = index
      while index < characters.count, set.contains(characters[index]) { index += 1 }
      return index > start
    }
    let minimum = number() ?? 0
    _ = skip(" ")
    var maximum = minimum
    if skip("-—~～至到") {
      _ = skip(" ")
      guard let upper = number() else {
        diagnostics.append(PlanParseErrors.drawShape(text, field.valueLocation))
        return nil
      }
      maximum = upper
      _ = skip(" ")
    }
    _ = skip("所")
    if let tooLarge {
      diagnostics.append(PlanParseErrors.drawTooLarge(tooLarge, field.valueLocation))
      return nil
    }
    guard minimum <= maximum else {
      diagnostics.append(PlanParseErrors.drawReversed(minimum, maximum, field.valueLocation))
      return nil
    }
    // The kinds stand before or after the count.
    var kinds: [PlanUnitKind] = []
    var valid = true
    for (slice, base) in [(field.value.prefix(first), 0), (field.value.dropFirst(index), index)] {
      for entry in PlanText.entries(slice, offset: field.offset + base).entries {
        if let kind = PlanUnitKind(word: entry.text) {
          kinds.append(kind)
        } else {
          diagnostics.append(
            PlanParseErrors.unknownKind(entry.text, field.line.location(entry.offset)))
          valid = false
        }
      }
    }
    guard valid else { return nil }
    return PlanSyntax.Draw(
      kinds: kinds, minimum: minimum, maximum: maximum, location: field.valueLocation)
  }
}
