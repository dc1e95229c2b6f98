import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// Sessions for leader-side tests, built against the real 灵璧 checklist.
enum ReportFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static func lingbi() throws -> Checklist {
    try #require(
      ChecklistLoader.load(path: root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path)
        .0)
  }

  /// Answers that give every 灵璧 item full marks: nothing deducted, everything in place.
  static func perfectAnswers(_ checklist: Checklist) -> [String: Answer] {
    var values: [String: Answer] = [:]
    for name in checklist.inputOrder {
      guard let input = checklist.inputs[name], let item = checklist.item(input.itemID) else {
        continue
      }
      let value: AnswerValue
      switch input.type {
      case .discretionary(_, let max):
        let awards = item.rules.contains {
          if case .discretionaryScore = $0.kind { return true } else { return false }
        }
        value = .number(awards ? max : 0)
      case .yesNo: value = .bool(true)
      case .multiple(_, let entries): value = .multiple(entries)
      case .choice(let options): value = .choice(options[0].label)
      case .count, .number, .percent:
        value = .number(
          name.contains("扣") || name.contains("不一致") || name.contains("重复") || name.contains("无")
            || name.contains("未处理") ? 0 : 100)
      default: continue
      }
      values[name] = Answer(value)
    }
    return values
  }

  static func session(
    _ checklist: Checklist, unit: String, id: String, inspectors: [String],
    stages: [Stage] = [.primary],
    created: String = "2021-10-27T09:00:00+08:00", values: [String: Answer]
  ) -> Session {
    var session = Session(
      id: id, checklist: checklist,
      unit: Session.Unit(name: unit, kind: checklist.unitKind, stages: stages), group: "三组",
      inspectors: inspectors, date: "2021-10-27", year: 2021, now: created)
    session.answers.values = values
    session.status = .complete
    return session
  }
}
