import DuchaSession
import Foundation

extension InspectionREPL {
  /// Says so when the folder already holds an unfinished inspection of the same unit with the
  /// same checklist by one of the same inspectors: the inspector came back the next day and
  /// pressed ↑ for yesterday's `ducha inspect …` instead of `ducha resume`. The new record
  /// started empty beside the old one, without a word, and yesterday's answers waited in a file
  /// nobody resumed while the leader got two records of one person to merge.
  func sayEarlierUnfinished() {
    let unit = UnitName.normalized(session.unit.name)
    let earlier = environment.store.list().sessions.map(\.session).filter {
      $0.id != session.id && $0.status == .inProgress && $0.checklistID == session.checklistID
        && UnitName.normalized($0.unit.name) == unit
        && ($0.inspectors.isEmpty && session.inspectors.isEmpty
          || !Set($0.inspectors).isDisjoint(with: session.inspectors))
    }.sorted { $0.updatedAt > $1.updatedAt }
    guard let latest = earlier.first else { return }
    let who = latest.inspectors.joined(separator: "、")
    let answered = latest.answers.values.count
    console.say(
      t(
        "注意：这里还有一份未完成的\(unit)检查（\(latest.date)，\(who)，已答 \(answered) 个问题，编号 \(latest.id)）。如果是接着那一次检查，请输入“退出”，再运行 ducha resume \(latest.id)；刚建立的这一份还没有回答。",
        "note: an unfinished inspection of \(unit) is here already (\(latest.date), \(who), \(answered) answers, id \(latest.id)). To go on with it, type 'quit' and run ducha resume \(latest.id); the one just created has no answers yet."
      ))
  }
}
