import DuchaChecklist
import Foundation

/// Two copies of one session that neither holds the other (`SaveHistory.Relation.apart`):
/// continued apart on two laptops, or one edited by hand. What is said of them: each one's
/// save, since when they went apart, and what differs, each side's answer.
public struct CopiesApart: Equatable, Sendable {
  /// One place where the copies differ, as a leader re-entering it would look for it.
  public struct Difference: Equatable, Sendable {
    /// The input, item or record (`人员配备扣分`, `点名 三年级2班`, `问题`).
    public var what: String
    /// The reported copy's value (`没有回答` when it has none).
    public var here: String
    /// The used copy's value.
    public var there: String

    /// Creates a difference.
    public init(what: String, here: String, there: String) {
      self.what = what
      self.here = here
      self.there = there
    }
  }

  /// The reported copy's save.
  public var sequence: Int
  /// The save of the copy at `path` (the reported one, or the used one at `used`).
  public func sequence(of path: String, used: String) -> Int {
    path == used ? usedSequence : sequence
  }

  /// `也保存到第 6 次` when both are at one save, else `保存到第 6 次（这份到第 8 次），哪份都不包含另一份的回答`:
  /// how the copy at `other` stands to the one at `chosen`, one of them `used`.
  public func otherSaveWords(other: String, chosen: String, used: String) -> Localized {
    let theirs = sequence(of: other, used: used)
    let mine = sequence(of: chosen, used: used)
    if theirs == mine {
      return Localized("也保存到第 \(theirs) 次，回答不同", en: "also at save \(theirs), with other answers")
    }
    return Localized(
      "保存到第 \(theirs) 次（这份到第 \(mine) 次），两份分头做过，哪份都不包含另一份的回答",
      en:
        "at save \(theirs) (this one at \(mine)), continued apart: neither holds the other's answers"
    )
  }
  /// The used copy's save.
  public var usedSequence: Int
  /// The last save both record the same, when known.
  public var since: Int?
  /// The reported copy was changed by hand after its last save (its content is not what
  /// that save recorded).
  public var editedHere: Bool
  /// The used copy was changed by hand after its last save.
  public var editedThere: Bool
  /// What differs.
  public var differences: [Difference]

  /// Creates the account of two copies.
  public init(
    sequence: Int, usedSequence: Int, since: Int?, editedHere: Bool, editedThere: Bool,
    differences: [Difference]
  ) {
    self.sequence = sequence
    self.usedSequence = usedSequence
    self.since = since
    self.editedHere = editedHere
    self.editedThere = editedThere
    self.differences = differences
  }

  /// The most differences said; the rest are counted.
  static let shownLimit = 12

  /// How `other` stands to `kept`, the copy of the same session a listing keeps (the higher
  /// save): nil when `kept` holds it (or cannot be told to, for files without a history), or
  /// when at the same save they hold the same; else what is said of the two.
  public static func between(_ other: Session, kept: Session) -> CopiesApart? {
    let sameSave = (other.saveSequence ?? 0) == (kept.saveSequence ?? 0)
    if sameSave, other == kept { return nil }
    let relation = SaveHistory.relation(of: kept, to: other)
    var since: Int?
    switch relation {
    case .holds where !sameSave, .unknown where !sameSave: return nil
    case .apart(let common): since = common
    case .holds, .unknown: break  // The same save with other answers (the undo log, or no history).
    }
    return CopiesApart(
      sequence: other.saveSequence ?? 0, usedSequence: kept.saveSequence ?? 0, since: since,
      editedHere: editedByHand(other), editedThere: editedByHand(kept),
      differences: differences(other, kept))
  }

  /// Whether the content is not what the file's last save recorded.
  static func editedByHand(_ session: Session) -> Bool {
    guard session.maskedCopy != true,
      let recorded = SaveHistory.recorded(session)[session.saveSequence ?? 0]?.first,
      let held = SaveHistory.fingerprint(of: session)
    else { return false }
    return recorded != held
  }

  /// Each place where `here` and `there` differ, answers first. Students' names are not
  /// shown (a roll call is said by its counts) and ID numbers in text are masked.
  public static func differences(_ here: Session, _ there: Session) -> [Difference] {
    var found: [Difference] = []
    let none = "没有回答"
    func shown(_ answer: Answer?) -> String {
      guard let answer else { return none }
      let value = PrivacyMask.numbers(answer.value.display)
      return answer.reason.map { "\(value)（\(PrivacyMask.numbers($0))）" } ?? value
    }
    let names = Set(here.answers.values.keys).union(there.answers.values.keys).sorted()
    for name in names where here.answers.values[name] != there.answers.values[name] {
      found.append(
        Difference(
          what: name, here: shown(here.answers.values[name]),
          there: shown(there.answers.values[name])))
    }
    let items = Set(here.answers.statuses.keys).union(there.answers.statuses.keys).sorted()
    for item in items where here.answers.statuses[item] != there.answers.statuses[item] {
      found.append(
        Difference(
          what: "核验 \(item)", here: here.answers.statuses[item]?.rawValue ?? none,
          there: there.answers.statuses[item]?.rawValue ?? none))
    }
    let figures = Set(here.answers.figures.keys).union(there.answers.figures.keys).sorted()
    for figure in figures where here.answers.figures[figure] != there.answers.figures[figure] {
      let value = { (number: Decimal?) in number.map { ScoreFormat.string($0) } ?? none }
      found.append(
        Difference(
          what: figure, here: value(here.answers.figures[figure]),
          there: value(there.answers.figures[figure])))
    }
    found += rollCallDifferences(here.rollCall, there.rollCall)
    let counts = Set(here.registry.counts.keys).union(there.registry.counts.keys).sorted()
    for name in counts where here.registry.counts[name] != there.registry.counts[name] {
      found.append(
        Difference(
          what: "学籍.\(name)", here: here.registry.counts[name].map(String.init) ?? none,
          there: there.registry.counts[name].map(String.init) ?? none))
    }
    if here.problems != there.problems {
      let listed = { (problems: [Problem]) in
        problems.isEmpty
          ? "无" : problems.map { PrivacyMask.numbers($0.description) }.joined(separator: "；")
      }
      found.append(
        Difference(what: "问题", here: listed(here.problems), there: listed(there.problems)))
    }
    if here.notes != there.notes {
      let count = { (notes: [String: [ItemNote]]) in "\(notes.values.reduce(0) { $0 + $1.count }) 条"
      }
      found.append(Difference(what: "备注和证据", here: count(here.notes), there: count(there.notes)))
    }
    if here.corrections != there.corrections {
      found.append(
        Difference(
          what: "更正", here: "\(here.corrections.count) 条", there: "\(there.corrections.count) 条"))
    }
    if here.status != there.status {
      found.append(
        Difference(what: "状态", here: here.status.rawValue, there: there.status.rawValue))
    }
    return found
  }

