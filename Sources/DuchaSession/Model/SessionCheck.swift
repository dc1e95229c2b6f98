import DuchaChecklist
import Foundation

/// What a session file says that its checklist cannot accept: an answer out of range, an option
/// not in the list, a negative or absurd count. Each finding names the field and the value;
/// the answer is left out of scoring, so its item is 待定 with the finding as the reason, and
/// the file itself is never changed.
public struct SessionFinding: Sendable, Equatable {
  /// Dotted path of the field: `answers.values.宣传`, `rollCall[1].present`.
  public var field: String
  /// The value as written in the file.
  public var value: String
  /// What is wrong, with the accepted range or options.
  public var problem: Localized
  /// The checklist item the answer belongs to, when it is one input's answer.
  public var itemID: String?
  /// Where the field is in the file, when the finding was located there (`located(in:)`).
  public var place: SessionStore.Place?

  /// Creates a finding. The value goes through the one masker like every output: a 19-digit
  /// count reads `922337************7`, still plainly absurd, and an ID number typed into the
  /// wrong field is not shown.
  public init(field: String, value: String, problem: Localized, itemID: String? = nil) {
    self.field = field
    self.value = IDNumber.maskAll(in: value)
    self.problem = problem
    self.itemID = itemID
  }

  /// Whether the finding leaves items 待定: an answer's, or a roll-call or registry count's that
  /// figures are built from. A session's own date is scored by no item.
  public var leavesItemsPending: Bool {
    itemID != nil || field.hasPrefix("rollCall") || field.hasPrefix("registry")
  }

  /// The findings with the place of each field in the file at `path`, read once; as they are
  /// when the file cannot be read again.
  public static func located(_ findings: [SessionFinding], inFileAt path: String)
    -> [SessionFinding]
  {
    guard !findings.isEmpty, let data = FileManager.default.contents(atPath: path) else {
      return findings
    }
    return findings.map { finding in
      var located = finding
      located.place = SessionDecodingProblem.place(ofField: finding.field, in: data)
      return located
    }
  }

  /// `field = value：problem`, the reason shown on the item and in load reports.
  public var message: Localized {
    Localized(
      "记录文件中 \(field) = \(value)：\(problem.zh)",
      en: "the session file has \(field) = \(value): \(problem.en)")
  }
}

/// The sane ranges of the counts a session holds (a person or a file can type anything).
public enum SaneRange {
  /// Students in one class, and every count of a roll-call row.
  public static let classCount: ClosedRange<Int> = 0...10_000
  /// A registry figure (system student count of a whole school or county).
  public static let registryCount: ClosedRange<Int> = 0...1_000_000
}

extension Session {
  /// Roll-call and registry counts outside their sane ranges. Needs no checklist: `figures`
  /// leaves such data out, so a file holding `9223372036854775807` is reported, never summed.
  public var figureFindings: [SessionFinding] {
    var findings: [SessionFinding] = []
    for (index, row) in rollCall.enumerated() {
      let fields = [
        ("registered", row.registered), ("present", row.present), ("onLeave", row.onLeave),
        ("absentCount", row.absentCount), ("unregisteredCount", row.unregisteredCount),
      ]
      for (name, value) in fields where !SaneRange.classCount.contains(value) {
        findings.append(
          SessionFinding(
            field: "rollCall[\(index)].\(name)", value: "\(value)",
            problem: Localized(
              "一个班的人数应在 0 到 10000 之间；入班点名的数据不计入评分",
              en: "a class count must be 0 to 10000; the roll call is left out of scoring")))
      }
    }
    for (name, value) in registry.counts.sorted(by: { $0.key < $1.key })
    where !SaneRange.registryCount.contains(value) {
      findings.append(
        SessionFinding(
          field: "registry.counts.\(name)", value: "\(value)",
          problem: Localized(
            "学籍核查的数应在 0 到 1000000 之间；这个数不计入评分",
            en: "a registry count must be 0 to 1000000; it is left out of scoring")))
    }
    return findings
  }

