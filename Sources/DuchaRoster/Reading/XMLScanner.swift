import DuchaChecklist

/// The byte-level work of `XMLReader`: one pass over UTF-8 bytes, calling the handler as
/// elements and text are found. Positions are byte offsets; a line number is counted only
/// when an error is reported.
///
/// The bytes come in windows (`scan`): a sheet of a million rows is inflated out of its zip
/// entry a piece at a time. A window is read up to the last token (a tag, a run of text, a
/// comment, …) that ends in it with `margin` bytes to spare, so every token is read as it would
/// be in the whole document, look-ahead included; the rest comes again at the start of the next
/// window. The last window is read to its end, with the checks at the end of a document.
struct XMLScanner {
  private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var index = 0
  private var isFinal = true
  private var started = false
  private var rootSeen = false
  /// Line ends in the bytes of earlier windows, for the line of an error.
  private var linesBefore = 0
  /// Names of the open elements, innermost last.
  private var open: [String] = []
  /// Text read since the last tag, references replaced; handed over before the next tag.
  private var text: [UInt8] = []
  /// The attribute value being read, references replaced (kept to save an allocation a value).
  private var value: [UInt8] = []
  /// The attribute names of a start tag the handler does not want, to find one given twice.
  private var seenAttributes: [String] = []

  /// Bytes a token must leave after it in a window that is not the last: the reader looks
  /// past a token's end by at most this much (an entity name is up to 12 bytes).
  static let margin = 16

  /// Reads a whole document.
  mutating func document(_ bytes: UnsafeBufferPointer<UInt8>, _ handler: some XMLContentHandler)
    throws(XMLSyntaxError)
  {
    _ = try scan(bytes, isFinal: true, handler)
  }

  /// Reads the next window of the document: the bytes after those consumed from the previous
  /// window. Returns how many bytes it consumed; the caller hands the rest back at the start
  /// of the next window. The last window (`isFinal`) is read whole: prolog, one root element,
  /// then only comments, processing instructions and white space.
  mutating func scan(
    _ window: UnsafeBufferPointer<UInt8>, isFinal: Bool, _ handler: some XMLContentHandler
  ) throws(XMLSyntaxError) -> Int {
    bytes = window
    index = 0
    self.isFinal = isFinal
    if !started {
      guard isFinal || bytes.count >= 3 else { return 0 }
      started = true
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }
    while index < bytes.count {
      if !isFinal {
        guard let end = tokenEnd(), end + Self.margin <= bytes.count else { break }
      }
      try token(handler)
    }
    if isFinal {
      if let innermost = open.last {
        throw failure(
          Localized("文档在 <\(innermost)> 里面就结束了", en: "the document ends inside <\(innermost)>"))
      }
      if !rootSeen { throw failure(Localized("文档是空的", en: "the document is empty")) }
    }
    for position in 0..<index where bytes[position] == ascii("\n") { linesBefore += 1 }
    return index
  }

  /// Reads the token at `index`.
  private mutating func token(_ handler: some XMLContentHandler) throws(XMLSyntaxError) {
    let byte = bytes[index]
    if byte != ascii("<") {
      if open.isEmpty {
        guard isSpace(byte) else {
          throw failure(rootSeen ? Self.afterEnd : Localized("没有开始标签", en: "no start tag"))
        }
        index += 1
      } else {
        try characterData()
      }
      return
    }
    switch peek(1) ?? 0 {
    case ascii("?"):
      try skip(past: "?>", what: Localized("处理指令", en: "processing instruction"))
    case ascii("!"):
      if starts(with: "<!--") {
        try skip(past: "-->", what: Localized("注释", en: "comment"))
      } else if starts(with: "<![CDATA[") {
        guard !open.isEmpty else {
          throw failure(Localized("CDATA 段在根元素之外", en: "CDATA outside the root element"))
        }
        index += 9
        guard let end = find("]]>") else {
          throw failure(Localized("CDATA 段没有结束", en: "unterminated CDATA section"))
        }
        try appendText(from: index, to: end)
        index = end + 3
      } else if starts(with: "<!DOCTYPE"), !rootSeen, open.isEmpty {
        try skipDoctype()
      } else {
        throw failure(Localized("认不出的标记", en: "unexpected markup"))
      }
    case ascii("/"):
      try endTag(handler)
    default:
      if rootSeen && open.isEmpty { throw failure(Self.afterEnd) }
      rootSeen = true
      try startTag(handler)
    }
  }

