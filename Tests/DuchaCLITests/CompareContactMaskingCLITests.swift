import Foundation
import Testing

/// The 公安 list (GB18030, as the county's system exports it) carries the guardian's phone and
/// the family's address; the suspect list is sent on to schools and townships. Without
/// `--reveal` the phone keeps its last four digits and the address stops at the village, as
/// the case ledger's lists show them (`ContactMask`): they were copied whole beside the masked
/// name and number. `--reveal` (the file for `cases import`, mode 0600) keeps them whole.
struct CompareContactMaskingCLITests {
  static let population = """
    姓名,公民身份号码,性别,出生日期,乡镇,村,监护人,联系电话,家庭住址
    赵小兰,990101201305070029,女,2013-05-07,渔沟镇,张庄村,赵大山,13912345678,渔沟镇张庄村三组18号
    钱小明,990101201203030018,男,2012-03-03,渔沟镇,李庄村,钱大,13800001111,渔沟镇李庄村5号

    """

  @Test func phonesAndAddressesAreMaskedUnlessRevealed() throws {
    let directory = try CLI.temporaryDirectory("compare-contact")
    defer { try? FileManager.default.removeItem(at: directory) }
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    try #require(Self.population.data(using: gb18030)).write(
      to: directory.appendingPathComponent("户籍.csv"))
    try Data("姓名,身份证件号,学校名称\n钱小明,990101201203030018,渔沟小学\n".utf8).write(
      to: directory.appendingPathComponent("学籍.csv"))
    let options = [
      "compare", "--population", "户籍.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
      "--ages", "6-15",
    ]
    let header = "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,村,监护人,联系电话,家庭住址\r\n"

    let masked = try runDucha(
      options + ["-o", "名单.csv"], in: directory, workingDirectory: directory)
    #expect(masked.status == 0, "\(masked.errors)")
    #expect(
      String(
        decoding: try Data(contentsOf: directory.appendingPathComponent("名单.csv")).dropFirst(3),
        as: UTF8.self)
        == header
        + "1,990101***********9,赵**,女,2013-**-**,9,渔沟镇,,,户籍.csv:2,,张庄村,赵**,*******5678,渔沟镇张庄村**\r\n"
    )

    let revealed = try runDucha(
      options + ["-o", "名单-全文.csv", "--reveal"], in: directory, workingDirectory: directory)
    #expect(revealed.status == 0, "\(revealed.errors)")
    #expect(
      String(
        decoding: try Data(contentsOf: directory.appendingPathComponent("名单-全文.csv")).dropFirst(3),
        as: UTF8.self)
        == header
        + "1,990101201305070029,赵小兰,女,2013-05-07,9,渔沟镇,,,户籍.csv:2,,张庄村,赵大山,13912345678,渔沟镇张庄村三组18号\r\n"
    )
  }
}
