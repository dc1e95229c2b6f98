import Foundation
import Testing

/// A clerk imported a school's registry export (学生基本信息, every child 在读) into the ledger
/// instead of the 疑似失学辍学名单 compare makes from it, with --school as C111 advised: every
/// pupil became a 疑似 case (50,003 of them in a field try, 45 s). The file is now refused whole
/// (C114) with the compare to run first; the registry's own list of children who left
/// (学籍状态 休学, 其它离校) is still imported.
struct CasesEnrolmentListCLITests {
  @Test func aRegistryExportOfChildrenAtSchoolIsRefused() throws {
    let folder = try CLI.temporaryDirectory("cases-enrolment-list")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      姓名,性别,出生日期,身份证件号,全国学籍号,班内学号,年级,班级,学籍状态
      张小明,男,2015-03-01,990101201503010050,G990101201503010050,01,一年级,1班,在读
      李小红,女,2015-04-02,990101201504020021,G990101201504020021,02,一年级,1班,在读

      """.utf8
    ).write(to: folder.appendingPathComponent("示范小学.csv"))
    try Data(
      """
      姓名,性别,出生日期,身份证件号,全国学籍号,年级,班级,学籍状态
      王小五,男,2012-03-03,990101201203030033,G990101201203030033,四年级,2班,其它离校
      赵小六,男,2012-04-04,990101201204040044,G990101201204040044,四年级,2班,在读

      """.utf8
    ).write(to: folder.appendingPathComponent("离校.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    let refused = try cases(["import", "示范小学.csv", "--school", "示范小学", "--by", "李辉"])
    #expect(refused.status == 1)
    #expect(
      refused.errors == """
        示范小学.csv:1:1: 错误[C114]: 这是学籍系统导出的在校学生名单（有全国学籍号、班内学号，或学籍状态都是“在读”），不是疑似失学辍学名单：这些孩子都在上学，不建案例。这个文件没有导入。
          改法：先比对：ducha compare --population 户籍名单.csv --enrolled 这个文件 -o 疑似.csv --reveal，再导入 疑似.csv。
        示范小学.csv：读入 0 人，没有可以导入的孩子
        没有导入任何孩子，所以没有建立台账 Ledger/ledger.sqlite。按上面每一条的改法改好名单后再导入。

        """)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Ledger").path))

    let left = try cases(["import", "离校.csv", "--school", "示范小学", "--by", "李辉"])
    #expect(left.status == 0, "\(left.errors)")
    #expect(left.output.hasPrefix("离校.csv：读入 2 人，新建案例 2 个"))
  }
}
