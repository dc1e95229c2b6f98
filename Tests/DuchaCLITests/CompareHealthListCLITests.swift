import Foundation
import Testing

/// `ducha compare` on a 卫健 children's list as a township clinic sends it: saved by Excel on a
/// Chinese Windows (GB18030), a title row above the header, the child's number under
/// `儿童身份证号码` beside the mother's, and the list's own 序号, 年龄 and 备注 columns.
@Suite("ducha compare on a 卫健 list")
struct CompareHealthListCLITests {
  static let population = """
    某县2022年0-15岁儿童花名册（卫健）,,,,,,
    序号,儿童姓名,性别,母亲身份证号码,儿童身份证号码,年龄,备注
    1,张一,男,990101198803030025,990101201608310114,5,外出务工
    2,钱五,男,990101198803030025,990101201203150159,9,

    """
  static let enrolled = """
    姓名,身份证件号,年级,班级
    钱五,990101201203150159,五年级,1班

    """

  @Test("the child's number under 儿童身份证号码, not the mother's; the list's 序号/年龄/备注 kept as 原表…")
  func healthList() throws {
    let directory = try CLI.temporaryDirectory("compare-health")
    defer { try? FileManager.default.removeItem(at: directory) }
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let bytes = try #require(Self.population.data(using: gb18030))
    try bytes.write(to: directory.appendingPathComponent("卫健.csv"))
    try Data(Self.enrolled.utf8).write(to: directory.appendingPathComponent("一小.csv"))

    let run = try runDucha(
      [
        "compare", "--population", "卫健.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "-o", "名单.csv",
      ], in: directory, workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    // 张一 is 6 on 2022-08-31 and not enrolled; 钱五 (10) is enrolled.
    #expect(run.output == "疑似失学辍学 1，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 2，在籍人数 1，适龄人数 2\n")
    let written = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    #expect(Array(written.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: written.dropFirst(3), as: UTF8.self).components(
      separatedBy: "\r\n")
    #expect(
      lines[0] == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号,母亲身份证号码,原表年龄,原表备注")
    #expect(
      lines[1] == "1,990101***********4,张*,男,2016-**-**,6,,,,卫健.csv:3,,1,990101***********5,5,外出务工")
  }
}
