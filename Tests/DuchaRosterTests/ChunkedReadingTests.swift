import DuchaChecklist
import Foundation
import Testing

@testable import DuchaRoster

/// A CSV export is read a few megabytes at a time (`RosterReader.stream`, `RosterCheckStream`),
/// so a county's million-row file is never held whole. Here the pieces are made a few bytes
/// long, so rows, quoted cells with line breaks and the byte-order mark straddle them, and
/// every figure, finding, line number and message must be what reading the whole file gives.
@Suite("Exports read in pieces")
struct ChunkedReadingTests {
  /// Six synthetic students (check characters computed by hand); line 5's address is quoted
  /// over two lines, so the rows after it are one line further down; line 9 has text after a
  /// closing quote (not imported) and line 10 is a total row.
  static let roster =
    "\u{FEFF}姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,年级,班级,现住址,照片\r\n"
    + "王小明,男,2015-03-08,居民身份证,341323201503080112,G341323201503080112,三年级,1班,某镇1号,有\r\n"
    + "李小红,女,2015-07-21,居民身份证,341323201507210228,G341323201507210228,三年级,1班,某镇2号,无\r\n"
    + "张伟,男,2015-01-15,居民身份证,341323201501150316,G341323201501150316,三年级,2班,某镇3号,有\r\n"
    + "赵六,男,2015-05-05,居民身份证,341323201505050013,G341323201505050013,三年级,2班,\"某镇\r\n4号\",有\r\n"
    + "王小明,男,2015-03-08,居民身份证,341323201503080112,G341323201503080112,三年级,2班,某镇1号,有\r\n"
    + "钱七,女,2015-06-16,护照,E12345678,L123456789012345678,三年级,1班,某镇5号,\r\n"
    + "孙八,女,2015-02-02,居民身份证,,,三年级,1班,\"某镇\"6号,有\r\n"
    + "合计,8人,,,,,,,,\r\n"

  /// The findings of every figure as `place reason`, the counts, and the messages.
  static func summary(_ check: RosterCheck) -> [String] {
    check.figures.map { "\($0.name) \($0.count)" }
      + check.figures.flatMap { figure in
        figure.findings.map { "\(figure.name) \($0.student.place) \($0.reason.zh)" }
      }
      + check.notComputed.map { "\($0.name) \($0.reason.zh)" }
      + check.diagnostics.map { $0.formatted(.chinese) }
  }

  /// The figures as before streaming: the whole file in one table.
  static func whole(_ bytes: [UInt8], file: String = "名单.csv") -> RosterCheck {
    let table = CSVTableReader.read(bytes, file: file)
    let roster = RosterReader.students(in: table, matcher: HeaderMatcher())
    return RosterChecker.check([roster], today: RosterFixtures.today)
  }

  /// The figures read `chunkSize` bytes at a time.
  static func pieces(_ bytes: [UInt8], chunkSize: Int, file: String = "名单.csv") -> RosterCheck {
    var options = RosterReadOptions()
    options.chunkSize = chunkSize
    let roster = RosterReader.read(bytes, file: file, options: options)
    return RosterChecker.check([roster], today: RosterFixtures.today)
  }

  @Test("every piece size gives the hand-counted figures, places and messages")
  func everyPieceSize() {
    let bytes = Array(Self.roster.utf8)
    let expected = [
      "系统学生数 6", "系统班级数 2", "重复学籍 1", "无照片 2", "无身份证号 0", "身份证号有误 0", "其他证件 1", "学籍号不符 0",
      // Line 7 repeats line 2 (the rows below line 5 are one line down).
      "重复学籍 名单.csv:7 与 名单.csv:2 重复（同一证件号）",
      "无照片 名单.csv:3 照片一栏是“无”",
      "无照片 名单.csv:8 照片一栏是空的",
      "其他证件 名单.csv:8 证件类型是护照",
      "名单.csv:9:36: 错误[R103]: 右引号后面还有字符，这一行没有导入。\n  改法：单元格里的引号要写成两个（\"\"），或把整个单元格放进引号。",
      "名单.csv:10:1: 警告[R202]: 这一行是合计行（“合计”）：没有证件号和学籍号，不算作学生。\n  改法：不用改；如果这一行确实是学生，请填上身份证件号或全国学籍号。",
    ]
    #expect(Self.summary(Self.whole(bytes)) == expected)
    for chunkSize in [1, 2, 3, 5, 8, 13, 64, 100, 333, bytes.count, 1 << 22] {
      #expect(Self.summary(Self.pieces(bytes, chunkSize: chunkSize)) == expected, "\(chunkSize)")
    }
  }

