import Foundation
import ZIPFoundation

/// Reads the part `entry` into `handler` as it is inflated, a piece at a time; `afterPiece` runs
/// after each piece is read (to hand on the rows it completed, or to stop by throwing). A
/// syntax error is thrown with the part's name and its line, once the whole entry has been
/// inflated: a damaged entry is reported as such (its checksum) rather than by the XML it
/// garbles, as when the entry was inflated before it was read.
func parseEntry(
  _ entry: Entry, in archive: Archive, part: String, handler: some XMLContentHandler,
  afterPiece: () throws -> Void = {}
) throws {
  var stream = XMLStream()
  var total = 0
  var syntaxError: XMLSyntaxError?
  _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
    total += chunk.count
    if total > XLSXTableReader.maximumEntrySize {
      throw XLSXTableReader.XLSXError.tooLarge(entry.path)
    }
    guard syntaxError == nil else { return }
    do throws(XMLSyntaxError) {
      try stream.add(chunk, handler)
    } catch {
      syntaxError = error
      return
    }
    try afterPiece()
  }
  if syntaxError == nil {
    do throws(XMLSyntaxError) {
      try stream.finish([], handler)
    } catch {
      syntaxError = error
    }
  }
  if let syntaxError {
    throw XLSXTableReader.XLSXError.badXML(
      part, line: syntaxError.line, syntaxError.message)
  }
  try afterPiece()
}

/// Element names without their namespace prefix (`x:row` → `row`), as some writers prefix them.
func localName(_ name: String) -> Substring {
  // The last non-empty piece between colons, as `split(separator: ":").last` gives it,
  // without the array `split` builds for every element of a million-row sheet.
  var whole = Substring(name)
  while whole.unicodeScalars.last == ":" { whole = Substring(whole.unicodeScalars.dropLast()) }
  guard !whole.isEmpty else { return Substring(name) }
  guard let colon = whole.utf8.lastIndex(of: UInt8(ascii: ":")) else { return whole }
  return whole[whole.utf8.index(after: colon)...]
}

/// Small lookups in workbook.xml and its relationships.
final class AttributeCollector: XMLContentHandler {
  private let element: String
  private(set) var found: [[String: String]] = []

  init(element: String) { self.element = element }

  func startElement(_ elementName: String, attributes: [String: String]) {
    if localName(elementName) == element { found.append(attributes) }
  }

  /// The `attribute` of the first `element` in xl/workbook.xml.
  static func first(element: String, attribute: String, in entry: Entry, of archive: Archive)
    throws -> String?
  {
    let collector = AttributeCollector(element: element)
    try parseEntry(entry, in: archive, part: "xl/workbook.xml", handler: collector)
    return collector.found.first?[attribute]
  }

  /// Relationship id → target.
  static func relationships(in entry: Entry, of archive: Archive) throws -> [String: String] {
    let collector = AttributeCollector(element: "Relationship")
    try parseEntry(
      entry, in: archive, part: "xl/_rels/workbook.xml.rels", handler: collector)
    var targets: [String: String] = [:]
    for attributes in collector.found {
      if let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
    return targets
  }
}

/// xl/sharedStrings.xml: each `<si>` is one string, plain (`<t>`) or rich (`<r><t>`); phonetic
/// runs (`<rPh>`) are not part of the text.
final class SharedStringsParser: XMLContentHandler {
  private var strings = SharedStrings()
  private var current = ""
  private var inText = false
  private var phoneticDepth = 0

  private var tooLarge = false

  static func parse(_ entry: Entry, in archive: Archive) throws -> SharedStrings {
    let parser = SharedStringsParser()
    try parseEntry(entry, in: archive, part: "xl/sharedStrings.xml", handler: parser)
    if parser.tooLarge { throw XLSXTableReader.XLSXError.tooLarge(entry.path) }
    return parser.strings
  }

  func startElement(_ elementName: String, attributes: [String: String]) {
    switch localName(elementName) {
    case "si": current = ""
    case "rPh": phoneticDepth += 1
    case "t": inText = phoneticDepth == 0
    default: break
    }
  }

  func endElement(_ elementName: String) {
    switch localName(elementName) {
    case "si": if !strings.append(current) { tooLarge = true }
    case "rPh": phoneticDepth -= 1
    case "t": inText = false
    default: break
    }
  }

  func characters(_ string: String) {
    if inText { current += string }
  }
}

/// xl/styles.xml: which cell styles (`s` attribute, an index into `cellXfs`) format a number
/// as a date, by built-in format id or by a custom format code with y/m/d or 年月日.
final class StylesParser: XMLContentHandler {
  private var customFormats: [Int: String] = [:]
  private var styleFormats: [Int] = []
  private var inCellXfs = false

  /// Built-in date formats, including the CJK ones Excel uses in a Chinese locale.
  static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

  static func dateStyles(_ entry: Entry, in archive: Archive) throws -> Set<Int> {
    let parser = StylesParser()
    try parseEntry(entry, in: archive, part: "xl/styles.xml", handler: parser)
    var dates: Set<Int> = []
    for (index, format) in parser.styleFormats.enumerated() {
      if builtInDates.contains(format) || parser.customFormats[format].map(isDateFormat) == true {
        dates.insert(index)
      }
    }
    return dates
  }

  /// Whether a format code shows a date: y or d (or 年月日) outside quoted text and brackets.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    for character in code.lowercased() {
      switch character {
      case "\"": quoted.toggle()
      case "[": bracket = true
      case "]": bracket = false
      case "y", "d", "年", "日": if !quoted && !bracket { return true }
      default: break
      }
    }
    return false
  }

  func startElement(_ elementName: String, attributes: [String: String]) {
    switch localName(elementName) {
    case "numFmt":
      if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
        customFormats[id] = code
      }
    case "cellXfs": inCellXfs = true
    case "xf" where inCellXfs:
      styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
    default: break
    }
  }

  func endElement(_ elementName: String) {
    if localName(elementName) == "cellXfs" { inCellXfs = false }
  }
}
