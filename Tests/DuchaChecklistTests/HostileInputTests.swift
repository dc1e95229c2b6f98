import DuchaChecklist
import Foundation
import Testing

/// Input that is not a checklist at all must produce a clear message, never a crash.
@Suite struct HostileInputTests {
  let minimal = "清单 最小\n标题：最小\n对象：学校\n总分：1\n部分 一 甲 1分\n条目 1 乙 1分\n  录入 次数 计数\n  规则 每例扣分(次数, 每例=1)\n"

  @Test func emptyFileSaysThereIsNoChecklist() {
    let (checklist, found) = SourceDecoder.decode(Data(), file: "empty.ducha")
    let loaded = ChecklistLoader.load(source: checklist!, prior: found)
    #expect(loaded.0 == nil)
    #expect(loaded.1.map(shortForm) == ["1:1: 错误[E105]: 没有“清单”语句：这不是一份清单，或文件是空的。"])
  }

  @Test func binaryJunkIsNotText() {
    var bytes = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x10])  // the start of a .docx (zip)
    bytes.append(contentsOf: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    let (text, found) = SourceDecoder.decode(bytes, file: "form.docx")
    #expect(text == nil)
    #expect(
      found.map(shortForm) == ["1:1: 错误[E101]: 文件不是文本（UTF-8 或 GB18030），可能是 Word/Excel 文件或已损坏。"])
  }

  @Test func gb18030FileIsConvertedWithAWarning() throws {
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let data = try #require(minimal.data(using: gb18030))
    #expect(String(data: data, encoding: .utf8) == nil, "the fixture must really be non-UTF-8")
    let (text, found) = SourceDecoder.decode(data, file: "gbk.ducha")
    #expect(found.map(shortForm) == ["1:1: 警告[W101]: 文件是 GB18030/GBK 编码，已自动转换。"])
    let loaded = ChecklistLoader.load(source: try #require(text))
    #expect(loaded.0?.title == "最小")
  }

  /// Notepad's “Unicode” save (UTF-16 with a byte-order mark, either order, CR LF lines) was
  /// refused as “not text” for its zero bytes; it is converted with a warning, like GB18030.
  @Test func utf16FromNotepadIsConvertedWithAWarning() throws {
    let windows = minimal.replacingOccurrences(of: "\n", with: "\r\n")
    for data in [
      Data([0xFF, 0xFE]) + Data(windows.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      Data([0xFE, 0xFF]) + Data(windows.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
    ] {
      let (text, found) = SourceDecoder.decode(data, file: "unicode.ducha")
      #expect(found.map(shortForm) == ["1:1: 警告[W101]: 文件是 UTF-16 编码（记事本另存时选了“Unicode”），已自动转换。"])
      let loaded = ChecklistLoader.load(source: try #require(text))
      #expect(loaded.0?.title == "最小")
      #expect(loaded.1.isEmpty, "\(loaded.1.map(shortForm))")
    }
  }

  @Test func damagedUTF8IsReportedAtTheDamagedLine() {
    var data = Data(minimal.utf8)
    let secondLine = data.firstIndex(of: 0x0A)! + 1
    data[secondLine + 4] = 0xFF  // inside 标题's first character
    let (text, found) = SourceDecoder.decode(data, file: "damaged.ducha")
    #expect(text == nil)
    #expect(
      found.map(shortForm) == ["2:1: 错误[E101]: 文件不是文本（UTF-8 或 GB18030），可能是 Word/Excel 文件或已损坏。"])
  }

  @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
    let data =
      Data([0xEF, 0xBB, 0xBF]) + Data(minimal.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let (text, found) = SourceDecoder.decode(data, file: "bom.ducha")
    #expect(found.isEmpty)
    let loaded = ChecklistLoader.load(source: try #require(text))
    #expect(loaded.1.isEmpty)
    #expect(loaded.0?.leafItems.count == 1)
  }

  @Test func tenMegabytesOfNonsenseIsReportedNotCrashedOn() {
    // 10 MB of lines that are each wrong in some way; the parser must get through all of them.
    let junk = ["条目 没有分值", "规则 每例扣分((", "录入 x 计数 默认 ]]", "这不是关键词", "| 接续"]
    var text = minimal
    var line = 0
    while text.utf8.count < 10_000_000 {
      text += junk[line % junk.count] + String(repeating: "字", count: 40) + "\n"
      line += 1
    }
    let (checklist, found) = ChecklistLoader.load(source: SourceText(file: "big.ducha", text: text))
    #expect(checklist == nil)
    #expect(found.count >= line)
    #expect(found.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
  }

  @Test func everyPrefixOfAValidFileIsHandled() {
    // A file cut off anywhere (a half-written save) must give diagnostics or a checklist.
    let characters = Array(minimal)
    for end in stride(from: 0, through: characters.count, by: 3) {
      let text = String(characters[..<end])
      let (checklist, found) = ChecklistLoader.load(
        source: SourceText(file: "cut.ducha", text: text))
      #expect(checklist != nil || found.hasErrors, "prefix of length \(end) gave neither")
    }
  }
}
