import DuchaChecklist
import DuchaSession
import Foundation

/// 整改通知书: what the bureau sends a school after the inspection — the school's open problems
/// from the 问题清单 as the leader edited them, each with its 整改要求, 责任人 and 期限, signed
/// off by the issuing body with a date. A draft while the list is unsigned.
public struct RectificationNotice: Sendable {
  /// The school.
  public var unit: String
  /// The issuing body, e.g. 灵璧县教育体育局.
  public var issuer: String
  /// The date printed under the issuer, `YYYY-MM-DD`.
  public var date: String
  /// Whether the problem list is still unsigned.
  public var isDraft: Bool
  /// The days the school was inspected.
  public var inspectionDates: [String]
  /// The inspection's name: the checklists' titles.
  public var inspections: [String]
  /// The problems to rectify: entries neither dropped nor merged, in list order.
  public var entries: [ProblemList.Entry]
  /// The students' names the list and the school's sessions know, masked in the entries by
  /// `maskingPersonalData()`.
  public var studentNames: StudentNames = .none
  /// The school's inspections that are not finished (items without a score): the notice holds
  /// only the problems of the items checked so far, and says so in a box above its title.
  public var unfinished: [UnfinishedInspection] = []
  /// Whether the school gets notices from more than one issuing body: each file is then named
  /// with its body too, so that one does not overwrite the other.
  public var sharesSchool = false
  /// What the unit is (the checklists' `对象：`): a 乡镇 is not told “你校”.
  public var unitKind: UnitKind = .school

  /// How the notice addresses the unit: 你校 for a school or 教学点, 你园 for a kindergarten,
  /// and for the others the word its name ends with (城关镇 → 你镇, 北关街道 → 你街道, 教育局 →
  /// 你局), else 你单位. 会理's 乡镇 notices read “对你校进行了…检查”.
  public var addressee: String {
    switch unitKind {
    case .school, .teachingPoint: return "你校"
    case .kindergarten: return "你园"
    default:
      let name = unit.trimmingCharacters(in: .whitespaces)
      for ending in ["街道", "办事处", "镇", "乡", "局", "县", "区", "市", "州"] where name.hasSuffix(ending) {
        return ending == "办事处" ? "你街道" : "你" + ending
      }
      return "你单位"
    }
  }

  /// The box's text when an inspection is unfinished; nil otherwise.
  public var unfinishedWarning: String? {
    guard !unfinished.isEmpty else { return nil }
    return "检查未完成："
      + unfinished.map(\.statement.zh).joined(separator: "；")
      + "。本通知书只列出已评分项目的问题，检查完成后请重新生成，本稿不得发出"
  }

  /// The latest 期限 among the entries, when every entry has one.
  public var replyBy: String? {
    let deadlines = entries.compactMap(\.deadline)
    guard deadlines.count == entries.count else { return nil }
    return deadlines.max()
  }

  /// One notice per school with open problems (or only `unit`'s), in the list's order of
  /// schools, and per issuing body: a school with problems under two checklists of different
  /// bodies (会理县人民政府办公室's 考核 and 灵璧县教育体育局's 学籍 form) gets one notice from
  /// each, with that body's problems, inspections and dates, where it got one notice of both
  /// signed by the first checklist's body. `issuer` (given by the leader) puts everything under
  /// one body again; it defaults to each checklist's 机关. `date` defaults to the day the list
  /// was signed. Each notice carries the `unfinished` inspections of its school under its
  /// checklists: a school whose inspection stopped half-way got a notice of the items checked
  /// so far, with nothing saying the rest were never looked at.
  public static func build(
    list: ProblemList, sessions: [Session], checklists: [Checklist], unit: String? = nil,
    issuer: String? = nil, date: String? = nil, unfinished: [UnfinishedInspection] = []
  ) -> [RectificationNotice] {
    var units: [String] = []
    for entry in list.activeEntries where !units.contains(entry.unit) { units.append(entry.unit) }
    if let unit { units = units.filter { $0 == unit } }
    let signed = list.signature.map { String($0.time.prefix(10)) }
    let names = list.knownNames.union(StudentNames(sessions: sessions))
    // One checklist per id: the caller passes the sessions' checklists and the library's,
    // which hold the same form again; the first (as inspected) speaks for it.
    var forms: [String: Checklist] = [:]
    for checklist in checklists where forms[checklist.id] == nil { forms[checklist.id] = checklist }
    let fallback = "县教育局督导检查组"
    func body(_ id: String) -> String { issuer ?? forms[id]?.issuer ?? fallback }
    return units.flatMap { name -> [RectificationNotice] in
      let all = list.activeEntries.filter { $0.unit == name }
      var bodies: [String] = []
      for entry in all where !bodies.contains(body(entry.checklistID)) {
        bodies.append(body(entry.checklistID))
      }
      return bodies.map { from in
        let entries = all.filter { body($0.checklistID) == from }
        var ids: [String] = []
        for entry in entries where !ids.contains(entry.checklistID) {
          ids.append(entry.checklistID)
        }
        let used = ids.compactMap { forms[$0] }
        // The visits the entries were found on: last year's record of the school left in the
        // folder is not this notice's inspection (a list without sources goes by the school).
        let sources = Set(entries.flatMap(\.sourceSessionIDs))
        let visits = Set(
          sessions.filter {
            $0.unit.name == name && ids.contains($0.checklistID)
              && (sources.isEmpty || sources.contains($0.id))
          }.map(\.date))
        return RectificationNotice(
          unit: name, issuer: from,
          date: date ?? signed ?? "　　　　年　　月　　日",
          isDraft: list.signature == nil, inspectionDates: visits.sorted(),
          inspections: used.map(\.title), entries: entries, studentNames: names,
          unfinished: unfinished.filter { $0.unit == name && ids.contains($0.checklistID) },
          sharesSchool: bodies.count > 1, unitKind: used.first?.unitKind ?? .school)
      }
    }
  }