  /// Where the token at `index` ends in this window (exclusive), nil when it does not.
  private func tokenEnd() -> Int? {
    if bytes[index] != ascii("<") {
      guard !open.isEmpty else { return index + 1 }
      var position = index
      while position < bytes.count, bytes[position] != ascii("<") { position += 1 }
      return position < bytes.count ? position : nil
    }
    // Enough to tell `<!DOCTYPE` and `<![CDATA[` from the rest.
    guard index + 9 <= bytes.count else { return nil }
    if starts(with: "<?") { return find("?>").map { $0 + 2 } }
    if starts(with: "<!--") { return find("-->").map { $0 + 3 } }
    if starts(with: "<![CDATA[") {
      var after = self
      after.index += 9
      return after.find("]]>").map { $0 + 3 }
    }
    if starts(with: "<!DOCTYPE") { return doctypeEnd() }
    if starts(with: "<!") { return index + 2 }
    // A tag ends at the first > outside quotes (a value may hold >).
    var position = index + 1
    var quote: UInt8? = nil
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == ascii("\"") || byte == ascii("'") {
        quote = byte
      } else if byte == ascii(">") {
        return position
      }
    }
    return nil
  }

  // MARK: Tags

  private mutating func startTag(_ handler: some XMLContentHandler) throws(XMLSyntaxError) {
    try flushText(handler)
    index += 1
    let name = try self.name(what: Localized("元素", en: "element"))
    // An element the handler does not read is checked alike, without gathering its attributes.
    let wanted = handler.wantsElement(name)
    var attributes: [String: String] = [:]
    seenAttributes.removeAll(keepingCapacity: true)
    while true {
      let spaced = skipSpaces()
      guard index < bytes.count else {
        throw failure(Localized("开始标签 <\(name) 没有结束", en: "unterminated start tag <\(name)"))
      }
      if bytes[index] == ascii(">") {
        index += 1
        if wanted { handler.startElement(name, attributes: attributes) }
        open.append(name)
        return
      }
      if bytes[index] == ascii("/") {
        guard peek(1) == ascii(">") else {
          throw failure(Localized("<\(name) 里这里应是 />", en: "expected /> in <\(name)"))
        }
        index += 2
        if wanted {
          handler.startElement(name, attributes: attributes)
          handler.endElement(name)
        }
        return
      }
      guard spaced else {
        throw failure(
          Localized(
            "<\(name)> 的属性之间要有空格", en: "attributes of <\(name)> must be separated by spaces"))
      }
      let attribute = try self.name(what: Localized("属性", en: "attribute"))
      skipSpaces()
      guard index < bytes.count, bytes[index] == ascii("=") else {
        throw failure(
          Localized(
            "<\(name)> 的属性 \(attribute) 没有值", en: "attribute \(attribute) of <\(name)> has no value"
          ))
      }
      index += 1
      skipSpaces()
      try attributeValue(of: attribute)
      let twice: Bool
      if wanted {
        twice = attributes.updateValue(try string(value), forKey: attribute) != nil
      } else {
        try checkUTF8(value)
        twice = seenAttributes.contains(attribute)
        seenAttributes.append(attribute)
      }
      guard !twice else {
        throw failure(
          Localized(
            "属性 \(attribute) 在 <\(name)> 里出现了两次",
            en: "attribute \(attribute) appears twice in <\(name)>"))
      }
    }
  }

  private mutating func endTag(_ handler: some XMLContentHandler) throws(XMLSyntaxError) {
    try flushText(handler)
    index += 2
    let name = try self.name(what: Localized("元素", en: "element"))
    skipSpaces()
    guard index < bytes.count, bytes[index] == ascii(">") else {
      throw failure(Localized("结束标签 </\(name) 没有结束", en: "unterminated end tag </\(name)"))
    }
    index += 1
    guard let innermost = open.last else {
      throw failure(
        Localized("结束标签 </\(name)> 前面没有开始标签", en: "end tag </\(name)> without a start"))
    }
    guard innermost == name else {
      throw failure(
        Localized(
          "</\(name)> 与前面的 <\(innermost)> 不配对", en: "</\(name)> does not close <\(innermost)>"))
    }
    open.removeLast()
    if handler.wantsElement(name) { handler.endElement(name) }
  }

  /// An element or attribute name: up to white space, `=`, `/`, `>`.
  private mutating func name(what: Localized) throws(XMLSyntaxError) -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if isSpace(byte) || byte == ascii("=") || byte == ascii("/") || byte == ascii(">") { break }
      if byte == ascii("<") || byte == ascii("&") || byte == ascii("\"") || byte == ascii("'")
        || byte < 0x20
      {
        throw failure(
          Localized("\(what.zh)名里有不允许的字符", en: "invalid character in an \(what.en) name"))
      }
      index += 1
    }
    guard index > start else {
      throw failure(Localized("缺少\(what.zh)名", en: "an \(what.en) name is missing"))
    }
    let first = bytes[start]
    if first == ascii("-") || first == ascii(".") || (ascii("0")...ascii("9")).contains(first) {
      throw failure(
        Localized(
          "\(what.zh)名不能以 \(Character(Unicode.Scalar(first))) 开头",
          en: "an \(what.en) name cannot start with \(Character(Unicode.Scalar(first)))"))
    }
    return try string(from: start, to: index)
  }

  /// A quoted attribute value into `value`, with references replaced and white space
  /// characters as spaces (attribute-value normalization of XML 1.0 §3.3.3 for undeclared
  /// attributes).
  private mutating func attributeValue(of attribute: String) throws(XMLSyntaxError) {
    guard index < bytes.count, bytes[index] == ascii("\"") || bytes[index] == ascii("'") else {
      throw failure(
        Localized("\(attribute) 的值要放在引号里", en: "the value of \(attribute) must be quoted"))
    }
    let quote = bytes[index]
    index += 1
    value.removeAll(keepingCapacity: true)
    while true {
      guard index < bytes.count else {
        throw failure(Localized("\(attribute) 的值没有结束", en: "unterminated value of \(attribute)"))
      }
      let byte = bytes[index]
      switch byte {
      case quote:
        index += 1
        return
      case ascii("<"):
        throw failure(Localized("\(attribute) 的值里有 <", en: "< in the value of \(attribute)"))
      case ascii("&"):
        let scalar = try reference()
        append(scalar, to: &value)
      case ascii("\r"):
        // \r\n is one line end, and a line end in a value is one space.
        index += peek(1) == ascii("\n") ? 2 : 1
        value.append(ascii(" "))
      case ascii("\t"), ascii("\n"):
        index += 1
        value.append(ascii(" "))
      default:
        guard byte >= 0x20 else {
          throw failure(Localized("值里有控制字符 \(byte)", en: "control character \(byte) in a value"))
        }
        index += 1
        value.append(byte)
      }
    }
  }

  // MARK: Text

  /// Text up to the next `<`, with references replaced and line ends as `\n`.
  private mutating func characterData() throws(XMLSyntaxError) {
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case ascii("<"):
        return
      case ascii("&"):
        let scalar = try reference()
        append(scalar, to: &text)
      case ascii("\r"):
        index += peek(1) == ascii("\n") ? 2 : 1
        text.append(ascii("\n"))
      case ascii("]"):
        if starts(with: "]]>") {
          throw failure(Localized("CDATA 段之外出现了 ]]>", en: "]]> outside a CDATA section"))
        }
        index += 1
        text.append(byte)
      default:
        guard byte >= 0x20 || byte == ascii("\t") || byte == ascii("\n") else {
          throw failure(Localized("文本里有控制字符 \(byte)", en: "control character \(byte) in text"))
        }
        index += 1
        text.append(byte)
      }
    }
  }

  /// CDATA text as it stands, but for line ends.
  private mutating func appendText(from start: Int, to end: Int) throws(XMLSyntaxError) {
    var position = start
    while position < end {
      let byte = bytes[position]
      if byte == ascii("\r") {
        text.append(ascii("\n"))
        if position + 1 < end, bytes[position + 1] == ascii("\n") { position += 1 }
      } else {
        guard byte >= 0x20 || byte == ascii("\t") || byte == ascii("\n") else {
          index = position
          throw failure(
            Localized("CDATA 段里有控制字符 \(byte)", en: "control character \(byte) in a CDATA section"))
        }
        text.append(byte)
      }
      position += 1
    }
  }

  private mutating func flushText(_ handler: some XMLContentHandler) throws(XMLSyntaxError) {
    guard !text.isEmpty else { return }
    guard handler.wantsText else {
      try checkUTF8(text)
      text.removeAll(keepingCapacity: true)
      return
    }
    let piece = try string(text)
    text.removeAll(keepingCapacity: true)
    handler.characters(piece)
  }

  /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#…;` `&#x…;` at `index`: the character it stands for.
  private mutating func reference() throws(XMLSyntaxError) -> Unicode.Scalar {
    let start = index + 1
    var end = start
    while end < bytes.count, bytes[end] != ascii(";"), end - start < 12 { end += 1 }
    guard end < bytes.count, bytes[end] == ascii(";"), end > start else {
      throw failure(Localized("& 后面不是实体名和 ;", en: "& not followed by an entity name and ;"))
    }
    let body = UnsafeBufferPointer(rebasing: bytes[start..<end])
    let scalar: Unicode.Scalar
    if body[0] == ascii("#") {
      guard let referenced = characterReference(body.dropFirst()) else {
        let reference = "&\(String(decoding: body, as: UTF8.self));"
        throw failure(
          Localized("字符引用 \(reference) 无效", en: "invalid character reference \(reference)"))
      }
      scalar = referenced
    } else {
      switch String(decoding: body, as: UTF8.self) {
      case "amp": scalar = "&"
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      case let other:
        throw failure(Localized("实体 &\(other); 没有定义", en: "entity &\(other); is not defined"))
      }
    }
    index = end + 1
    return scalar
  }

  /// The character of `#…` or `#x…` (without the `#`), if it is one XML allows.
  private func characterReference(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
    var digits = digits[...]
    var radix: UInt32 = 10
    if digits.first == ascii("x") {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      let digit: UInt32
      switch byte {
      case ascii("0")...ascii("9"): digit = UInt32(byte - ascii("0"))
      case ascii("a")...ascii("f") where radix == 16: digit = UInt32(byte - ascii("a") + 10)
      case ascii("A")...ascii("F") where radix == 16: digit = UInt32(byte - ascii("A") + 10)
      default: return nil
      }
      value = value * radix + digit
      if value > 0x10FFFF { return nil }
    }
    // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    let allowed =
      value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
      || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    return allowed ? Unicode.Scalar(value) : nil
  }

  // MARK: Skipped markup

  private mutating func skip(past terminator: StaticString, what: Localized) throws(XMLSyntaxError)
  {
    guard let end = find(terminator) else {
      throw failure(Localized("\(what.zh)没有结束", en: "unterminated \(what.en)"))
    }
    index = end + terminator.utf8CodeUnitCount
  }

  /// `<!DOCTYPE …>`, with an internal subset in brackets and quoted strings in it.
  private mutating func skipDoctype() throws(XMLSyntaxError) {
    guard let end = doctypeEnd() else {
      throw failure(Localized("DOCTYPE 没有结束", en: "unterminated DOCTYPE"))
    }
    index = end
  }

  /// Just past the `>` that ends the DOCTYPE at `index`, nil when it does not end.
  private func doctypeEnd() -> Int? {
    var position = index + 9
    var bracketDepth = 0
    var quote: UInt8? = nil
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case ascii("\""), ascii("'"): quote = byte
      case ascii("["): bracketDepth += 1
      case ascii("]"): bracketDepth -= 1
      case ascii(">") where bracketDepth <= 0: return position
      default: break
      }
    }
    return nil
  }

  // MARK: Small helpers

  private func peek(_ offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private func starts(with literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    let pattern = literal.utf8Start
    for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }

  /// The offset of the next `literal` at or after `index`.
  private func find(_ literal: StaticString) -> Int? {
    let count = literal.utf8CodeUnitCount
    let pattern = literal.utf8Start
    var position = index
    while position + count <= bytes.count {
      if bytes[position] == pattern[0] {
        var offset = 1
        while offset < count, bytes[position + offset] == pattern[offset] { offset += 1 }
        if offset == count { return position }
      }
      position += 1
    }
    return nil
  }

  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = index
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    return index > start
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  private func string(from start: Int, to end: Int) throws(XMLSyntaxError) -> String {
    let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<end])
    // Not `String(validating:)`: being generic, it looked up type metadata on every call, a
    // fifth of the time of reading a sheet.
    guard UTF8Scan.firstInvalidByte(utf8) == nil else { throw failure(Self.notUTF8) }
    return String(decoding: utf8, as: UTF8.self)
  }

  private func string(_ utf8: [UInt8]) throws(XMLSyntaxError) -> String {
    try checkUTF8(utf8)
    return String(decoding: utf8, as: UTF8.self)
  }

  private func checkUTF8(_ utf8: [UInt8]) throws(XMLSyntaxError) {
    guard utf8.withUnsafeBufferPointer({ UTF8Scan.firstInvalidByte($0) }) == nil else {
      throw failure(Self.notUTF8)
    }
  }

  static let afterEnd = Localized("文档结束后还有内容", en: "content after the end of the document")
  static let notUTF8 = Localized("文本不是 UTF-8 编码", en: "the text is not UTF-8")

  /// An error at `index`, with the line counted from the start of the document.
  private func failure(_ message: Localized) -> XMLSyntaxError {
    var line = 1 + linesBefore
    for position in 0..<min(index, bytes.count) where bytes[position] == ascii("\n") { line += 1 }
    return XMLSyntaxError(line: line, message: message)
  }
}

/// Appends the UTF-8 form of `scalar`.
private func append(_ scalar: Unicode.Scalar, to target: inout [UInt8]) {
  if scalar.isASCII {
    target.append(UInt8(truncatingIfNeeded: scalar.value))
  } else {
    UTF8.encode(scalar) { target.append($0) }
  }
}

/// The byte of an ASCII character literal.
private func ascii(_ character: Unicode.Scalar) -> UInt8 {
  UInt8(truncatingIfNeeded: character.value)
}
