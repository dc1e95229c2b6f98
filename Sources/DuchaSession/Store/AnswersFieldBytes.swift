import DuchaChecklist
import Foundation

/// The bytes of the session's `answers` field put together one answer at a time, each answer's
/// bytes kept from the last save while it does not change (part of `SessionFieldBytes`).
///
/// An answer of a walk changes one entry of `answers.values`, and JSONEncoder wrote the whole
/// field again through its Codable machinery: `perf record` of a 1,000-answer walk put it at 5%
/// of all samples, a third of the save's encoding. The bytes are JSONEncoder's own: the entries
/// come in the order its `.sortedKeys` puts their names in (asked of it only when the set of
/// names changes), an answer of a number, yes/no, choice, date or text is written directly the
/// way JSONEncoder writes it (`Decimal.description`, strings byte for byte) when its strings hold
/// nothing it would escape, and anything else — a 多选 or 核验 answer, a quote, a control
/// character, an unusual number — is encoded by JSONEncoder on its own and indented.
/// `SessionFieldBytesTests` holds the results to JSONEncoder's bytes for the whole session.
final class AnswersFieldBytes {
  /// The bytes of each answer at the last save, by the UTF-8 bytes of its input name (hashing
  /// bytes, not a Chinese `String`, which Swift hashes through its NFC form).
  private var entries: [[UInt8]: (answer: Answer, bytes: [UInt8])] = [:]
  /// The names of the last save in JSONEncoder's order, and as a set.
  private var order: [[UInt8]] = []
  private var names: Set<[UInt8]> = []
  /// The figures and statuses of the last save with their bytes.
  private var figures: (value: [String: Decimal], bytes: [UInt8])?
  private var statuses: (value: [String: VerificationStatus], bytes: [UInt8])?

  /// The answers of the last save in the order the dictionary gave them, each with its bytes and
  /// its place in `order`: between two answers the dictionary changes one value, keeps its
  /// layout, and gives the same names in the same order, so each answer is compared with the one
  /// at its place without hashing any name (`perf record` of the bench walk: hashing the names'
  /// bytes four times per answer and an array per name made this field a tenth of the save's
  /// encoding).
  private var lastIteration: [(name: String, answer: Answer, bytes: [UInt8], place: Int)] = []

  /// The value of the `answers` field, indented as a value of the top-level object; nil when
  /// a name would need escaping (the caller then lets JSONEncoder write the field).
  func bytes(_ answers: Answers, encoder: JSONEncoder) throws -> [UInt8]? {
    if let bytes = try sameNames(answers, encoder: encoder) { return bytes }
    return try anyNames(answers, encoder: encoder)
  }

  /// `bytes` when the dictionary gives the names of the last save in the same order (the same
  /// UTF-8 bytes, name by name); nil otherwise.
  private func sameNames(_ answers: Answers, encoder: JSONEncoder) throws -> [UInt8]? {
    guard !lastIteration.isEmpty, lastIteration.count == answers.values.count,
      order.count == lastIteration.count
    else { return nil }
    var placed = [[UInt8]?](repeating: nil, count: order.count)
    var position = 0
    for (name, answer) in answers.values {
      guard SessionFieldBytes.sameBytes(lastIteration[position].name, name) else { return nil }
      let place = lastIteration[position].place
      if lastIteration[position].answer == answer {
        placed[place] = lastIteration[position].bytes
      } else {
        let bytes = try Self.answerBytes(answer, encoder: encoder)
        lastIteration[position].answer = answer
        lastIteration[position].bytes = bytes
        entries[order[place]] = (answer, bytes)
        placed[place] = bytes
      }
      position += 1
    }
    var inOrder: [[UInt8]] = []
    inOrder.reserveCapacity(order.count)
    for entry in placed {
      guard let entry else { return nil }
      inOrder.append(entry)
    }
    return try field(answers, entries: inOrder, encoder: encoder)
  }

