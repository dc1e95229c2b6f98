import DuchaChecklist
import Testing

@testable import DuchaRoster

/// `ducha roster check --lang en` named every figure in Chinese (重复学籍    1) and said of a
/// missing column “年级”或“班级” … ; 系统班级数 not counted. The figures are now said in English
/// with the name checklists use after them; Chinese unchanged.
struct RosterEnglishReportTests {
  @Test func figuresAndMissingColumnsAreSaidInEnglish() {
    let file = RosterFixtures.read(
      bytes: Array("姓名,性别,身份证件号\n王小明,男,341323201503080112\n".utf8))
    let check = RosterChecker.check([file], today: RosterFixtures.today)
    let english = RosterReportText.format(
      check, privacy: RosterPrivacy(reveal: false), language: .english)
    #expect(
      english == """
        registry export: 1 file(s), 1 students
          名单.csv: UTF-8, 1 students

        students (系统学生数)               1
        duplicate registrations (重复学籍)  0
        no ID number (无身份证号)           0
        wrong ID number (身份证号有误)      0
        not counted: classes (系统班级数): 名单.csv has no “年级” or “班级” column
        not counted: no photo (无照片): 名单.csv has no “照片” column
        not counted: other documents (其他证件): 名单.csv has no “身份证件类型” column
        not counted: registry number mismatch (学籍号不符): 名单.csv has no “全国学籍号” column

        (names and numbers masked; --reveal shows them in full)
        """)
    let chinese = RosterReportText.format(
      check, privacy: RosterPrivacy(reveal: false), language: .chinese)
    #expect(chinese.contains("\n重复学籍      0\n"), "\(chinese)")
    #expect(chinese.contains("\n未统计：无照片（名单.csv 没有“照片”列，无照片没有统计）\n"))
  }
}
