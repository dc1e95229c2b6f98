import DuchaSession
import Foundation
import Testing

/// `ContactMask.address` and `BirthDateMask.year` read bytes instead of asking Foundation and
/// walking Characters (they were a seventh of `ducha compare`'s run at a million rows). The
/// masked text must not change: each is held here to the version it replaced, kept below as
/// it was, on the addresses and dates lists really hold and on odd ones.
@Suite("masks on bytes give the same text as before")
struct MaskOnBytesTests {
  /// `ContactMask.address` as it was, on Foundation's `range(of:options:)`.
  static func addressBefore(_ text: String) -> String {
    guard !text.isEmpty else { return text }
    let places = ["居委会", "社区", "小区", "村", "街道", "镇", "乡"]
    let kept =
      places.lazy.compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max()
      ?? text.index(text.startIndex, offsetBy: min(3, text.count))
    return kept == text.endIndex ? text : String(text[..<kept]) + "**"
  }

  /// `BirthDateMask.year` as it was, on Characters.
  static func yearBefore(_ text: String) -> String {
    let year = text.prefix(4)
    let keepsYear = year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
    let rest = keepsYear ? text.dropFirst(4) : Substring(text)
    return (keepsYear ? String(year) : "") + String(rest.map { $0.isNumber ? "*" : $0 })
  }

  @Test(arguments: [
    "渔沟镇张庄村3组12号", "灵城镇东关社区幸福路8号", "韦集镇", "人民路18号", "", "村", "乡村", "镇乡村小区5栋",
    "示例县\"老街\",示例县河口乡58号", "阳光小区居委会旁", "东街道办", "A", "AB", "ABC", "ABCD", "村村村1号",
    "渔沟镇张庄村3组12号（村委会对面）", "Room 3, 人民路", "新华镇 东山村 7 号",
  ])
  func addresses(_ text: String) {
    #expect(ContactMask.address(text) == Self.addressBefore(text))
  }

  @Test(arguments: [
    "2013-05-07", "2013/5/7", "20130507", "2013-**-**", "", "13", "201", "2013", "2013年5月7日",
    "13-05-2013", "abcd-12", "2013-05-07\r\n", "２０１３-05-07", "2013-0５-07", "2016-08-31 00:00:00",
  ])
  func years(_ text: String) {
    #expect(BirthDateMask.year(text) == Self.yearBefore(text))
  }
}
