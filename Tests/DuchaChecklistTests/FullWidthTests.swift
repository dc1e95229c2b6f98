import DuchaChecklist
import Testing

/// What a Chinese input method types for ASCII is narrowed to it, and nothing else is touched.
@Suite struct FullWidthTests {
  @Test(arguments: [
    ("２０２１－１０－１２", "2021-10-12"), ("２０２１／１１／０５", "2021/11/05"),
    ("Ｇ３４１３２３２０１５０３０８０１１２", "G341323201503080112"), ("！～", "!~"),
    ("２０２１年１０月１２日", "2021年10月12日"), ("渔沟小学　三年级", "渔沟小学　三年级"), ("", ""),
  ])
  func narrowed(_ typed: String, _ ascii: String) {
    #expect(FullWidth.narrowed(typed) == ascii)
  }
}
