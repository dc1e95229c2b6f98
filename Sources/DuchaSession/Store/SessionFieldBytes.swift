import DuchaChecklist
import Foundation

/// The session's JSON put together one top-level field at a time, each field's bytes kept from
/// the last save and written again only when its value changed.
///
/// Between two answers of a walk only a few fields change (the answers, `updatedAt`,
/// `saveSequence`, the undo log); JSONEncoder spent most of its time in the Codable machinery of
/// the fields that did not (`perf record` of a 500-answer walk: the whole-session encode was a
/// tenth of all samples for about 700 bytes of output besides the spliced checklist text and undo
/// steps). The bytes are JSONEncoder's own: each changed field is encoded by it on its own and
/// indented by two spaces as a value of the top-level object (a JSON string never holds a raw new
/// line, so each new line starts a line to indent; the printer leaves the empty line inside an
/// empty array or object empty); the keys come in the order JSONEncoder sorts them in (found by
/// asking it once). Whole numbers and plain ASCII strings are written directly, as JSONEncoder
/// writes them. `SessionFieldBytesTests` holds every result to JSONEncoder's bytes for the whole
/// session, and the list of fields to the properties of `Session`. A field is "unchanged" by
/// `==`, which for text means canonically equal: a value replaced by the same text in another
/// Unicode normalization form (`é` typed as `e` + U+0301) keeps its earlier bytes, as the rest of
/// ducha, comparing with `==`, also sees no change.
final class SessionFieldBytes: @unchecked Sendable {
  private let lock = NSLock()
  /// The last value of each field with its bytes, by position in `fields`.
  private var slots: [AnyObject?] = Array(repeating: nil, count: SessionFieldBytes.fields.count)
  /// The undo log of the last save, and the bytes of each of its steps.
  private var lastLog: [UndoStep] = []
  private var lastLogBytes: [[UInt8]] = []
  /// The size of the last file, to reserve as much for the next.
  private var lastCount = 4096

  /// The whole file for `session`: exactly what `encoder` (pretty, sorted keys, slashes
  /// unescaped) writes for it.
  func encode(_ session: Session, encoder: JSONEncoder) throws -> Data {
    Data(try bytes(session, encoder: encoder))
  }

  /// `encode`'s bytes, as the array they are put together in (a save writes them as they are:
  /// copying 35 KB into a `Data` was a measurable part of the save).
  func bytes(_ session: Session, encoder: JSONEncoder) throws -> [UInt8] {
    // Every key must have its place, or a field would be left out.
    guard Self.order.count == Self.fields.count + 1 else {
      return [UInt8](try encoder.encode(session))
    }
    lock.lock()
    defer { lock.unlock() }
    var bytes: [UInt8] = []
    // Room for the whole file at once: growing the array copied what was already written.
    bytes.reserveCapacity(lastCount + 4096)
    bytes.append(0x7B)  // {
    var first = true
    for index in Self.order {
      if index == Self.fields.count {
        guard let log = session.undoLog else { continue }
        Self.appendKey(Self.undoLogKey, first: first, to: &bytes)
        try appendUndoLog(log, encoder: encoder, to: &bytes)
      } else {
        guard let value = try Self.fields[index].bytes(session, &slots[index], encoder) else {
          continue
        }
        Self.appendKey(Self.fields[index].key, first: first, to: &bytes)
        bytes += value
      }
      first = false
    }
    bytes += first ? Self.emptyEnd : Self.end
    lastCount = bytes.count
    return bytes
  }

  /// `,\n  "key" : ` (without the comma for the first key).
  private static func appendKey(_ key: [UInt8], first: Bool, to bytes: inout [UInt8]) {
    bytes += first ? firstKeyStart : keyStart
    bytes += key
    bytes += keyEnd
  }

