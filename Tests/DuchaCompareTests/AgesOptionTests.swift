import Testing

@testable import DuchaCompare

/// `--ages` as a clerk types it with a Chinese input method: full-width digits and dash, an em
/// dash, 岁 or 周岁 after the range. Each was refused with “--ages 要写成 6-15 这样的范围”,
/// which is what was typed.
struct AgesOptionTests {
  @Test func rangesTypedWithAChineseInputMethod() {
    for typed in ["6-15", "６－１５", "6—15", "6-15岁", "6至15周岁", "６~１５"] {
      #expect(CompareOptions.parseAges(typed) == 6...15, "\(typed)")
    }
    #expect(CompareOptions.parseAges("7") == 7...7)
    for wrong in ["15-6", "六至十五", "6-", "岁"] {
      #expect(CompareOptions.parseAges(wrong) == nil, "\(wrong)")
    }
  }
}
