import DuchaChecklist
import Foundation

/// Where and what is wrong in a session file that cannot be read, in words a leader can act
/// on: a file cut short on its way over WeChat, or one edited by hand in Notepad. Foundation's
/// own text (“DecodingError.typeMismatch: expected value of type Array<Any>…”) says neither
/// where nor what to do, and a file that is not JSON at all was reported as “没有
/// formatVersion”.
enum SessionDecodingProblem {
  typealias Place = SessionStore.Place

  /// What is wrong with bytes that are not JSON (nil when they are): empty, cut short, or
  /// broken at a place. `opening` is the byte the file's JSON starts with (`{` for a session,
  /// `[` for a list of merge decisions).
  static func syntax(_ data: Data, opening: UInt8 = UInt8(ascii: "{")) -> (
    place: Place?, detail: Localized
  )? {
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return (nil, Localized("文件是空的", en: "the file is empty"))
    }
    // A session starts with `{` (after a BOM and spaces): a file that does not is some other
    // file dropped into the folder (a note in GBK saved as .json), with nothing to mend.
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    if let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
      first != opening
    {
      let mark = String(UnicodeScalar(opening))
      return (
        nil,
        Localized(
          "文件开头不是“\(mark)”，看来是误放进文件夹的别的文件（如文字说明）；如果是，请把它移出文件夹",
          en:
            "the file does not start with '\(mark)': it looks like another file put in the folder (a note, say); if so, move it out"
        )
      )
    }
    let error: NSError
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return hiddenProblem(data)
    } catch let thrown as NSError {
      error = thrown
    }
    let description = error.userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    if description.contains("end of file") {
      let end = place(ofByte: data.count, in: data)
      return (
        end,
        Localized(
          "文件不完整，在第 \(end.line) 行就结束了，可能只收到了一部分",
          en: "the file ends early, at line \(end.line) (perhaps only part of it arrived)")
      )
    }
    // Foundation names the byte where the JSON breaks: “Invalid value around character 106.”
    let offset = description.split(separator: " ").last.flatMap {
      Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }
    let broken = offset.map { place(ofByte: $0, in: data) }
    return (
      broken,
      Localized(
        "这里不是正确的 JSON，可能被手工改过（少了引号、逗号或括号），请在这个位置改正",
        en: "not valid JSON here, perhaps edited by hand (a quote, comma or bracket is missing)")
    )
  }

  /// What happened to a session saved as UTF-16 (Notepad's “Unicode” or “Unicode big endian”):
  /// its byte-order mark, or the `{` of a session with a 0 byte beside it. Nil otherwise.
  static func utf16(_ data: Data) -> Localized? {
    guard data.count >= 2 else { return nil }
    let first = data[data.startIndex]
    let second = data[data.startIndex + 1]
    let marked = (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
    let unmarked =
      (first == UInt8(ascii: "{") && second == 0) || (first == 0 && second == UInt8(ascii: "{"))
    guard marked || unmarked else { return nil }
    return Localized(
      "文件是 UTF-16 编码（看来在记事本里“另存为”时选了“Unicode”）：请向发送者要原来的文件，或在记事本里“另存为”，编码选 UTF-8",
      en:
        "the file is UTF-16 (it seems saved again as “Unicode” in Notepad): ask the sender for the original file, or save it again as UTF-8"
    )
  }

  /// What Foundation's parser lets through and the decoder then refuses without a place: bytes
  /// that are not UTF-8 (the file saved again as ANSI, that is GBK, in Notepad), or a number
  /// JSON does not allow. Nil when neither.
  static func hiddenProblem(_ data: Data) -> (place: Place?, detail: Localized)? {
    notUTF8(data) ?? malformedNumber(data)
  }

  /// The first byte that is not UTF-8, and what most likely happened.
  static func notUTF8(_ data: Data) -> (place: Place?, detail: Localized)? {
    let bytes = [UInt8](data)
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        let gbk = String(data: data, encoding: .init(rawValue: 0x8000_0632)) != nil
        return (
          place(ofByte: offset, in: data),
          Localized(
            "从这里起文件不是 UTF-8 编码"
              + (gbk ? "（看来在记事本等软件里另存成了 ANSI/GBK）" : "")
              + "：请向发送者要原来的文件，或在记事本里“另存为”，编码选 UTF-8",
            en: "from here the file is not UTF-8"
              + (gbk ? " (it seems saved again as ANSI/GBK in Notepad or the like)" : "")
              + ": ask the sender for the original file, or save it again as UTF-8")
        )
      }
    }
  }

  /// A number JSON does not allow, which Foundation's parser lets through but `JSONDecoder`
  /// refuses without saying where: `01` or `045` (a count typed with its leading zero), `1.`,
  /// `1e400`. Nil when every number outside the strings is plain JSON.
  static func malformedNumber(_ data: Data) -> (place: Place?, detail: Localized)? {
    let bytes = [UInt8](data)
    var index = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == 0x5C {
          index += 2
          continue
        }
        if byte == 0x22 { inString = false }
        index += 1
        continue
      }
      if byte == 0x22 {
        inString = true
        index += 1
        continue
      }
      guard byte == 0x2D || byte &- 0x30 < 10 else {
        index += 1
        continue
      }
      let start = index
      let isNumberByte = { (byte: UInt8) in
        byte &- 0x30 < 10 || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte | 0x20 == 0x65
      }
      while index < bytes.count, isNumberByte(bytes[index]) { index += 1 }
      let token = String(decoding: bytes[start..<index], as: UTF8.self)
      if !isStrictJSONNumber(token) || !(Double(token)?.isFinite ?? false) {
        let plain = Decimal(string: token, locale: nil).map { "\($0)" }
        let hint = plain.map { "，如 \($0)" } ?? ""
        let hintEN = plain.map { ", e.g. \($0)" } ?? ""
        return (
          place(ofByte: start, in: data),
          Localized(
            "这里的数“\(token)”写法不对（JSON 的数不以 0 开头、不以小数点结尾，也不能大得没边），"
              + "可能被手工改过，请改成平常的写法\(hint)",
            en: "the number '\(token)' is not written as JSON allows (no leading zero, no"
              + " trailing point, not out of range), perhaps edited by hand; write it plainly\(hintEN)"
          )
        )
      }
    }
    return nil
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, the grammar of a JSON number.
  private static func isStrictJSONNumber(_ token: String) -> Bool {
    var rest = Substring(token)
    if rest.hasPrefix("-") { rest.removeFirst() }
    let integer = rest.prefix { $0.isASCII && $0.isNumber }
    guard !integer.isEmpty, integer == "0" || !integer.hasPrefix("0") else { return false }
    rest.removeFirst(integer.count)
    if rest.hasPrefix(".") {
      rest.removeFirst()
      let fraction = rest.prefix { $0.isASCII && $0.isNumber }
      guard !fraction.isEmpty else { return false }
      rest.removeFirst(fraction.count)
    }
    if let first = rest.first, first == "e" || first == "E" {
      rest.removeFirst()
      if let sign = rest.first, sign == "+" || sign == "-" { rest.removeFirst() }
      let exponent = rest.prefix { $0.isASCII && $0.isNumber }
      guard !exponent.isEmpty else { return false }
      rest.removeFirst(exponent.count)
    }
    return rest.isEmpty
  }

  /// What a decoding error means for the file, with the place of the field it names.
  static func describe(_ error: Error, in data: Data) -> (place: Place?, detail: Localized) {
    guard let error = error as? DecodingError else {
      return (nil, Localized("\(error)", en: "\(error)"))
    }
    switch error {
    case .keyNotFound(let key, let context):
      let field = fieldName(context.codingPath + [key])
      return (
        place(of: context.codingPath, in: data),
        Localized("缺少字段“\(field)”", en: "the field '\(field)' is missing")
      )
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let field = fieldName(context.codingPath)
      let (zh, en) = kind(of: type)
      return (
        place(of: context.codingPath, in: data),
        Localized("字段“\(field)”的值应当是\(zh)", en: "the field '\(field)' should be \(en)")
      )
    case .dataCorrupted(let context):
      let field = fieldName(context.codingPath)
      if let unknown = context.underlyingError as? UnknownWord {
        let words = unknown.allowed.map { "“\($0)”" }.joined(separator: "")
        let wordsEN = unknown.allowed.joined(separator: ", ")
        return (
          place(of: context.codingPath, in: data),
          Localized(
            "字段“\(field)”写的是“\(unknown.word)”，这里只能写\(words)之一，可能被手工改过；请改成其中一个",
            en:
              "the field '\(field)' says '\(unknown.word)' where only one of \(wordsEN) may stand, perhaps edited by hand; write one of them"
          )
        )
      }
      return (
        place(of: context.codingPath, in: data),
        Localized(
          "字段“\(field)”的值不对（\(context.debugDescription)）",
          en: "the field '\(field)' has a wrong value (\(context.debugDescription))")
      )
    @unknown default:
      return (nil, Localized("\(error)", en: "\(error)"))
    }
  }

  /// A field's dotted path as the file shows it: `unit.stages[0]`, not Foundation's
  /// `unit.stages.Index 0`.
  static func fieldName(_ path: [any CodingKey]) -> String {
    var name = ""
    for key in path {
      if let index = key.intValue {
        name += "[\(index)]"
      } else {
        name += (name.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return name
  }

  /// The words for a Swift type a field should have.
  private static func kind(of type: Any.Type) -> (String, String) {
    let name = "\(type)"
    if name.hasPrefix("Array") { return ("列表 [ … ]", "a list [ … ]") }
    if name.hasPrefix("Dictionary") { return ("对象 { … }", "an object { … }") }
    if name == "String" { return ("带引号的文字", "quoted text") }
    if name == "Bool" { return (" true 或 false", "true or false") }
    if ["Int", "Double", "Decimal", "Int64", "UInt64"].contains(name) { return ("数", "a number") }
    return (name, name)
  }

  /// Where the value of the field at `path` starts: each key found after the one before it
  /// (list positions are stepped over). Keys are written in order, so this finds the field in
  /// the files ducha writes and in hand-edited ones alike; nil when a key is not found.
  static func place(of path: [any CodingKey], in data: Data) -> Place? {
    let bytes = [UInt8](data)
    var position = 0
    for key in path where key.intValue == nil {
      let needle = [UInt8]("\"\(key.stringValue)\"".utf8)
      guard let found = firstKey(needle, in: bytes, from: position) else { return nil }
      position = found
    }
    return place(ofByte: position, in: data)
  }

  /// Where the field a `SessionFinding` names starts: `answers.values.宣传`, `date`, or
  /// `rollCall[1].present` (the second row's, found as the second `"present"` key after
  /// `"rollCall"`, each row having one). Nil when a key is not found.
  static func place(ofField field: String, in data: Data) -> Place? {
    let bytes = [UInt8](data)
    var position = 0
    var skip = 0
    for part in field.split(separator: ".") {
      var key = part
      var index = 0
      if let open = part.firstIndex(of: "["), part.hasSuffix("]"),
        let number = Int(part[part.index(after: open)..<part.index(before: part.endIndex)])
      {
        key = part[..<open]
        index = number
      }
      let needle = [UInt8]("\"\(key)\"".utf8)
      // The key of row n of the list named before is the (n + 1)th one after the list.
      for _ in 0...skip {
        guard let found = firstKey(needle, in: bytes, from: position) else { return nil }
        position = found + needle.count
      }
      position -= needle.count
      skip = index
    }
    return place(ofByte: position, in: data)
  }

  /// The first `needle` at or after `start` that is followed by `:` (a key, not a value).
  private static func firstKey(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else {
      return nil
    }
    var index = start
    while index <= bytes.count - needle.count {
      if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) {
        var after = index + needle.count
        while after < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) { after += 1 }
        if after < bytes.count, bytes[after] == UInt8(ascii: ":") { return index }
      }
      index += 1
    }
    return nil
  }

  /// Line and column (in characters) of the byte at `offset`.
  static func place(ofByte offset: Int, in data: Data) -> Place {
    let bytes = [UInt8](data)
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Characters, not bytes: a line of Chinese text counts each character once.
    let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    return Place(line: line, column: column)
  }
}
