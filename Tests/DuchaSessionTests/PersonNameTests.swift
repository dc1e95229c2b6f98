import DuchaSession
import Testing

/// The spellings of one child's name met on real lists: a two-character name padded to three
/// with an ASCII or full-width space (or a no-break space from a web form), trailing spaces
/// from a fixed-width export, and the dot of a minority name written five ways.
@Suite("PersonName: one child, however the name was typed")
struct PersonNameTests {
  @Test(
    "spaces go, dots become ·",
    arguments: [
      ("李红", "李红"),
      ("李 红", "李红"),
      ("李\u{3000}红", "李红"),
      ("李\u{00A0}红 ", "李红"),
      (" 王小明\t", "王小明"),
      ("阿依·买买提", "阿依·买买提"),
      ("阿依•买买提", "阿依·买买提"),
      ("阿依.买买提", "阿依·买买提"),
      ("阿依・买买提", "阿依·买买提"),
      ("阿依．买买提", "阿依·买买提"),
      ("阿依 · 买买提", "阿依·买买提"),
      ("、李红。", "、李红。"),
      ("", ""),
    ])
  func comparable(typed: String, compared: String) {
    #expect(PersonName.comparable(typed) == compared)
  }

  @Test("two different names stay different")
  func differentNames() {
    #expect(PersonName.same("李 红", "李红"))
    #expect(!PersonName.same("李红", "李虹"))
    #expect(!PersonName.same("李红", "李红红"))
  }

  @Test("a padded name is masked as the name")
  func paddedNameMasked() {
    #expect(PersonName.mask("李\u{3000}红") == "李*")
    #expect(PersonName.mask("欧阳 小明") == "欧阳**")
  }
}
