import Foundation
import Testing

@testable import DuchaChecklist

/// `ChecklistLibrary.list` names the checklists from their headers; these tests hold it to what
/// loading every file whole (`load`) gives, and check that the checklist chosen later reports
/// exactly the diagnostics `ducha validate` reports.
@Suite("Checklists listed from their headers")
struct ChecklistListingTests {
  static let bundledFolder = repositoryRoot.appendingPathComponent("Checklists")

  /// A fresh folder with the given files, removed by the caller.
  static func folder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-listing-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  static let jiudian = bundledFolder.appendingPathComponent("jiudian-zhidu.ducha")

  @Test("every bundled checklist's header gives the id and title of the whole file")
  func bundledHeaders() throws {
    for file in BundledChecklists.files {
      let header = try #require(ChecklistHeader.scan(file), "\(file.name)")
      let checklist = try #require(file.load().0, "\(file.name)")
      #expect(header == ChecklistHeader(id: checklist.id, title: checklist.title), "\(file.name)")
    }
  }

  @Test("the bundled count is the number of bundled files, counted without decoding them")
  func bundledCount() {
    #expect(BundledChecklists.count == BundledChecklists.files.count)
  }

  @Test(
    "numbers are read as Foundation reads them, to the stored bytes",
    arguments: [
      "0", "00", "7", "007", "10", "100", "0.5", "0.05", "10.50", "1.000", "00.10", "0.0", "0.00",
      "99.9", "3.14159265358979323", "1844674407370955161", "9999999999999999999",
      "18446744073709551616", "123456789012345678901234567890", "0.0000000000000000000001",
      "1.", ".5", "1..2", "1.2.3", "", "12a",
    ])
  func decimalLiteral(text: String) {
    let expected = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    let read = DecimalLiteral.value(text)
    #expect(read == expected)
    if let read, let expected {
      #expect(
        withUnsafeBytes(of: read) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) })
      #expect(read.description == expected.description)
    }
  }

  @Test(
    "trimmingSpaces is trimmingCharacters(in: .whitespaces), scalar for scalar",
    arguments: [
      "", " ", "  a b  ", "\t甲\u{3000}", "\u{3000}\u{3000}", " \u{301}abc ", "a\u{200B} ",
      "\u{A0}x\u{202F}", "\u{2028}x\u{2028}", "\u{85}x", "x\u{FEFF}", "é ", " 🇨🇳 ",
    ])
  func trimming(text: String) {
    #expect(
      Array(text.trimmingSpaces().unicodeScalars)
        == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
    #expect(
      Array(text[...].trimmingSpaces().unicodeScalars)
        == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
  }

  @Test("the leading white space and character counts agree with Character's")
  func leadingWhitespace() {
    for text in [
      "", "  条目 1", "\t\u{3000}部分", " \u{301}x", "\u{3000}\u{3000}", "abc", "  e\u{301}",
      "\u{2028}x",
      " \u{200D}y", "  👨‍👩‍👧 z",
    ] {
      let line = Substring(text)
      let (rest, dropped) = TextScan.droppingLeadingWhitespace(line)
      let expected = line.drop { $0.isWhitespace }
      #expect(
        rest == expected && rest.startIndex == expected.startIndex, "\(text.debugDescription)")
      #expect(dropped == line.count - expected.count, "\(text.debugDescription)")
      #expect(TextScan.characterCount(line) == line.count, "\(text.debugDescription)")
    }
  }

  @Test("the listing of Checklists/ and the bundled set names what loading it whole names")
  func listingMatchesLoading() {
    let library = ChecklistLibrary(places: [.init(kind: .option, folder: Self.bundledFolder.path)])
    let listing = library.list()
    let contents = library.load()
    #expect(listing.entries.map(\.path) == contents.loaded.map(\.path))
    #expect(listing.entries.map(\.id) == contents.loaded.map { $0.checklist?.id ?? "" })
    #expect(listing.entries.map(\.title) == contents.loaded.map { $0.checklist?.title ?? "" })
    #expect(listing.skipped.isEmpty)
    #expect(listing.notes.isEmpty && contents.notes.isEmpty)
  }

  @Test("a checklist with a syntax error after its header is listed; choosing it reports it")
  func errorLaterInTheFile() throws {
    let original = try String(contentsOf: Self.jiudian, encoding: .utf8)
    // A full-width bracket left open in a rule under the first 部分: E104 at its line and column.
    var lines = original.components(separatedBy: "\n")
    let section = try #require(lines.firstIndex { $0.hasPrefix("部分") })
    lines.insert(
      contentsOf: ["条目 0 多出来的条目", "  录入 多出来 是否", "  规则 条件扣分（非 多出来, 扣=1"], at: section + 1)
    let broken = lines.joined(separator: "\n")
    let folder = try Self.folder(["本地制度.ducha": broken])
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path + "/本地制度.ducha"
    let library = ChecklistLibrary(places: [.init(kind: .option, folder: folder.path)])
    let listing = library.list()
    // Listed under its own id, in the place of the bundled checklist it shadows.
    let entry = try #require(listing.entries.first { $0.id == "jiudian-zhidu" })
    #expect(entry.path == path)
    #expect(entry.title == "酒店乡控辍保学工作实施方案·健全和完善“8 项”控辍制度")
    #expect(!listing.entries.contains { $0.path == "(内置)/jiudian-zhidu.ducha" })
    #expect(listing.entries.count == BundledChecklists.files.count)
    #expect(
      listing.notes.map(\.zh) == [
        "注意：使用本地的 \(path)，它与内置的同名清单（jiudian-zhidu）内容不同。"
      ])
    // Choosing it: exactly the diagnostics `ducha validate` gives for the file.
    let catalogue = ChecklistCatalogue(listing: listing)
    let index = try #require(catalogue.entries.firstIndex { $0.path == path })
    let chosen = catalogue.load(index)
    let validated = ChecklistLoader.load(path: path)
    #expect(chosen.checklist == nil)
    #expect(chosen.diagnostics.map { $0.formatted() } == validated.1.map { $0.formatted() })
    let line = section + 4
    #expect(
      chosen.diagnostics.map { $0.formatted() }.contains(
        "\(path):\(line):10: 错误[E104]: 括号“(”没有闭合。\n  改法：在这一行里补上“)”。"))
    // The others still load, and the broken one is left out of the usable checklists.
    #expect(catalogue.usable.count == BundledChecklists.files.count - 1)
    #expect(catalogue.failures.map(\.path) == [path])
  }

  @Test("a local checklist shadowing a bundled one is listed as loading names it")
  func localShadowsBundled() throws {
    let original = try String(contentsOf: Self.jiudian, encoding: .utf8)
    let folder = try Self.folder([
      // Same id under another name (the id decides), same name with the same bytes (no note).
      "本地制度.ducha": original + "\n# 本地修改\n",
      "jiudian-dangan.ducha": try String(
        contentsOf: Self.bundledFolder.appendingPathComponent("jiudian-dangan.ducha"),
        encoding: .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = ChecklistLibrary(places: [.init(kind: .option, folder: folder.path)])
    let listing = library.list()
    let contents = library.load()
    #expect(listing.entries.map(\.path) == contents.loaded.map(\.path))
    #expect(listing.entries.map(\.id) == contents.loaded.compactMap { $0.checklist?.id })
    #expect(listing.notes.map(\.zh) == contents.notes.map(\.zh))
    #expect(listing.notes.count == 1)
    #expect(listing.entries.first?.path == folder.path + "/jiudian-dangan.ducha")
  }

  @Test("a file whose header cannot be read is loaded whole and skipped with its diagnostics")
  func unreadableHeader() throws {
    let folder = try Self.folder([
      "无标题.ducha": "清单 no-title\n对象：学校\n类型：核验表\n部分 一 档案\n条目 1 花名册\n",
      // A 部分 line without its number and name, then the title: the lines before the first
      // section hold no title, so the file is loaded whole (and has an error).
      "标题在后.ducha": "清单 late-title\n部分\n标题：写在后面的标题\n对象：学校\n类型：核验表\n部分 一 档案\n条目 1 花名册\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = ChecklistLibrary(directory: folder.path)
    let listing = library.list()
    let contents = library.load()
    #expect(listing.entries.isEmpty)
    #expect(listing.skipped.map(\.path) == contents.loaded.map(\.path))
    #expect(
      listing.skipped.map { $0.diagnostics.map { $0.formatted() } }
        == contents.loaded.map { $0.diagnostics.map { $0.formatted() } })
  }

  /// A file's bytes with a malformed or zero byte, or in GB18030, before its first section.
  static let damagedHeaders: [[UInt8]] = [
    // A stray continuation byte after the title: not read by the parser, still part of what
    // is decoded.
    Array("清单 m\n标题：子\n对象：学校\n# 坏".utf8) + [0x80] + Array("\n部分 一 档案\n".utf8),
    // A malformed byte in the title line itself, and a cut sequence at the section.
    Array("清单 n\n标题：丑".utf8) + [0xE4, 0xB8] + Array("\n部分 一 档案\n".utf8),
    Array("清单 o\n标题：寅\n名单 甲：".utf8) + [0xE4, 0xB8, 0x0A] + Array("部分 一 档案\n".utf8),
    // A surrogate and an overlong slash after the title.
    Array("清单 p\n标题：卯\n说明：".utf8) + [0xED, 0xA0, 0x80] + Array("\n部分 一\n".utf8),
    Array("清单 q\n标题：辰\n说明：".utf8) + [0xC0, 0xAF] + Array("\n部分 一\n".utf8),
    // A zero byte after the title.
    Array("清单 r\n标题：巳\n说明：".utf8) + [0] + Array("\n部分 一\n".utf8),
    // GB18030 throughout: 清单 t, 标题：午.
    [
      0xC7, 0xE5, 0xB5, 0xA5, 0x20, 0x74, 0x0A, 0xB1, 0xEA, 0xCC, 0xE2, 0xA3, 0xBA, 0xCE, 0xE7,
      0x0A,
    ]
      + Array("部分 一\n".utf8),
  ]

  @Test(
    "a header with damaged bytes or in GB18030 is read as decoding the lines before the cut reads it",
    arguments: damagedHeaders)
  func damagedHeader(bytes: [UInt8]) {
    let file = ChecklistFile(
      name: "t.ducha", path: "t.ducha", origin: .folder("."), data: Data(bytes))
    let cut = bytes.withUnsafeBytes { ChecklistHeader.sectionStart($0) }
    let (source, _) = SourceDecoder.decode(Data(bytes[..<cut]), file: file.path)
    let tree = source.map(ChecklistParser.parseHeader)
    let title = tree?.header.first { $0.keyword == "标题" }?.text
    var expected: ChecklistHeader?
    if let id = tree?.id?.0, let title, !title.isEmpty {
      expected = ChecklistHeader(id: id, title: title)
    }
    #expect(ChecklistHeader.scan(file) == expected)
  }

  @Test(
    "the header scan stops only where no id or title can follow, and agrees with the parser",
    arguments: [
      // A title continued with `|`, a comment and an alias before it, CRLF line ends.
      "清单 a\r\n# 注释\r\n标题：第一行\r\n| 第二行\r\n对象：学校\r\n部分 一 档案\r\n| 不接续\r\n",
      // A byte-order mark; 部分 after an ideographic space; a second 标题 after the cut.
      "\u{FEFF}清单 b\n标题：甲\n\u{3000}部分 一 档案\n标题：乙\n",
      // `部分一` is not the keyword 部分: the scan goes on and finds the title after it.
      "清单 c\n部分一 不是部分\n标题：在后面\n部分：一 档案\n",
      // A colon right after 部分, and 加分项 with a full-width colon.
      "清单 d\n标题：丁\n部分: 一 档案\n",
      "清单 e\n标题：戊\n加分项：一 加分\n",
      // The title's continuation after a blank line and a comment; the list after it ends the
      // title, so its own continuation does not belong to the title.
      "清单 g\n标题：庚\n\n# 注释\n| 续行\n名单 甲：一、二\n| 名单的续行\n部分 一 档案\n",
      // The title before the id, a repeated 清单 and 标题 after both are known.
      "标题：辛\n| 续\n对象：学校\n清单 h\n清单 h2\n标题：另一个\n部分 一 档案\n",
      // An empty title made whole by its continuation; an id that is no id, then a good one.
      "清单 两 个\n标题：\n| 空标题后的续行\n清单 i\n说明：甲\n部分 一 档案\n",
      // A 标题 without its colon is no title; the one after it is.
      "清单 j\n标题 没有冒号\n标题：有冒号\n部分 一 档案\n",
      // No 清单 before the first section: no header, the file is loaded whole.
      "标题：己\n部分 一 档案\n清单 f\n",
      // Bare CR line ends, a CR LF after the title, blank lines, no line end at the cut.
      "清单 k\r\r标题：壬\r\n| 续\r对象：学校\r部分 一 档案",
      "\n\n清单 l\n\n标题：癸\n部分 一 档案\n",
      // Indented comments, blank lines of spaces and tabs, a `#` with a mark after it (not a
      // comment), `＃` and a `#` right before the title's continuation.
      "清单 u\n  # 缩进的注释\n\t \n#\u{301}不是注释\n＃ 全角\n标题：未\n#\n| 续\n部分 一\n",
    ])
  func scanAgreesWithParser(text: String) throws {
    let file = ChecklistFile(
      name: "t.ducha", path: "t.ducha", origin: .folder("."), data: Data(text.utf8))
    let (source, _) = SourceDecoder.decode(file.data, file: file.path)
    let (tree, _) = ChecklistParser.parse(try #require(source))
    let title = tree.header.first { $0.keyword == "标题" }?.text
    let expected = tree.id.flatMap { id in title.map { ChecklistHeader(id: id.0, title: $0) } }
    let scanned = ChecklistHeader.scan(file)
    if let scanned {
      #expect(scanned == expected)
    } else {
      // Only a file whose header the lines before the first section do not give is loaded
      // whole; here that is the last one.
      #expect(text.hasPrefix("标题：己"))
    }
  }
}