  /// One line per school that gets notices from several bodies, so the leader knows why there
  /// are two: `渔沟小学的问题分属不同发文单位的清单，出 2 份通知书：会理县人民政府办公室、灵璧县教育体育局`.
  public static func splitNotes(_ notices: [RectificationNotice]) -> [Localized] {
    var units: [String] = []
    for notice in notices where notice.sharesSchool && !units.contains(notice.unit) {
      units.append(notice.unit)
    }
    return units.map { unit in
      let bodies = notices.filter { $0.unit == unit }.map(\.issuer)
      return Localized(
        "注意：\(unit)的问题分属不同发文单位的清单，按发文单位各出一份通知书（\(bodies.count) 份：\(bodies.joined(separator: "、"))）；要合成一份，加 --issuer 发文单位。",
        en:
          "note: the problems of \(unit) come from checklists of different issuing bodies; one notice from each (\(bodies.count): \(bodies.joined(separator: ", "))). Add --issuer BODY for a single notice."
      )
    }
  }

  /// The notice as a shared output shows it (`PrivacyMask`): ID numbers and the known
  /// students' names masked in its problems, before any layout.
  public func maskingPersonalData() -> RectificationNotice {
    var copy = self
    let mask = PrivacyMask(names: studentNames)
    copy.entries = entries.map { $0.maskingPersonalData(mask) }
    return copy
  }

  /// The file this notice goes to when each school gets its own: `整改通知书-渔沟小学.docx`, the
  /// unit's name cleaned of path separators and characters Windows forbids (`FileNamePart`);
  /// `整改通知书-渔沟小学-灵璧县教育体育局.docx` when the school has notices from two bodies.
  public func fileName(extension: String) -> String {
    let from = sharesSchool ? "-" + FileNamePart.clean(issuer) : ""
    return "整改通知书-\(FileNamePart.clean(unit))\(from).\(`extension`)"
  }

  /// The title line.
  public var title: String { isDraft ? "整改通知书（草稿）" : "整改通知书" }

  /// The opening paragraph: when, what, and what is asked.
  public var opening: String {
    let when =
      inspectionDates.isEmpty
      ? "近日" : "于" + inspectionDates.map(Self.chineseDate).joined(separator: "、")
    let what =
      inspections.isEmpty ? "督导检查" : inspections.map { "“\($0)”" }.joined(separator: "、") + "检查"
    return
      "根据工作安排，检查组\(when)对\(addressee)进行了\(what)。经检查，发现\(addressee)存在以下问题，现通知如下，请认真对照整改。"
  }

  /// The closing paragraph: when to report back.
  public var closing: String {
    let by = replyBy.map { "于\(Self.chineseDate($0))前" } ?? "在规定期限内"
    return
      "请\(addressee)高度重视，逐条落实整改，明确责任人，\(by)将整改情况（附佐证材料）书面报送\(issuer)。检查组将适时回头看，复查整改情况。"
  }

  /// `2021-11-30` → `2021年11月30日`; other text unchanged.
  static func chineseDate(_ text: String) -> String {
    let parts = text.prefix(10).split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    else { return text }
    return "\(year)年\(month)月\(day)日"
  }

  /// The rows of the problem table: 序号, 存在问题, 整改要求, 责任人, 整改期限.
  func rows(_ text: Masking) -> [[String]] {
    entries.enumerated().map { index, entry in
      let finding =
        "（\(ExportText.item(entry))）" + entry.finding
        + (entry.evidence.isEmpty ? "" : "\n证据：" + entry.evidence.joined(separator: "、"))
      return [
        "\(index + 1)", text(finding), text(entry.requirement), text(entry.responsible ?? ""),
        text(entry.deadline.map(Self.chineseDate) ?? "待定"),
      ]
    }
  }

  static let header = ["序号", "存在问题", "整改要求", "责任人", "整改期限"]
}
