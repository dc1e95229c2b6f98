import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

/// `改 <值>` at a merge conflict: a value none of the inspectors recorded, read by the kind of
/// record in conflict and checked as the inspector's own prompt would check it.
enum MergeCorrection {
  /// What the leader typed, ready for a `MergeDecision`.
  enum Value: Equatable {
    /// An answer, registry count, figure or verification status.
    case answer(AnswerValue)
    /// A class's roll call.
    case rollCall(ClassRollCall)
  }

  /// What to type after `改` at the conflict `key`, for the prompt.
  static func hint(_ key: String, _ t: (String, String) -> String) -> String {
    switch kind(key) {
    case "点名":
      return t(
        "；改 学籍 实到 请假 籍在人不在 人在籍不在=更正这一行，如“改 45 42 1 2 0”",
        "; edit registered present leave absent unregistered = a corrected row, e.g. 'edit 45 42 1 2 0'"
      )
    case "核验", "核验表":
      return t("；改 齐全/缺失/不全=更正", "; edit complete/missing/incomplete = a correction")
    default: return t("；改 <值>=更正为另一个值", "; edit <value> = a corrected value")
    }
  }

  /// `录入`, `点名`, `学籍`, `案例`, `全校`, `核验`, `核验表` or `数据`: the part of the key before the colon.
  static func kind(_ key: String) -> String {
    String(key.prefix { $0 != ":" })
  }

  /// Reads `typed` as a correction of the conflict `key`. `rows` are the inspectors' rows of a
  /// roll-call conflict: their students' names are kept when the corrected count matches.
  static func parse(
    _ typed: String, key: String, checklist: Checklist, rows: [ClassRollCall]
  ) -> Result<Value, LocalizedMessage> {
    let name = String(key.dropFirst(kind(key).count + 1))
    switch kind(key) {
    case "录入":
      guard let input = checklist.inputs[name] else { break }
      switch AnswerParser.parse(
        typed, for: input, smallPercents: checklist.comparesOnlyWithSmallFigures(name))
      {
      case .value(let value):
        // A corrected score must lie on the form's 步长 grid too (0.55 is refused, not rounded).
        if let refusal = checklist.refusal(of: value, for: input, given: Answers()) {
          return .failure(LocalizedMessage(refusal))
        }
        return .success(.answer(value))
      case .invalid(let message): return .failure(LocalizedMessage(message))
      }
    case "核验", "核验表":
      guard let status = AnswerParser.status(typed) else {
        return .failure(
          LocalizedMessage(
            Localized(
              "请输入 齐全、缺失 或 不全（或 1、2、3）。", en: "type 齐全, 缺失 or 不全 (or 1, 2, 3).")))
      }
      return .success(.answer(.choice(status.rawValue)))
    case "学籍", "案例", "全校":
      return count(typed).map { .answer(.number(Decimal($0))) }
    case "数据":
      switch TypedNumber.parse(AnswerParser.normalize(typed), as: .amount) {
      case .success(let value): return .success(.answer(.number(value)))
      case .failure(let problem):
        return .failure(
          LocalizedMessage(AnswerParser.message(problem, text: typed, kind: .amount)))
      }
    case "点名":
      return rollCall(typed, rows: rows).map { .rollCall($0) }
    default: break
    }
    return .failure(
      LocalizedMessage(
        Localized("这一处不能更正，请选一个序号。", en: "this one cannot be corrected; choose a number.")))
  }

  /// A whole number ≥ 0, spelled as inspectors type it.
  static func count(_ typed: String) -> Result<Int, LocalizedMessage> {
    let text = AnswerParser.normalize(typed)
    switch TypedNumber.parse(text, as: .count) {
    case .success(let value):
      guard value >= 0, value == ScoreFormat.round(value, places: 0), value <= 10_000_000 else {
        return .failure(
          LocalizedMessage(
            Localized(
              "“\(typed)”不是人数：请输入 0 到 10000000 的整数。",
              en: "'\(typed)' is not a count: type a whole number from 0 to 10000000.")))
      }
      return .success(NSDecimalNumber(decimal: value).intValue)
    case .failure(let problem):
      return .failure(LocalizedMessage(AnswerParser.message(problem, text: typed, kind: .count)))
    }
  }

  /// `45 42 1 2 0`: 学籍, 实到, 请假, 籍在人不在, 人在籍不在, which must add up like a row typed at
  /// the roll call (学籍 − 籍在人不在 + 人在籍不在 = 实到 + 请假).
  static func rollCall(_ typed: String, rows: [ClassRollCall]) -> Result<
    ClassRollCall, LocalizedMessage
  > {
    let words = AnswerParser.normalize(typed).split(whereSeparator: { " ,，、".contains($0) })
    guard words.count == 5, let row = rows.first else {
      return .failure(
        LocalizedMessage(
          Localized(
            "请按顺序输入五个数：学籍 实到 请假 籍在人不在 人在籍不在，如“改 45 42 1 2 0”。",
            en:
              "type five numbers in order: registered present leave absent unregistered, e.g. 'edit 45 42 1 2 0'."
          )))
    }
    var numbers: [Int] = []
    for word in words {
      switch count(String(word)) {
      case .success(let value): numbers.append(value)
      case .failure(let message): return .failure(message)
      }
    }
    let absentNames =
      rows.first { $0.absentCount == numbers[3] && !$0.absentNames.isEmpty }?.absentNames ?? []
    let unregisteredNames =
      rows.first { $0.unregisteredCount == numbers[4] && !$0.unregisteredNames.isEmpty }?
      .unregisteredNames ?? []
    let corrected = ClassRollCall(
      grade: row.grade, className: row.className, registered: numbers[0], present: numbers[1],
      onLeave: numbers[2], absentNames: absentNames.count == numbers[3] ? absentNames : [],
      unregisteredNames: unregisteredNames.count == numbers[4] ? unregisteredNames : [],
      absentCount: numbers[3], unregisteredCount: numbers[4])
    guard corrected.addsUp else {
      return .failure(
        LocalizedMessage(
          Localized(
            "这一行对不上：学籍 \(numbers[0]) − 籍在人不在 \(numbers[3]) + 人在籍不在 \(numbers[4]) 应等于 实到 \(numbers[1]) + 请假 \(numbers[2])。",
            en:
              "the row does not add up: registered \(numbers[0]) − absent \(numbers[3]) + unregistered \(numbers[4]) should equal present \(numbers[1]) + leave \(numbers[2])."
          )))
    }
    if let impossible = corrected.impossibleCount {
      return .failure(
        LocalizedMessage(
          Localized("这一行不可能：" + impossible.zh, en: "the row cannot be right: " + impossible.en)))
    }
    return .success(corrected)
  }
}

/// A `Localized` message usable as a `Result` failure.
struct LocalizedMessage: Error {
  let message: Localized
  init(_ message: Localized) { self.message = message }
}
