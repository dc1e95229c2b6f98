import DuchaChecklist
import DuchaSession

/// A school or township typed on the command line that no case in the ledger has (`渔沟小校`
/// for 渔沟小学, `渔勾镇`): said with the names the ledger has and the nearest of them, so an
/// empty list, a register not written or a case assigned to a misspelt school is noticed and
/// fixed, not taken for "no case there".
public enum CaseNameCheck {
  /// Why `school` (a child's school or a responsible school) finds no case of `records`, or
  /// nil when some case has it.
  public static func school(_ school: String, in records: [CaseRecord]) -> Localized? {
    let known = records.flatMap { [$0.child.school, $0.responsibleSchool] }
    let without = records.filter { $0.child.school.isEmpty && $0.responsibleSchool.isEmpty }
    return unknown(
      school, known: known, without: without.count, total: records.count, word: ("学校", "school"))
  }

  /// Why `township` finds no case of `records`, or nil when some case has it.
  public static func township(_ township: String, in records: [CaseRecord]) -> Localized? {
    unknown(
      township, known: records.map(\.child.township),
      without: records.filter { $0.child.township.isEmpty }.count, total: records.count,
      word: ("乡镇", "township"))
  }

  /// `without` of the `total` cases have no such name at all (a list without the column): the
  /// message says so, where it said 台账里还没有案例 of a ledger full of cases.
  private static func unknown(
    _ name: String, known: [String], without: Int, total: Int, word: (zh: String, en: String)
  ) -> Localized? {
    // As the ledger keeps it: `大庙 中学` typed is the 大庙中学 the change records.
    let name = UnitName.normalized(name)
    let names = Array(Set(known.filter { !$0.isEmpty })).sorted()
    guard !names.contains(name) else { return nil }
    let near = NameSuggestions.near(name, in: names, limit: 2)
    let guess = near.isEmpty ? "" : "是不是" + near.map { "“\($0)”" }.joined(separator: "或") + "？"
    let guessEN = near.isEmpty ? "" : " Did you mean " + near.joined(separator: " or ") + "?"
    let shown =
      names.prefix(10).joined(separator: "、") + (names.count > 10 ? " 等 \(names.count) 个" : "")
    let listed =
      total == 0
      ? "台账里还没有案例。"
      : names.isEmpty ? "" : "台账里的\(word.zh)有：\(shown)。"
    let blank =
      without == 0
      ? ""
      : (without == total ? "台账里的 \(total) 个案例都" : "另有 \(without) 个案例")
        + "没有\(word.zh)（导入时名单里没有写\(word.zh)，也没有用 --\(word.en) 指定）"
        + "，可以用 ducha cases assign 编号 --\(word.en) \(word.zh)名 --by 姓名 补上。"
    let listedEN =
      total == 0
      ? " The ledger has no case yet."
      : names.isEmpty ? "" : " Its \(word.en)s: " + names.prefix(10).joined(separator: ", ") + "."
    let blankEN =
      without == 0
      ? ""
      : " \(without) of its \(total) cases have no \(word.en) (imported from a list without one);"
        + " ducha cases assign ID… --\(word.en) NAME --by NAME adds it."
    return Localized(
      "台账里没有\(word.zh)是“\(name)”的案例。\(guess)\(listed)\(blank)",
      en: "no case in the ledger has the \(word.en) '\(name)'.\(guessEN)\(listedEN)\(blankEN)")
  }
}

extension CaseLedger {
  /// What `CaseNameCheck` says of a `--school` and a `--township` no case has.
  public func unknownNames(school: String?, township: String?) throws -> [Localized] {
    guard school != nil || township != nil else { return [] }
    let all = try store.list(CaseFilter())
    return [
      school.flatMap { CaseNameCheck.school($0, in: all) },
      township.flatMap { CaseNameCheck.township($0, in: all) },
    ].compactMap { $0 }
  }
}
