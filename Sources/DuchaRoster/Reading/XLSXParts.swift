import Foundation

/// Reads `data` into `handler`; a syntax error is thrown with the part's name and its line.
func parseXML(_ data: Data, part: String, handler: some XMLContentHandler) throws {
  do {
    try XMLReader.read(data, into: handler)
  } catch {
    throw XLSXTableReader.XLSXError.badXML(part, "line \(error.line): \(error.message)")
  }
}

/// Element names without their namespace prefix (`x:row` → `row`), as some writers prefix them.
func localName(_ name: String) -> Substring {
  name.split(separator: ":").last ?? Substring(name)
}

/// Small lookups in workbook.xml and its relationships.
final class AttributeCollector: XMLContentHandler {
  private let element: String
  private(set) var found: [[String: String]] = []

  init(element: String) { self.element = element }

  func startElement(_ elementName: String, attributes: [String: String]) {
    if localName(elementName) == element { found.append(attributes) }
  }

  /// The `attribute` of the first `element`.
  static func first(element: String, attribute: String, in data: Data) throws -> String? {
    let collector = AttributeCollector(element: element)
    try parseXML(data, part: "xl/workbook.xml", handler: collector)
    return collector.found.first?[attribute]
  }

  /// Relationship id → target.
  static func relationships(_ data: Data) throws -> [String: String] {
    let collector = AttributeCollector(element: "Relationship")
    try parseXML(data, part: "xl/_rels/workbook.xml.rels", handler: collector)
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
  private var strings: [String] = []
  private var current = ""
  private var inText = false
  private var phoneticDepth = 0

  static func parse(_ data: Data) throws -> [String] {
    let parser = SharedStringsParser()
    try parseXML(data, part: "xl/sharedStrings.xml", handler: parser)
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
    case "si": strings.append(current)
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

  static func dateStyles(_ data: Data) throws -> Set<Int> {
    let parser = StylesParser()
    try parseXML(data, part: "xl/styles.xml", handler: parser)
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
