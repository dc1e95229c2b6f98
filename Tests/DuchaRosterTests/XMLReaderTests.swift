import DuchaChecklist
import Foundation
import Testing
import ZIPFoundation

@testable import DuchaRoster

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `XMLReader` replaced Foundation's `XMLParser` (libxml2) for the parts of XLSX workbooks; it
/// is held to `XMLParser` here: the same elements, attributes and text on every part of every
/// fixture workbook and on documents written to use what XML allows, and the same refusals of
/// documents that are not well-formed. The xml-details workbooks are written by openpyxl
/// (Fixtures/make-xml-details.py).
@Suite("XML parts of XLSX workbooks")
struct XMLReaderTests {
  static let workbooks = [
    "registry-a.xlsx", "registry-merged.xlsx", "xml-details.xlsx", "xml-details-shared.xlsx",
  ]

  @Test("every part of every fixture workbook reads as XMLParser reads it", arguments: workbooks)
  func sameAsXMLParser(workbook: String) throws {
    let archive = try Archive(
      data: Data(contentsOf: URL(fileURLWithPath: RosterFixtures.path(workbook))), accessMode: .read
    )
    var parts = 0
    for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
      let data = try XLSXTableReader.contents(of: entry, in: archive)
      let expected = try #require(Self.foundationEvents(data), "\(entry.path)")
      #expect(try Self.events(data) == expected, "\(workbook) \(entry.path)")
      parts += 1
    }
    #expect(parts >= 6)
  }

  @Test("cells written by openpyxl, inline and shared, read as typed")
  func openpyxlCells() throws {
    let expected = [
      ["名称", "值"],
      ["符号", "A&B <C> \"D\" 'E'"],
      // openpyxl writes \r as &#13; (kept) and \n as a line end.
      ["换行", "第一行\n第二行\r\n第三行"],
      ["空格", "  前后有空格  "],
      ["表情", "👩‍👩‍👧 家庭"],
      ["富文本", "王小明（班长）"],
      ["布尔", "TRUE"],
      ["小数", "1.5"],
      ["大数", "100000000000000000000"],
      ["日期", "2015-03-08"],
      ["公式", ""],
    ]
    for workbook in ["xml-details.xlsx", "xml-details-shared.xlsx"] {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: RosterFixtures.path(workbook))))
      let table = XLSXTableReader.read(bytes, file: workbook)
      #expect(table.diagnostics.isEmpty, "\(workbook)")
      #expect(table.rows.map(\.cells) == expected, "\(workbook)")
      #expect(table.rows.map(\.line) == Array(1...11), "\(workbook)")
    }
  }

  /// Documents that use what the parts may hold: a declaration, comments, processing
  /// instructions, prefixes, references, CDATA, single quotes, line ends in values and text.
  static let documents = [
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
      + "\r\n<a b='1' c=\"&lt;&amp;&#x4E2D;\"/>",
    "<x:row xmlns:x=\"urn:x\" r=\"5\"><x:c r=\"A5\"><x:v>1</x:v></x:c></x:row>",
    "<!-- before --><a><?pi data?><b>one<!-- inside -->two</b><![CDATA[<raw & text>]]></a>",
    "<a v=\"line\none\r\ntwo\tthree\">text\r\nwith\rends &#13; &#x9; &quot;&apos;</a>\n<!-- after -->\n",
    "\u{FEFF}<a>中文 &#20013;&#x6587; 👩‍👩‍👧</a>",
    "<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]><a>x</a>",
    "<a  b = \"1\"\n c='2' ><b/><b></b>   </a>",
  ]

  @Test("documents using comments, references, CDATA and prefixes", arguments: documents)
  func sameEventsAsXMLParser(document: String) throws {
    let data = Data(document.utf8)
    let expected = try #require(Self.foundationEvents(data))
    #expect(try Self.events(data) == expected)
  }

  /// Every document of this suite, and every part of every fixture workbook.
  static func allDocuments() throws -> [Data] {
    var found = documents.map { Data($0.utf8) }
    for workbook in workbooks {
      let archive = try Archive(
        data: Data(contentsOf: URL(fileURLWithPath: RosterFixtures.path(workbook))),
        accessMode: .read)
      for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
        found.append(try XLSXTableReader.contents(of: entry, in: archive))
      }
    }
    return found
  }

  @Test(
    "read in pieces, as a sheet comes out of its zip entry, a part reads as it does whole",
    arguments: [1, 2, 9, 16, 17, 40, 300])
  func inPieces(window: Int) throws {
    for data in try Self.allDocuments() {
      for piece in [1, 5, 64] {
        #expect(try Self.events(data, window: window, piece: piece) == Self.events(data))
      }
    }
    for (document, _, _) in Self.broken + Self.brokenButReadByXMLParser {
      let data = Data(document.utf8)
      let whole = Self.failure { _ = try Self.events(data) }
      #expect(whole != nil)
      for piece in [1, 3] {
        #expect(Self.failure { _ = try Self.events(data, window: window, piece: piece) } == whole)
      }
    }
  }

  @Test("an error far into a part read in pieces has the line it has in the whole part")
  func lineAcrossPieces() {
    let rows = (1...5000).map { "<row r=\"\($0)\"><c><v>\($0)</v></c></row>" }
    let document = "<sheetData>\n" + rows.joined(separator: "\n") + "\n<row></sheetData>"
    let expected = XMLSyntaxError(
      line: 5002,
      message: Localized(
        "</sheetData> 与前面的 <row> 不配对", en: "</sheetData> does not close <row>"))
    #expect(Self.failure { _ = try Self.events(Data(document.utf8)) } == expected)
    #expect(
      Self.failure { _ = try Self.events(Data(document.utf8), window: 4096, piece: 1000) }
        == expected)
  }

  @Test("a UTF-16 part with its byte-order mark reads as its UTF-8 form")
  func utf16() throws {
    let text = "<a b=\"中\">文</a>"
    var little = Data([0xFF, 0xFE])
    for unit in text.utf16 { little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
    #expect(try Self.events(little) == Self.events(Data(text.utf8)))
  }

  /// Not well-formed: the line and what is wrong. XMLParser refuses the first group too; the
  /// second it read on Linux as far as it could and reported success, so a damaged sheet gave
  /// some of its rows without a word — XMLReader refuses them (R109 with the line).
  static let broken: [(String, Int, String)] = [
    ("<a>&nbsp;</a>", 1, "entity &nbsp; is not defined"),
    ("<a>&#0;</a>", 1, "invalid character reference &#0;"),
    ("<a b=\"<\"/>", 1, "< in the value of b"),
    ("<a b=\"1\" b=\"2\"/>", 1, "attribute b appears twice in <a>"),
    ("text<a/>", 1, "no start tag"),
    ("<a>\u{01}</a>", 1, "control character 1 in text"),
    ("<a>]]></a>", 1, "]]> outside a CDATA section"),
    ("</a>", 1, "end tag </a> without a start"),
  ]
  static let brokenButReadByXMLParser: [(String, Int, String)] = [
    ("", 1, "the document is empty"),
    ("<a>\n<b>\n</a>", 3, "</a> does not close <b>"),
    ("<a>\n<b>text", 2, "the document ends inside <b>"),
    ("<a b=\"1\"c=\"2\"/>", 1, "attributes of <a> must be separated by spaces"),
    ("<a b=1/>", 1, "the value of b must be quoted"),
    ("<a></a>\n<b/>", 2, "content after the end of the document"),
    ("<a><!-- open</a>", 1, "unterminated comment"),
  ]

  @Test("documents that are not well-formed: the line and what is wrong", arguments: broken.indices)
  func refused(index: Int) {
    let (document, line, message) = Self.broken[index]
    let data = Data(document.utf8)
    #expect(Self.foundationEvents(data) == nil, "XMLParser read \(document.debugDescription)")
    let found = Self.failure { _ = try Self.events(data) }
    #expect(found?.line == line)
    #expect(found?.message.en == message)
  }

  @Test(
    "documents that XMLParser read in part without an error are refused",
    arguments: brokenButReadByXMLParser.indices)
  func refusedWhereXMLParserStoppedSilently(index: Int) {
    let (document, line, message) = Self.brokenButReadByXMLParser[index]
    let found = Self.failure { _ = try Self.events(Data(document.utf8)) }
    #expect(found?.line == line)
    #expect(found?.message.en == message)
  }

  @Test("bytes that are not UTF-8 are refused")
  func notUTF8() {
    let data = Data([0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E])  // <a>\xC3(</a>
    #expect(Self.foundationEvents(data) == nil)
    #expect(
      throws: XMLSyntaxError(
        line: 1, message: Localized("文本不是 UTF-8 编码", en: "the text is not UTF-8"))
    ) {
      try Self.events(data)
    }
  }

  @Test("a damaged sheet is one R109 error with the line")
  func damagedSheet() throws {
    let table = XLSXTableReader.read(
      try Self.workbook(sheet: "<worksheet>\n<sheetData>\n<row></sheetData>"), file: "坏.xlsx")
    #expect(table.rows.isEmpty)
    #expect(table.diagnostics.map(\.code) == ["R109"])
    #expect(
      table.diagnostics.first?.message.zh
        == "XLSX 文件读不了（worksheet 第 3 行的 XML 不完整或有错：</sheetData> 与前面的 <row> 不配对），可能已损坏或不是 Excel 工作簿。"
    )
    // Each language alone: it was “worksheet：line 3: …” in both.
    #expect(
      table.diagnostics.first?.message.en
        == "cannot read the XLSX file (worksheet, line 3, is not well-formed XML: </sheetData> does not close <row>); it may be damaged or not a workbook."
    )
  }

  // MARK: Helpers

  /// One event as a string: `<name a=1 b=2>`, `</name>`, or the text between two tags.
  static func events(_ data: Data) throws -> [String] {
    let recorder = Recorder()
    try XMLReader.read(data, into: recorder)
    return recorder.finished()
  }

  /// The events of `data` handed to `XMLStream` `piece` bytes at a time.
  static func events(_ data: Data, window: Int, piece: Int) throws -> [String] {
    let recorder = Recorder()
    var stream = XMLStream(window: window)
    let bytes = [UInt8](data)
    var start = 0
    while start < bytes.count {
      let end = min(start + piece, bytes.count)
      try stream.add(bytes[start..<end], recorder)
      start = end
    }
    try stream.finish([], recorder)
    return recorder.finished()
  }

  /// The syntax error `body` throws, nil when it throws none.
  static func failure(_ body: () throws -> Void) -> XMLSyntaxError? {
    do {
      try body()
      return nil
    } catch {
      return error as? XMLSyntaxError
    }
  }

  /// The same events from Foundation's XMLParser (CDATA counted as text); nil if it refuses.
  static func foundationEvents(_ data: Data) -> [String]? {
    let recorder = Recorder()
    let parser = XMLParser(data: data)
    parser.delegate = recorder
    parser.shouldResolveExternalEntities = false
    return parser.parse() ? recorder.finished() : nil
  }

  /// A workbook of one sheet part (no workbook.xml: the reader falls back to sheet1.xml).
  static func workbook(sheet: String) throws -> [UInt8] {
    let archive = try Archive(accessMode: .create)
    let data = Data(sheet.utf8)
    try archive.addEntry(
      with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(data.count),
      provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    return [UInt8](try #require(archive.data))
  }

  final class Recorder: NSObject, XMLContentHandler, XMLParserDelegate {
    private var events: [String] = []
    private var text = ""

    func finished() -> [String] {
      flush()
      return events
    }

    private func flush() {
      if !text.isEmpty { events.append(text) }
      text = ""
    }

    func startElement(_ name: String, attributes: [String: String]) {
      flush()
      let listed = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }
      events.append("<\(name)\(listed.joined())>")
    }

    func endElement(_ name: String) {
      flush()
      events.append("</\(name)>")
    }

    func characters(_ string: String) { text += string }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      startElement(elementName, attributes: attributes)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      endElement(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      text += String(decoding: block, as: UTF8.self)
    }
  }
}
