import DuchaChecklist
import Foundation

/// What a verification list (核验表) found across the units of a summary: each unit's count of
/// every word its lines were given (达标/不达标, 一致/不一致, A/B/C, 齐全/缺失/不全), and the
/// lines that fell short with the units concerned.
///
/// A verification list has no points, so the scoring summary's ranks, averages and "lost
/// points" say nothing true of it: it said 总分 不适用 and 各单位均未失分 of a school judged
/// 不达标.
struct VerificationTally {
  /// A line that some units fell short on: the word they were given, and who.
  struct Shortfall {
    /// The line (item or part).
    var item: Item
    /// The item above a part, whose requirement the part shares.
    var parent: Item?
    /// Each word short of the first (不达标; B, C; 缺失, 不全), with the units given it.
    var units: [(word: String, units: [String])]
  }

  /// Every word given, in the form's order: each `判定`'s words as written, then 齐全, 缺失, 不全.
  let words: [String]
  /// Per unit (in the summary's order), how many lines were given each word.
  let counts: [[String: Int]]
  /// Per unit, the applicable lines still without a word.
  let undecided: [Int]
  /// The lines someone fell short on, in form order.
  let shortfalls: [Shortfall]

  init(_ summary: GroupSummary) {
    let checklist = summary.checklist
    let leaves = checklist.leafItems
    let statusWords = VerificationStatus.allCases.map(\.rawValue)
    let formWords = checklist.verdictWords
    // The first word of each `判定` is the line met; every other word is a shortfall.
    let metWord = Dictionary(
      leaves.compactMap { item in item.metVerdict.map { (item.id, $0) } },
      uniquingKeysWith: { first, _ in first })
    var counts: [[String: Int]] = []
    var undecided: [Int] = []
    var given: [String: [(word: String, units: [String])]] = [:]
    var usedWords = Set<String>()
    for unit in summary.units {
      var tally: [String: Int] = [:]
      var open = 0
      for line in unit.result.leafItems where line.state != .notApplicable {
        guard let word = line.status?.rawValue ?? line.verdict else {
          open += 1
          continue
        }
        tally[word, default: 0] += 1
        usedWords.insert(word)
        let met = metWord[line.id] ?? VerificationStatus.complete.rawValue
        guard word != met else { continue }
        var entries = given[line.id] ?? []
        if let at = entries.firstIndex(where: { $0.word == word }) {
          entries[at].units.append(unit.unit.name)
        } else {
          entries.append((word, [unit.unit.name]))
        }
        given[line.id] = entries
      }
      counts.append(tally)
      undecided.append(open)
    }
    let words = (formWords + statusWords).filter {
      formWords.contains($0) || usedWords.contains($0)
    }
    self.words = words
    self.counts = counts
    self.undecided = undecided
    shortfalls = leaves.compactMap { item in
      guard let entries = given[item.id] else { return nil }
      return Shortfall(
        item: item, parent: item.parentID.flatMap { checklist.item($0) },
        units: entries.sorted {
          (words.firstIndex(of: $0.word) ?? 0) < (words.firstIndex(of: $1.word) ?? 0)
        })
    }
  }

  /// `1.2 初中（每百名学生拥有高于规定学历教师数）`: a part named with the item above it.
  static func name(_ shortfall: Shortfall) -> String {
    "\(shortfall.item.id) " + title(shortfall.item, parent: shortfall.parent)
  }

  /// `初中（每百名学生拥有高于规定学历教师数）`: a line's title, a part's with the item above it.
  static func title(_ item: Item, parent: Item?) -> String {
    // Titles copied from forms often end with their own full stop.
    let own = item.title.trimmingCharacters(in: CharacterSet(charactersIn: "。."))
    guard let parent else { return own }
    return own + "（\(parent.title)）"
  }
}