  /// `bytes` for any names, looked up by their bytes.
  private func anyNames(_ answers: Answers, encoder: JSONEncoder) throws -> [UInt8]? {
    lastIteration = []
    var current: [([UInt8], Answer)] = []
    current.reserveCapacity(answers.values.count)
    for (name, answer) in answers.values {
      let bytes = Array(name.utf8)
      guard !bytes.contains(where: Self.needsEscape) else { return nil }
      current.append((bytes, answer))
    }
    if current.count != names.count || !current.allSatisfy({ names.contains($0.0) }) {
      guard let sorted = try Self.sortedNames(current.map(\.0), encoder: encoder) else {
        return nil
      }
      order = sorted
      names = Set(sorted)
      entries = entries.filter { names.contains($0.key) }
    }
    var byName: [[UInt8]: [UInt8]] = [:]
    byName.reserveCapacity(current.count)
    for (name, answer) in current {
      if let kept = entries[name], kept.answer == answer {
        byName[name] = kept.bytes
      } else {
        let bytes = try Self.answerBytes(answer, encoder: encoder)
        entries[name] = (answer, bytes)
        byName[name] = bytes
      }
    }
    var inOrder: [[UInt8]] = []
    inOrder.reserveCapacity(order.count)
    for name in order {
      guard let entry = byName[name] else { return nil }
      inOrder.append(entry)
    }
    // The names as the dictionary gives them, for `sameNames` at the next save.
    var places: [[UInt8]: Int] = [:]
    places.reserveCapacity(order.count)
    for (place, name) in order.enumerated() { places[name] = place }
    var iteration: [(name: String, answer: Answer, bytes: [UInt8], place: Int)] = []
    iteration.reserveCapacity(current.count)
    for ((name, answer), (nameBytes, _)) in zip(answers.values, current) {
      guard let place = places[nameBytes] else { return nil }
      iteration.append((name, answer, inOrder[place], place))
    }
    let bytes = try field(answers, entries: inOrder, encoder: encoder)
    lastIteration = bytes == nil ? [] : iteration
    return bytes
  }

  /// The field from the bytes of each answer in `order`, with the figures and statuses.
  private func field(_ answers: Answers, entries: [[UInt8]], encoder: JSONEncoder) throws
    -> [UInt8]?
  {
    if figures?.value != answers.figures {
      figures = (
        answers.figures, JSONIndent.indented(try [UInt8](encoder.encode(answers.figures)), by: 4)
      )
    }
    if statuses?.value != answers.statuses {
      statuses = (
        answers.statuses, JSONIndent.indented(try [UInt8](encoder.encode(answers.statuses)), by: 4)
      )
    }
    guard let figures, let statuses else { return nil }
    var bytes = Self.figuresStart
    bytes.reserveCapacity(
      256 + figures.bytes.count + statuses.bytes.count
        + entries.reduce(0) { $0 + $1.count + 32 })
    bytes += figures.bytes
    bytes += Self.statusesStart
    bytes += statuses.bytes
    bytes += Self.valuesStart
    if order.isEmpty {
      bytes += Self.emptyValues
    } else {
      for (index, name) in order.enumerated() {
        bytes += index == 0 ? Self.firstNameStart : Self.nameStart
        bytes += name
        bytes += Self.nameEnd
        bytes += entries[index]
      }
      bytes += Self.valuesEnd
    }
    bytes += Self.fieldEnd
    return bytes
  }

  private static let figuresStart = Array("{\n    \"figures\" : ".utf8)
  private static let statusesStart = Array(",\n    \"statuses\" : ".utf8)
  private static let valuesStart = Array(",\n    \"values\" : {".utf8)
  private static let emptyValues = Array("\n\n    }".utf8)
  private static let firstNameStart = Array("\n      \"".utf8)
  private static let nameStart = Array(",\n      \"".utf8)
  private static let nameEnd = Array("\" : ".utf8)
  private static let valuesEnd = Array("\n    }".utf8)
  private static let fieldEnd = Array("\n  }".utf8)

  /// The names in the order JSONEncoder's `.sortedKeys` writes them (not plain byte order),
  /// found by letting it write an object with these keys.
  private static func sortedNames(_ names: [[UInt8]], encoder: JSONEncoder) throws -> [[UInt8]]? {
    let object = Dictionary(
      names.map { (String(decoding: $0, as: UTF8.self), 0) }, uniquingKeysWith: { a, _ in a })
    guard object.count == names.count else { return nil }
    let written = [UInt8](try encoder.encode(object))
    // Pretty: `{`, then `  "name" : 0,` per line; a name holds no quote or backslash.
    var sorted: [[UInt8]] = []
    var position = 0
    while let open = written[position...].firstIndex(of: 0x22) {
      guard let close = written[(open + 1)...].firstIndex(of: 0x22) else { return nil }
      sorted.append(Array(written[(open + 1)..<close]))
      position = close + 1
    }
    guard sorted.count == names.count, Set(sorted) == Set(names) else { return nil }
    return sorted
  }

  /// One answer as the value of its name inside `values` (its lines indented by 8 spaces).
  static func answerBytes(_ answer: Answer, encoder: JSONEncoder) throws -> [UInt8] {
    if let direct = directBytes(answer, indent: 6) { return direct }
    return JSONIndent.indented(try [UInt8](encoder.encode(answer)), by: 6)
  }

