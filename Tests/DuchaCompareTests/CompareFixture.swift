import DuchaReport
import DuchaRoster
import Foundation

/// A small county written by hand: two population lists (one GB18030), three rosters (one
/// XLSX). The comments give each child's answer, checked by hand for the cut-off 2022-08-31
/// and ages 6-15.
enum CompareFixture {
  /// An 18-digit number in the synthetic region 990101 (no real county has it).
  static func id(_ birth: String, _ sequence: Int) -> String {
    let first17 = "990101" + birth + String(format: "%03d", sequence)
    let check = ResidentIDNumber.checkCharacter(forFirst17: Array(first17)) ?? "?"
    return first17 + String(check)
  }

  static let zhang = id("20160831", 11)  // 6 on the cut-off day itself: in range, not enrolled
  static let li = id("20160901", 12)  // born the day after: 5, too young
  static let wang = id("20060901", 13)  // 15 (16 the day after the cut-off): in, not enrolled
  static let zhao = id("20060831", 14)  // 16 on the cut-off day: too old
  static let qian = id("20120315", 15)  // enrolled in 第一小学
  static let sun = id("20100228", 16)  // enrolled in 第一小学 and 第二小学
  // A wrong check character; not enrolled.
  static let wuWrong =
    String(id("20140505", 17).dropLast()) + (id("20140505", 17).hasSuffix("1") ? "2" : "1")
  static let feng = id("20130707", 19)  // written in full-width digits, enrolled in 第二小学
  static let chu = id("20150110", 21)  // on the 民政 list only, 视力残疾
  static let wei = id("20111111", 22)  // enrolled in 第三中学 (XLSX)
  static let jiang = id("20120606", 23)  // enrolled in 第一小学 twice, on no population list

  static func fullWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.value >= 0x30 && scalar.value <= 0x39
            ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
  }

  static var publicSecurity: String {
    """
    示例县适龄儿童少年花名册（公安户籍）
    姓名,性别,公民身份号码,出生日期,乡镇,责任学校,是否建档立卡,是否留守儿童,户籍地址
    张一,男,\(zhang),2016-08-31,城关镇,第一小学,是,否,城关镇幸福路1号
    李二,女,\(li),2016-09-01,城关镇,第一小学,否,否,城关镇幸福路2号
    王三,男,\(wang),2006-09-01,河口乡,第二小学,否,是,"河口乡河口村3组,4号"
    赵四,女,\(zhao),2006-08-31,河口乡,第二小学,否,否,河口乡河口村
    钱五,男,\(qian),2012-03-15,城关镇,第一小学,否,否,城关镇
    孙六,女,\(sun),2010-02-28,城关镇,第一小学,否,否,城关镇
    吴八,女,\(wuWrong),2014-05-05,河口乡,第二小学,否,否,河口乡
    郑九,男,99010120130101123,2013-01-01,河口乡,第二小学,否,否,河口乡
    冯十,男,\(fullWidth(feng)),2013-07-07,城关镇,第二小学,否,否,城关镇

    """.replacingOccurrences(of: "\n", with: "\r\n")
  }

  static var civilAffairs: String {
    """
    姓名,身份证号,乡镇,残疾人类型
    张一,\(zhang),城关镇,无
    褚十二,\(chu),城关镇,视力残疾
    卫十三,\(wei),河口乡,无

    """
  }

  static var firstSchool: String {
    """
    姓名,身份证件号,年级,班级
    钱五,\(qian),五年级,1班
    孙六,\(sun),六年级,2班
    蒋十四,\(jiang),四年级,1班
    蒋十四,\(jiang),四年级,1班

    """
  }

  static var secondSchool: String {
    """
    学校名称,姓名,身份证件号,年级,班级
    第二小学,孙六,\(sun),六年级,1班
    第二小学,冯十,\(feng),三年级,1班

    """
  }

  /// Writes the fixture into `folder`; returns (population files, roster files).
  static func write(to folder: URL) throws -> (population: [String], enrolled: [String]) {
    let publicSecurityPath = folder.appendingPathComponent("公安户籍.csv")
    try (Data([0xEF, 0xBB, 0xBF]) + Data(publicSecurity.utf8)).write(to: publicSecurityPath)
    let civilPath = folder.appendingPathComponent("民政名单.csv")
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    try civilAffairs.data(using: gb18030)!.write(to: civilPath)
    let first = folder.appendingPathComponent("第一小学.csv")
    try Data(firstSchool.utf8).write(to: first)
    let second = folder.appendingPathComponent("第二小学.csv")
    try Data(secondSchool.utf8).write(to: second)
    var sheet = Worksheet(name: "学生")
    sheet.header(["学校名称", "姓名", "身份证件号", "年级", "班级"])
    sheet.row([.text("第三中学"), .text("卫十三"), .text(wei), .text("五年级"), .text("3班")])
    let third = folder.appendingPathComponent("第三中学.xlsx")
    try XLSXWriter.workbook([sheet]).write(to: third)
    return ([publicSecurityPath.path, civilPath.path], [first.path, second.path, third.path])
  }

  static func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-compare-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