  /// Appends the undo log as the value of `undoLog`: the steps already written at the last save
  /// are taken from it (a walk's log loses its oldest step and gains one at every answer), the
  /// others encoded once each.
  private func appendUndoLog(_ log: [UndoStep], encoder: JSONEncoder, to bytes: inout [UInt8])
    throws
  {
    var next: [[UInt8]] = []
    next.reserveCapacity(log.count)
    var from = 0
    try log.withUnsafeBufferPointer { steps in
      try lastLog.withUnsafeBufferPointer { last in
        for index in 0..<steps.count {
          var found: [UInt8]?
          var candidate = from
          while candidate < last.count {
            // `==` also takes canonically equal text for the same: a step's time and text must
            // be the same bytes too, as `UndoStepBytes` required. The bytes are compared first:
            // they tell most other steps apart at the cost of a `memcmp`, where `==` hashes the
            // keys of the steps' dictionaries (and `elementsEqual` went byte by byte). Fields
            // are read in place through the buffers' subscripts: reading a step through a
            // pointer's `pointee` copied it whole (retaining every field) at every look.
            if Self.sameBytes(last[candidate].time, steps[index].time),
              Self.sameBytes(last[candidate].what, steps[index].what),
              last[candidate] == steps[index]
            {
              found = lastLogBytes[candidate]
              from = candidate + 1
              break
            }
            candidate += 1
          }
          if let found {
            next.append(found)
          } else {
            next.append(
              try AnswersFieldBytes.directStepBytes(steps[index])
                ?? JSONIndent.indented(
                  [UInt8](encoder.encode(steps[index])), by: 4, indentingFirstLine: true))
          }
        }
      }
    }
    lastLog = log
    lastLogBytes = next
    if next.isEmpty {
      bytes += Self.emptyLog
      return
    }
    bytes += Self.logStart
    for index in next.indices {
      if index > 0 { bytes += Self.stepSeparator }
      bytes += next[index]
    }
    bytes += Self.logEnd
  }

