import Foundation
import Testing

/// A county's 公安 list where a typist got one child's check character wrong and swapped two
/// digits of another's region code. Each child was on the 疑似失学辍学名单 and the same child's
/// roster row (right number) on the 问题户籍 list, with nothing to join them: the clerk went
/// looking for children who were in class, and the school was asked to explain two students
/// on no population list. A 疑似 child and a 问题户籍 row with the same name whose numbers are
/// one character apart, or two neighbouring characters swapped, now have a note on each side
/// naming the other's row. Another name one digit away is another child: no note.
@Suite("ducha compare: a number miscopied on one list")
struct CompareMiscopiedNumberCLITests {
  // 唐诗丽's check character should be 6; 李红's 341323 is typed 341332; 王五 and 赵六 are
  // different children whose numbers happen to differ in the last character.
  static let population = """
    姓名,公民身份号码
    唐诗丽,341323201405050010
    李红,341332201405050024
    王五,341323201405050032

    """
  static let enrolled = """
    姓名,身份证件号
    唐诗丽,341323201405050016
    李红,341323201405050024
    赵六,341323201405050033

    """

  func lines(_ folder: URL, _ name: String) throws -> [String] {
    let written = try Data(contentsOf: folder.appendingPathComponent(name))
    return String(decoding: written.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
  }

  @Test("a note on the 疑似 child and on the roster row, each naming the other")
  func bothSidesNamed() throws {
    let folder = try CLI.temporaryDirectory("compare-miscopied")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in [("公安.csv", Self.population), ("一小.csv", Self.enrolled)] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let run = try runDucha(
      [
        "compare", "--population", "公安.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "-o", "名单.csv",
      ], in: folder, workingDirectory: folder)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == "疑似失学辍学 3，问题户籍 3，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 3，适龄人数 3\n")
    #expect(
      try lines(folder, "名单.csv") == [
        "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注",
        "1,341323***********0,唐**,男,2014-**-**,8,,,,公安.csv:2,学籍名单 一小.csv:2 有同姓名的学生，身份证号与这个孩子的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，可能已在籍，请核对号码",
        "2,341332***********4,李*,女,2014-**-**,8,,,,公安.csv:3,学籍名单 一小.csv:3 有同姓名的学生，身份证号与这个孩子的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，可能已在籍，请核对号码",
        "3,341323***********2,王*,男,2014-**-**,8,,,,公安.csv:4,",
        "",
      ])
    #expect(
      try lines(folder, "名单-问题户籍.csv") == [
        "序号,身份证件号,姓名,性别,出生日期,年龄,学校,年级,班级,来源,备注",
        "1,341323***********6,唐**,男,2014-**-**,8,一小,,,一小.csv:2,不在任何人口名单上；人口名单 公安.csv:2 有同姓名的孩子，身份证号与这个学生的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，请核对号码",
        "2,341323***********4,李*,女,2014-**-**,8,一小,,,一小.csv:3,不在任何人口名单上；人口名单 公安.csv:3 有同姓名的孩子，身份证号与这个学生的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，请核对号码",
        "3,341323***********3,赵*,男,2014-**-**,8,一小,,,一小.csv:4,不在任何人口名单上",
        "",
      ])
  }
}