  /// An answer of a plain kind written directly as the value of a key indented by `indent`
  /// spaces (its own lines by 2 and 4 more, its `}` by `indent`); nil for any other kind.
  static func directBytes(_ answer: Answer, indent: Int) -> [UInt8]? {
    let kind: String
    var value: [UInt8]
    switch answer.value {
    case .number(let number):
      kind = "number"
      value = Array(number.description.utf8)
      guard isPlainNumber(value) else { return nil }
    case .bool(let flag):
      kind = "bool"
      value = Array((flag ? "true" : "false").utf8)
    case .choice(let text), .date(let text), .text(let text):
      kind = answer.value.kindKey
      guard let quoted = quoted(text) else { return nil }
      value = quoted
    case .multiple, .verification:
      return nil
    }
    var bytes: [UInt8] = [0x7B, 0x0A]  // {\n
    bytes.reserveCapacity(6 * (indent + 2) + value.count + (answer.reason?.utf8.count ?? 0) + 64)
    func spaces(_ count: Int) { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    if let reason = answer.reason {
      guard let quoted = quoted(reason) else { return nil }
      spaces(indent + 2)
      bytes += reasonKey
      bytes += quoted
      bytes += commaNewline
    }
    spaces(indent + 2)
    bytes += valueKey
    spaces(indent + 2)
    bytes += kindStart
    bytes += kind.utf8
    bytes += kindEnd
    bytes += value
    bytes.append(0x0A)
    spaces(indent + 2)
    bytes += closeNewline
    spaces(indent)
    bytes.append(0x7D)  // }
    return bytes
  }

  /// An undo step that records one answer and nothing else, written directly as an element of
  /// the undo log (its lines indented by 4 spaces and more), as `UndoLogSplice.indented` makes
  /// JSONEncoder's bytes for it; nil for any other step, which JSONEncoder then writes.
  static func directStepBytes(_ step: UndoStep) -> [UInt8]? {
    guard step.statuses == nil, step.acceptedDefaults == nil, step.skipped == nil,
      step.notes == nil, step.problems == nil, step.rollCall == nil,
      let values = step.values, values.count == 1, let (name, before) = values.first,
      let time = quoted(step.time), let what = quoted(step.what), let key = quoted(name)
    else { return nil }
    var bytes = stepStart
    bytes.reserveCapacity(256 + time.count + key.count + what.count)
    bytes += time
    bytes += stepValues
    bytes += key
    bytes += colon
    if let before {
      guard let answer = directBytes(before, indent: 8) else { return nil }
      bytes += answer
    } else {
      bytes += null
    }
    bytes += stepWhat
    bytes += what
    bytes += stepEnd
    return bytes
  }

  private static let reasonKey = Array("\"reason\" : ".utf8)
  private static let valueKey = Array("\"value\" : {\n".utf8)
  private static let kindStart = Array("  \"".utf8)
  private static let kindEnd = Array("\" : ".utf8)
  private static let commaNewline = Array(",\n".utf8)
  private static let closeNewline = Array("}\n".utf8)
  private static let stepStart = Array("    {\n      \"time\" : ".utf8)
  private static let stepValues = Array(",\n      \"values\" : {\n        ".utf8)
  private static let colon = Array(" : ".utf8)
  private static let null = Array("null".utf8)
  private static let stepWhat = Array("\n      },\n      \"what\" : ".utf8)
  private static let stepEnd = Array("\n    }".utf8)

  /// `-12.5`, `0`, `3`: digits with at most one point and a leading minus, as JSONEncoder
  /// writes a `Decimal` (its `description`); anything else (an exponent, NaN) is left to it.
  private static func isPlainNumber(_ bytes: [UInt8]) -> Bool {
    var digits = bytes[...]
    if digits.first == 0x2D { digits = digits.dropFirst() }  // -
    guard let first = digits.first, first >= 0x30, first <= 0x39 else { return false }
    var points = 0
    for byte in digits {
      if byte == 0x2E {
        points += 1
      } else if byte < 0x30 || byte > 0x39 {
        return false
      }
    }
    return points <= 1 && digits.last != 0x2E
  }

  /// `text` in quotes when JSONEncoder writes its bytes unchanged: no quote, backslash,
  /// control character, DEL, or line or paragraph separator (left to JSONEncoder).
  private static func quoted(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(text.utf8.count + 2)
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      guard !needsEscape(byte) else { return nil }
      // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
      if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return nil }
      previous = (previous.1, byte)
      bytes.append(byte)
    }
    bytes.append(0x22)
    return bytes
  }

  /// A byte JSONEncoder may write otherwise than as it is.
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
  }
}

extension AnswerValue {
  /// The key that names the value's type in the file (`number`, `choice` …).
  fileprivate var kindKey: String {
    switch self {
    case .number: "number"
    case .bool: "bool"
    case .choice: "choice"
    case .multiple: "multiple"
    case .date: "date"
    case .text: "text"
    case .verification: "verification"
    }
  }
}
