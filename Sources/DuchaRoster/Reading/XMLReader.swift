import DuchaChecklist
import Foundation

/// Receives what `XMLReader` reads, in document order: the events Foundation's `XMLParser`
/// gave the XLSX parsers (qualified names, attributes by qualified name, text with references
/// replaced), so each handler reads exactly as it did with `XMLParser`.
protocol XMLContentHandler: AnyObject {
  /// An element starts (`<x:row r="5">` → `x:row`, `["r": "5"]`); `<a/>` starts and ends.
  func startElement(_ name: String, attributes: [String: String])
  /// An element ends.
  func endElement(_ name: String)
  /// Text inside the root element (possibly in several pieces).
  func characters(_ text: String)
  /// Whether the handler reads the element named `name` (its start and end); the others are
  /// checked as carefully, but their attributes are not gathered: a first pass over a sheet of
  /// a million rows wants only its `mergeCell`s.
  func wantsElement(_ name: String) -> Bool
  /// Whether the handler reads text (checked either way).
  var wantsText: Bool { get }
}

extension XMLContentHandler {
  func endElement(_ name: String) {}
  func characters(_ text: String) {}
  func wantsElement(_ name: String) -> Bool { true }
  var wantsText: Bool { true }
}

/// A document that is not well-formed XML: what is wrong and on which line.
struct XMLSyntaxError: Error, Equatable {
  /// 1-based line of the problem.
  let line: Int
  /// What is wrong, in both languages (it is quoted inside the R109 message, which gave the
  /// English words inside the Chinese sentence).
  let message: Localized
}

/// A small streaming reader of the XML parts of an XLSX workbook, used instead of Foundation's
/// `XMLParser`: that one is libxml2 (with system ICU), and linking FoundationXML made the dynamic
/// loader map both at every start of `ducha`, XLSX or not (README, issue 13 point 1).
///
/// It reads UTF-8 (a UTF-16 part with its byte-order mark is converted first), elements,
/// attributes, text, the five predefined entities and character references, CDATA sections
/// (as text), comments, processing instructions and a DOCTYPE (skipped; its entities are not
/// expanded). Anything that is not well-formed is an `XMLSyntaxError` with its line, as
/// libxml2 refused it: mismatched or unclosed tags, undefined entities, `<` in an attribute
/// value, text outside the root element, control characters, invalid UTF-8.
enum XMLReader {
  /// Reads `data`, calling `handler` for each element and text; throws at the first error.
  static func read(_ data: Data, into handler: some XMLContentHandler) throws(XMLSyntaxError) {
    var stream = XMLStream()
    try stream.finish([UInt8](data), handler)
  }

  /// A part written as UTF-16 with a byte-order mark, as UTF-8 bytes; nil for anything else.
  static func convertedFromUTF16(_ data: [UInt8]) -> [UInt8]? {
    guard let encoding = utf16Encoding(data) else { return nil }
    // A part that does not decode stays as it is and fails as bytes that are not UTF-8.
    guard let text = String(bytes: data.dropFirst(2), encoding: encoding) else { return nil }
    return Array(text.utf8)
  }

  /// The encoding a UTF-16 byte-order mark at the start of `bytes` names.
  static func utf16Encoding(_ bytes: [UInt8]) -> String.Encoding? {
    guard bytes.count >= 2 else { return nil }
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): return .utf16LittleEndian
    case (0xFE, 0xFF): return .utf16BigEndian
    default: return nil
    }
  }
}

/// A document read as its bytes arrive (a part inflated out of its zip entry a piece at a
/// time): the bytes are kept only until the tokens they hold are read, so memory stays at a
/// piece or two however long the part is. Reads exactly as `XMLReader.read` over the whole.
struct XMLStream {
  /// Bytes gathered before the scanner is called (the zip reader hands out small pieces);
  /// tests make it tiny, so tokens straddle the windows.
  private let window: Int
  private var scanner = XMLScanner()
  private var pending: [UInt8] = []
  /// Whether the part is UTF-16 (known once two bytes are in): such a part is converted
  /// whole at the end, as the scanner reads UTF-8.
  private var isUTF16: Bool?

  init(window: Int = 1 << 16) {
    self.window = window
  }

  /// Takes the next bytes, reading the tokens that are complete.
  mutating func add(_ bytes: some Collection<UInt8>, _ handler: some XMLContentHandler)
    throws(XMLSyntaxError)
  {
    pending.append(contentsOf: bytes)
    if isUTF16 == nil, pending.count >= 2 {
      isUTF16 = XMLReader.utf16Encoding(pending) != nil
    }
    guard isUTF16 == false, pending.count >= window else { return }
    let consumed = try scan(isFinal: false, handler)
    pending.removeFirst(consumed)
  }

  /// Takes the last bytes and reads to the end of the document.
  mutating func finish(_ bytes: some Collection<UInt8>, _ handler: some XMLContentHandler)
    throws(XMLSyntaxError)
  {
    pending.append(contentsOf: bytes)
    if let utf8 = XMLReader.convertedFromUTF16(pending) { pending = utf8 }
    _ = try scan(isFinal: true, handler)
    pending = []
  }

  private mutating func scan(isFinal: Bool, _ handler: some XMLContentHandler)
    throws(XMLSyntaxError) -> Int
  {
    // Moved out, so the arrays it holds are not copied when it changes.
    var scanner = self.scanner
    self.scanner = XMLScanner()
    let result: Result<Int, XMLSyntaxError> = pending.withUnsafeBufferPointer { window in
      do throws(XMLSyntaxError) {
        return .success(try scanner.scan(window, isFinal: isFinal, handler))
      } catch {
        return .failure(error)
      }
    }
    self.scanner = scanner
    return try result.get()
  }
}