  /// The classes whose roll call differs, by their counts.
  private static func rollCallDifferences(_ here: [ClassRollCall], _ there: [ClassRollCall])
    -> [Difference]
  {
    func key(_ row: ClassRollCall) -> String { row.grade + row.className }
    func counts(_ row: ClassRollCall?) -> String {
      guard let row else { return "没有点名" }
      return "学籍 \(row.registered)，实到 \(row.present)，请假 \(row.onLeave)，"
        + "籍在人不在 \(row.absentCount)，人在籍不在 \(row.unregisteredCount)"
    }
    var order: [String] = []
    for row in here + there where !order.contains(key(row)) { order.append(key(row)) }
    return order.compactMap { name in
      let mine = here.first { key($0) == name }
      let theirs = there.first { key($0) == name }
      guard mine != theirs else { return nil }
      return Difference(what: "点名 \(name)", here: counts(mine), there: counts(theirs))
    }
  }

  /// The lines that say the differences, each on a line of its own, indented.
  func differenceLines(english: Bool) -> String {
    guard !differences.isEmpty else {
      return english
        ? "\n  (the answers are the same; other records differ)"
        : "\n  （回答都一样，别的记录不同）"
    }
    var lines = differences.prefix(Self.shownLimit).map {
      english
        ? "\n  \($0.what): this copy \($0.here), that copy \($0.there)"
        : "\n  \($0.what)：这份 \($0.here)，那份 \($0.there)"
    }
    if differences.count > Self.shownLimit {
      let more = differences.count - Self.shownLimit
      lines.append(english ? "\n  … and \(more) more" : "\n  ……还有 \(more) 处不同")
    }
    return lines.joined()
  }

  /// How the two saves stand, in words: `都保存到第 6 次` or `这份保存到第 6 次，那份到第 8 次`.
  var savesWords: Localized {
    sequence == usedSequence
      ? Localized("都保存到第 \(sequence) 次", en: "both at save \(sequence)")
      : Localized(
        "这份保存到第 \(sequence) 次，那份到第 \(usedSequence) 次",
        en: "this one at save \(sequence), that one at save \(usedSequence)")
  }

  /// Why they went apart, as far as the files tell.
  var causeWords: Localized {
    if editedHere {
      return Localized(
        "这份在第 \(sequence) 次保存以后被手工改过，保存次数没有变",
        en: "this copy was changed by hand after save \(sequence), its save number not raised")
    }
    if editedThere {
      return Localized(
        "那份在第 \(usedSequence) 次保存以后被手工改过，保存次数没有变",
        en: "that copy was changed by hand after save \(usedSequence), its save number not raised")
    }
    if let since, since < min(sequence, usedSequence) {
      return Localized(
        "多半是第 \(since) 次保存以后把记录拷到两台电脑上分头接着做了",
        en: "most likely copied to two laptops after save \(since) and continued on both")
    }
    return Localized(
      "多半是把记录拷到两台电脑上分头接着做了，或有一份被手工改过",
      en: "most likely resumed on two laptops, or one edited by hand")
  }

  /// The whole account of the two copies, `path` (reported) and `used` (kept by the listing),
  /// ending where what to do is said.
  public func described(path: String, used: String, id: String, english: Bool) -> String {
    let usedName = (used as NSString).lastPathComponent
    if english {
      let notNewer =
        sequence == usedSequence
        ? "" : "Save \(usedSequence) does not hold this copy's answers, so it is not newer. "
      return
        "\(path): another copy of session \(id) as \(usedName), \(savesWords.en), with other answers"
        + " (\(causeWords.en)):\(differenceLines(english: true))\n\(notNewer)Neither can be chosen."
    }
    let notNewer = sequence == usedSequence ? "" : "第 \(usedSequence) 次不包含这份的回答，并不较新，"
    return "\(path)：与 \(usedName) 是同一次检查（编号 \(id)）的两份副本，\(savesWords.zh)，"
      + "回答却不同（\(causeWords.zh)）：\(differenceLines(english: false))\n"
      + "\(notNewer)不知道该用哪一份。"
  }
}