  /// Whether two strings are the same UTF-8 bytes (not merely canonically equal).
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    let compared = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        x.count == y.count
          && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
      }
    }
    // Bridged or small strings without contiguous storage are compared byte by byte.
    return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }

  // MARK: The fields

  /// One top-level field: its key and how its bytes are made, nil when it is left out (an
  /// optional without a value, which the synthesized `Encodable` skips).
  struct Field: Sendable {
    let key: [UInt8]
    let bytes: @Sendable (Session, inout AnyObject?, JSONEncoder) throws -> [UInt8]?
  }

  /// The last value of a field and its bytes.
  private final class Slot<Value> {
    let value: Value
    let bytes: [UInt8]
    init(_ value: Value, _ bytes: [UInt8]) {
      self.value = value
      self.bytes = bytes
    }
  }

  /// A field kept from the last save when its value is the same.
  private static func kept<Value: Encodable & Equatable>(
    _ key: String, _ read: @escaping @Sendable (Session) -> Value?
  ) -> Field {
    Field(key: Array(key.utf8)) { session, slot, encoder in
      guard let value = read(session) else { return nil }
      if let last = slot as? Slot<Value>, last.value == value { return last.bytes }
      let bytes = JSONIndent.indented(try [UInt8](encoder.encode(value)), by: 2)
      slot = Slot(value, bytes)
      return bytes
    }
  }

  /// A whole number, written as JSONEncoder writes an `Int`.
  private static func number(_ key: String, _ read: @escaping @Sendable (Session) -> Int?) -> Field
  {
    Field(key: Array(key.utf8)) { session, _, _ in read(session).map { Array(String($0).utf8) } }
  }

  /// A string: written directly when every byte is printable ASCII other than `"` and `\`
  /// (JSONEncoder writes those bytes as they are), else kept or encoded like any other field.
  private static func text(_ key: String, _ read: @escaping @Sendable (Session) -> String?)
    -> Field
  {
    let other = kept(key, read)
    return Field(key: other.key) { session, slot, encoder in
      guard let value = read(session) else { return nil }
      var bytes: [UInt8] = [0x22]
      bytes.reserveCapacity(value.utf8.count + 2)
      for byte in value.utf8 {
        guard byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C else {
          return try other.bytes(session, &slot, encoder)
        }
        bytes.append(byte)
      }
      bytes.append(0x22)
      return bytes
    }
  }

  /// `answers`, put together one answer at a time (`AnswersFieldBytes`); written whole by
  /// JSONEncoder when a name would need escaping.
  private static func answersField() -> Field {
    let whole = kept("answers") { $0.answers }
    return Field(key: whole.key) { session, slot, encoder in
      let parts = (slot as? AnswersFieldBytes) ?? AnswersFieldBytes()
      slot = parts
      if let bytes = try parts.bytes(session.answers, encoder: encoder) { return bytes }
      var unused: AnyObject?
      return try whole.bytes(session, &unused, encoder)
    }
  }

  /// Every stored property of `Session` but `undoLog` (spliced from its steps), by its key.
  static let fields: [Field] = [
    kept("acceptedDefaults") { $0.acceptedDefaults },
    answersField(),
    kept("cases") { $0.cases },
    text("checklistID") { $0.checklistID },
    text("checklistTitle") { $0.checklistTitle },
    kept("corrections") { $0.corrections },
    text("createdAt") { $0.createdAt },
    text("cursor") { $0.cursor },
    text("date") { $0.date },
    kept("followUp") { $0.followUp },
    number("formatVersion") { $0.formatVersion },
    text("group") { $0.group },
    text("id") { $0.id },
    kept("inspectedChecklist") { $0.inspectedChecklist },
    kept("inspectors") { $0.inspectors },
    kept("maskedCopy") { $0.maskedCopy },
    kept("notes") { $0.notes },
    kept("previousInspection") { $0.previousInspection },
    kept("previousValues") { $0.previousValues },
    kept("problems") { $0.problems },
    kept("registry") { $0.registry },
    kept("rollCall") { $0.rollCall },
    kept("saveHistory") { $0.saveHistory },
    number("saveSequence") { $0.saveSequence },
    kept("skipped") { $0.skipped },
    kept("status") { $0.status },
    kept("unit") { $0.unit },
    text("updatedAt") { $0.updatedAt },
    kept("verifications") { $0.verifications },
    kept("verificationSizes") { $0.verificationSizes },
    kept("wholeSchool") { $0.wholeSchool },
    number("year") { $0.year },
  ]

  static let undoLogKey = Array("undoLog".utf8)

  /// The fields in the order JSONEncoder sorts their keys in (`.sortedKeys` is not plain byte
  /// order: `verifications` comes before `verificationSizes`), found by letting it sort them;
  /// `fields.count` stands for `undoLog`.
  static let order: [Int] = {
    let names = (fields.map(\.key) + [undoLogKey]).map { String(decoding: $0, as: UTF8.self) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let object = Dictionary(uniqueKeysWithValues: names.map { ($0, 0) })
    let written = (try? encoder.encode(object)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    // `{"a":0,"b":0}`: the keys are every other piece between quotes (a key holds no quote).
    let sorted = written.split(separator: "\"", omittingEmptySubsequences: false)
      .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    return sorted.compactMap { names.firstIndex(of: $0) }
  }()

  private static let emptyLog = Array("[\n\n  ]".utf8)
  private static let logStart = Array("[\n".utf8)
  private static let stepSeparator = Array(",\n".utf8)
  private static let logEnd = Array("\n  ]".utf8)
  private static let firstKeyStart = Array("\n  \"".utf8)
  private static let keyStart = Array(",\n  \"".utf8)
  private static let keyEnd = Array("\" : ".utf8)
  private static let end = Array("\n}".utf8)
  private static let emptyEnd = Array("\n\n}".utf8)
}