  /// A `date` that names no day (`2021-10-32`, `2021/10/27`, edited by hand or by another
  /// program): the summary leaves it out of the inspection dates rather than print a day that
  /// does not exist, and the finding says which file to correct.
  public var dateFindings: [SessionFinding] {
    guard !CalendarDay.isWritten(date) else { return [] }
    return [
      SessionFinding(
        field: "date", value: date,
        problem: Localized(
          "不是有效的检查日期，应写成 2021-10-27 这样的年-月-日；总结里不用这个日期，请改正记录文件",
          en:
            "not a valid inspection date (write it as 2021-10-27); the summary leaves it out, correct the file"
        ))
    ]
  }

  /// The findings that need no checklist: counts out of range and a date that names no day.
  public var findingsWithoutChecklist: [SessionFinding] { figureFindings + dateFindings }

  /// Whether every roll-call row is within the sane ranges (otherwise no 点名 figures).
  var rollCallIsSane: Bool {
    rollCall.allSatisfy { row in
      [row.registered, row.present, row.onLeave, row.absentCount, row.unregisteredCount]
        .allSatisfy(SaneRange.classCount.contains)
    }
  }

  /// Answers the checklist cannot accept, with the figure findings.
  public func findings(against checklist: Checklist) -> [SessionFinding] {
    // In the answers' name order. Almost every session has no finding at all, so the names
    // are sorted only when there is one: sorting a hundred Chinese keys of each of ten
    // thousand sessions was a visible part of a summary, for nothing.
    var found: [(name: String, finding: SessionFinding)] = []
    for (name, answer) in answers.values {
      guard let input = checklist.input(named: name) else { continue }
      if let problem = Self.problem(with: answer.value, for: input.type) {
        found.append(
          (
            name,
            SessionFinding(
              field: "answers.values.\(name)", value: answer.value.display, problem: problem,
              itemID: input.itemID)
          ))
      }
    }
    found.sort { $0.name < $1.name }
    return found.map(\.finding) + findingsWithoutChecklist
  }

  /// Why `value` does not fit `type`, or nil.
  static func problem(with value: AnswerValue, for type: InputType) -> Localized? {
    switch (type, value) {
    case (.count, .number(let number)), (.number, .number(let number)),
      (.percent, .number(let number)), (.discretionary, .number(let number)):
      let (low, high) = type.bounds
      var whole = Decimal()
      var copy = number
      NSDecimalRound(&whole, &copy, 0, .plain)
      if case .count = type, whole != number {
        return Localized("计数应为整数", en: "a count must be a whole number")
      }
      if let low, number < low {
        return Localized(
          "小于下限 \(ScoreFormat.string(low))", en: "below the minimum \(ScoreFormat.string(low))")
      }
      if let high, number > high {
        return Localized(
          "大于上限 \(ScoreFormat.string(high))", en: "above the maximum \(ScoreFormat.string(high))")
      }
      if case .count = type, number > Decimal(SaneRange.registryCount.upperBound) {
        return Localized("数目大得不合理", en: "an absurd count")
      }
      return nil
    case (.date, .date(let text)):
      return CalendarDay.isWritten(text)
        ? nil
        : Localized(
          "不是有效的日期，应写成 2021-10-27 这样的年-月-日", en: "not a valid date (write it as 2021-10-27)")
    case (.yesNo, .bool), (.text, .text): return nil
    case (.choice(let options), .choice(let label)):
      return options.contains { $0.label == label }
        ? nil
        : Localized(
          "不是清单里的选项（\(options.map(\.label).joined(separator: "、"))）",
          en: "not an option of the checklist (\(options.map(\.label).joined(separator: ", ")))")
    case (.multiple(_, let entries), .multiple(let chosen)):
      let unknown = chosen.filter { !entries.contains($0) }
      return unknown.isEmpty
        ? nil
        : Localized(
          "“\(unknown.joined(separator: "、"))”不在清单的列表里",
          en: "'\(unknown.joined(separator: ", "))' not in the checklist's list")
    case (.verification(_, let entries), .verification(let statuses)):
      let unknown = statuses.keys.filter { !entries.contains($0) }.sorted()
      return unknown.isEmpty
        ? nil
        : Localized(
          "“\(unknown.joined(separator: "、"))”不在核验表里",
          en: "'\(unknown.joined(separator: ", "))' not in the verification list")
    default:
      return Localized(
        "类型不对：清单要求\(type.keyword)", en: "wrong type: the checklist asks for \(type.keyword)")
    }
  }
}
