import DuchaChecklist

/// The name of an inspected unit as it is kept and compared.
///
/// An inspector in a corridor types `渔沟 小学` (the input method's space between two words, or
/// a full-width one); a colleague types `渔沟小学`. Kept as typed, the two records made two
/// schools in every summary, merge and problem list, each half-scored. Chinese names have no
/// spaces, so a space next to a Chinese character is dropped; spaces between Latin words
/// (`Hope School`) stay, one each.
public enum UnitName {
  /// `name` with the spaces next to a Chinese (or any non-ASCII) character removed, runs of
  /// other spaces made one, and none at either end.
  public static func normalized(_ name: String) -> String {
    // Most names have no space at all: returned as they are, without building a copy.
    guard name.contains(where: \.isWhitespace) else { return name }
    var result = ""
    var pendingSpace = false
    for character in name {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace, let last = result.last, last.isASCII, character.isASCII {
        result.append(" ")
      }
      pendingSpace = false
      result.append(character)
    }
    return result
  }
}

extension UnitName {
  /// What `--unit` with nothing in it says (`--unit "$学校"` with the variable unset, or
  /// `--unit ''`): the commands said 没有“”的检查记录 (two quotes around nothing), or asked
  /// for the unit without a word about the option. `known`: the units there are, when known.
  public static func emptyOption(known: [String] = [], then next: Localized? = nil) -> Localized {
    let zhKnown = known.isEmpty ? "" : "这里有：\(known.joined(separator: "、"))。"
    let enKnown = known.isEmpty ? "" : " Units here: \(known.joined(separator: ", "))."
    return Localized(
      "--unit 后面是空的（多半是变量没有设好）：请写上单位名称，如 --unit \(known.first ?? "渔沟小学")。"
        + zhKnown + (next?.zh ?? ""),
      en: "--unit is empty (an unset variable?): write the unit's name, such as --unit "
        + "\(known.first ?? "渔沟小学").\(enKnown)" + (next.map { " " + $0.en } ?? ""))
  }
}