  @Test("a piece that ends inside a quoted cell's line break")
  func pieceEndsInsideQuotedCell() throws {
    let bytes = Array(Self.roster.utf8)
    // The read ends two bytes after the line break inside "某镇\r\n4号": the piece is cut
    // just after that break, in the middle of the record, which goes on in the next piece.
    let quote = try #require(Self.roster.utf8.firstIndex(of: UInt8(ascii: "\"")))
    let start = Self.roster.utf8.distance(from: Self.roster.utf8.startIndex, to: quote)
    let lineFeed = try #require(bytes[start...].firstIndex(of: 0x0A))
    let closing = try #require(bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "\"")))
    #expect(lineFeed < closing)
    var source = TextPieces(source: ByteSource(bytes: bytes), chunkSize: lineFeed + 3)
    let next = source.next()
    let first = try #require(next)
    #expect(first.0.count == lineFeed + 1 - 3)  // the byte-order mark is dropped
    #expect(first.0.last == 0x0A)
    let check = Self.pieces(bytes, chunkSize: lineFeed + 3)
    #expect(Self.summary(check) == Self.summary(Self.whole(bytes)))
    #expect(check.figure("系统学生数")?.count == 6)
  }

  @Test("a GB18030 export whose first Chinese comes after many pieces is read again as GB18030")
  func lateGB18030() throws {
    // ASCII-only rows first: the pieces before the first Chinese are valid UTF-8, so rows are
    // handed out and then forgotten when the file turns out to be GB18030.
    var text = "name,姓名,出生日期,身份证件号\r\n"
    for number in 1...40 {
      let id = number == 40 ? "341323201503080112" : String(format: "341323201403080%03d", number)
      text += "x,A\(number),2015-03-08,\(id)\r\n"
    }
    text += "y,王小明,2015-03-08,341323201503080112\r\n"
    let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    let bytes = Array(gb)
    let reference = Self.summary(Self.whole(bytes))
    #expect(reference.contains("重复学籍 名单.csv:42 与 名单.csv:41 重复（同一证件号）"))
    for chunkSize in [7, 64, 500] {
      #expect(Self.summary(Self.pieces(bytes, chunkSize: chunkSize)) == reference)
    }
    var options = RosterReadOptions()
    options.chunkSize = 64
    let file = RosterReader.read(bytes, file: "名单.csv", options: options)
    #expect(file.encoding == .gb18030)
    #expect(file.students.count == 41)
  }

  @Test("a file streamed from disk, with a duplicate found only through a later row")
  func streamedFromDisk() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-chunked-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // b.csv line 3 (吴二) is linked to line 2 only by line 4, which has her ID number and line
    // 2's name and birth date: line 3 is not kept when read and is read again from the file.
    let linked =
      "姓名,出生日期,身份证件号\n周一,2016-01-01,341323201601010011\n"
      + "吴二,2016-02-02,341323201602020027\n周一,2016-01-01,341323201602020027\n"
    let files = [("a.csv", Self.roster), ("b.csv", linked)]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    var options = RosterReadOptions()
    options.chunkSize = 16
    let stream = RosterCheckStream(today: RosterFixtures.today, options: options)
    for (name, _) in files { stream.read(path: folder.appendingPathComponent(name).path) }
    let streamed = stream.finish()
    let kept = RosterChecker.check(
      files.map { RosterReader.read(path: folder.appendingPathComponent($0.0).path) },
      today: RosterFixtures.today)
    #expect(Self.summary(streamed) == Self.summary(kept))
    #expect(streamed.students.isEmpty)
    #expect(streamed.studentCount == 9)
    #expect(
      streamed.figure("重复学籍")?.findings.map { "\($0.student.shortPlace) \($0.reason.zh)" } == [
        "a.csv:7 与 a.csv:2 重复（同一证件号）",
        "b.csv:3 与 b.csv:2 重复（经其他重复记录关联）",
        "b.csv:4 与 b.csv:2 重复（同姓名同出生日期）",
      ])
    #expect(streamed.figure("重复学籍")?.findings[1].student.name == "吴二")
  }
}
