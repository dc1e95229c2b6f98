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
}

extension XMLContentHandler {
  func endElement(_ name: String) {}
  func characters(_ text: String) {}
}

/// A document that is not well-formed XML: what is wrong and on which line.
struct XMLSyntaxError: Error, Equatable {
  /// 1-based line of the problem.
  let line: Int
  /// What is wrong, in English (it is quoted inside the R109 message).
  let message: String
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
    if let utf16 = convertedFromUTF16(data) {
      try read(utf16, into: handler)
      return
    }
    let result: Result<Void, XMLSyntaxError> = data.withUnsafeBytes { raw in
      var scanner = XMLScanner(bytes: raw.bindMemory(to: UInt8.self))
      do throws(XMLSyntaxError) {
        try scanner.document(handler)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
  }

  /// A part written as UTF-16 with a byte-order mark, as UTF-8 bytes; nil for anything else.
  private static func convertedFromUTF16(_ data: Data) -> Data? {
    guard data.count >= 2 else { return nil }
    let first = data[data.startIndex]
    let second = data[data.startIndex + 1]
    let encoding: String.Encoding
    switch (first, second) {
    case (0xFF, 0xFE): encoding = .utf16LittleEndian
    case (0xFE, 0xFF): encoding = .utf16BigEndian
    default: return nil
    }
    // A part that does not decode stays as it is and fails as bytes that are not UTF-8.
    guard let text = String(data: data.dropFirst(2), encoding: encoding) else { return nil }
    return Data(text.utf8)
  }
}
