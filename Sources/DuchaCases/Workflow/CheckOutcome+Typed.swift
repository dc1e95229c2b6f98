import DuchaChecklist
import Foundation

extension CheckOutcome {
  /// The results a check can have, as `--result` takes them, for messages.
  public static let typedNames = "已在外地就读、已入学、延缓入学/休学、迁出、死亡、已完成义务教育（初中毕业）、确认辍学"

  /// The 核查结果 as a clerk types it, read as `CaseStatus(typed:)` reads a status — the Chinese
  /// name or its short form (`外地就读`, `休学`, `迁出`, `死亡`, `辍学`) or the English one
  /// (`studying-elsewhere`) — with the details given beside it. Nil for a word that is no result
  /// of a check: `劝返中` or `已复学销号` come from other actions.
  public init?(
    typed result: String, place: String?, proof: String?, certificate: String?, school: String?,
    className: String?
  ) {
    guard let status = CaseStatus(typed: result) else { return nil }
    let word = result.trimmingCharacters(in: .whitespaces)
    switch status {
    case .studyingElsewhere: self = .studyingElsewhere(place: place ?? "", proof: proof ?? "")
    case .enrolled: self = .enrolled(school: school ?? "", className: className)
    case .deferred: self = .deferred(certificate: certificate ?? "")
    case .movedOrDeceased:
      // 迁出 and 死亡 typed alone say which; the joint name leaves it to the proof.
      self = .movedOrDeceased(kind: ["迁出", "死亡"].contains(word) ? word : "", proof: proof ?? "")
    case .completed: self = .completed(proof: proof ?? "")
    case .dropout: self = .dropout
    case .suspected, .persuading, .noticeIssued, .overdue, .reported, .returned: return nil
    }
  }
  /// Why `typed` is no `--result`, and what to write: a status other actions record
  /// (`已复学` is `ducha cases close`, `劝返中` a `--visit`), or the result whose words it
  /// shares (`在外地上学` → 已在外地就读); else the list of results.
  public static func refusal(typed: String) -> Localized {
    let word = typed.trimmingCharacters(in: .whitespaces)
    let list = "--result 只能是：\(typedNames)（写的是“\(word)”）。"
    let listEn = "--result takes one of: \(typedNames) (given: '\(word)')."
    if let status = CaseStatus(typed: word) {
      let (zh, en): (String, String)
      switch status {
      case .returned:
        (zh, en) = (
          "孩子已回校复学的，用 ducha cases close <编号> --by 姓名 复学销号",
          "a child back in school is closed with ducha cases close"
        )
      case .persuading: (zh, en) = ("劝返走访用 --visit 记", "a persuasion visit is --visit")
      case .noticeIssued: (zh, en) = ("发限期复学通知用 --notice 记", "a notice to return is --notice")
      case .overdue: (zh, en) = ("通知逾期用 --overdue 记", "overdue is --overdue")
      case .reported: (zh, en) = ("报乡镇用 --report 记", "a report to the township is --report")
      default: return Localized(list, en: listEn)
      }
      return Localized(
        "“\(word)”不是核查结果：\(zh)。\(list)", en: "'\(word)' is no check result: \(en). \(listEn)")
    }
    // The result whose distinctive words the typed text holds (`在外地上学`, `已经迁出`).
    let keys: [(String, String)] = [
      ("外地", "已在外地就读"), ("外省", "已在外地就读"), ("入学", "已入学"), ("休学", "延缓入学/休学"),
      ("缓学", "延缓入学/休学"), ("迁", "迁出"), ("死", "死亡"), ("辍学", "确认辍学"),
      ("毕业", "已完成义务教育"), ("义务教育", "已完成义务教育"),
    ]
    if let meant = keys.first(where: { word.contains($0.0) })?.1 {
      return Localized(
        "“\(word)”不是核查结果，是不是“\(meant)”？\(list)", en: "'\(word)': did you mean \(meant)? \(listEn)")
    }
    return Localized(list, en: listEn)
  }
}
