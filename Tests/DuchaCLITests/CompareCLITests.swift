import Foundation
import Testing

/// `ducha compare` as a county clerk runs it: the lists copied into a folder of their own, the
/// binary run from there, the outputs read back (the XLSX by openpyxl).
@Suite("ducha compare from the command line")
struct CompareCLITests {
  static let population = """
    姓名,性别,公民身份号码,乡镇
    张一,男,990101201608310114,城关镇
    李二,女,990101201609010121,城关镇
    钱五,男,990101201203150159,河口乡

    """
  static let enrolled = """
    姓名,身份证件号,年级,班级
    钱五,990101201203150159,五年级,1班
    蒋十四,990101201206060239,四年级,1班

    """

  /// `ducha compare` of 户籍.csv against 一小.csv at the cut-off 2022-08-31, with `extra`
  /// options, run in `directory`.
  static func compare(_ extra: [String], in directory: URL) throws -> Finished {
    try runDucha(
      ["compare", "--population", "户籍.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31"]
        + extra, in: directory, workingDirectory: directory)
  }

  func folder(_ label: String) throws -> URL {
    let directory = try CLI.temporaryDirectory(label)
    try Data(Self.population.utf8).write(to: directory.appendingPathComponent("户籍.csv"))
    try Data(Self.enrolled.utf8).write(to: directory.appendingPathComponent("一小.csv"))
    return directory
  }

  @Test("CSV with BOM, four files 0600, masked; the summary on standard output")
  func csv() throws {
    let directory = try folder("compare-csv")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Self.compare(["--ages", "6-15", "-o", "名单.csv"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 2，适龄人数 2\n")
    for name in ["名单.csv", "名单-问题户籍.csv", "名单-重复在籍.csv", "名单-统计.csv"] {
      let path = directory.appendingPathComponent(name).path
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
      #expect(run.errors.contains("已写入：\(name)\n"))
    }
    let bytes = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines[0] == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注")
    #expect(lines[1] == "1,990101***********4,张*,男,2016-**-**,6,城关镇,,,户籍.csv:2,")
    let unregistered = try String(
      contentsOf: directory.appendingPathComponent("名单-问题户籍.csv"), encoding: .utf8)
    #expect(
      unregistered.contains("1,990101***********9,蒋**,男,2012-**-**,10,一小,四年级,1班,一小.csv:3,不在任何人口名单上")
    )
  }

  @Test("--reveal to XLSX, read back by openpyxl; Markdown on standard output without -o")
  func xlsxAndMarkdown() throws {
    let directory = try folder("compare-xlsx")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Self.compare(["-o", "名单.xlsx", "--reveal"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let read = try runDucha(
      [], in: directory,
      shell:
        "python3 -c \"import openpyxl; s = openpyxl.load_workbook('\(directory.path)/名单.xlsx').active; print(s.title); print([c.value for c in s[2]][:6])\""
    )
    #expect(read.status == 0, "openpyxl missing? run scripts/setup: \(read.errors)")
    #expect(read.output == "疑似失学辍学名单\n[1, '990101201608310114', '张一', '男', '2016-08-31', 6]\n")

    let markdown = try Self.compare([], in: directory)
    // Asterisks escaped, so a Markdown viewer shows the mask rather than emphasis.
    let stars = String(repeating: "\\*", count: 11)
    #expect(
      markdown.output.contains("| 1 | 990101\(stars)4 | 张\\* | 男 | 2016-\\*\\*-\\*\\* | 6 | 城关镇 |"))
    #expect(!markdown.output.contains("张一"))
  }

  @Test("--lang en prints the summary in English")
  func english() throws {
    let directory = try folder("compare-en")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Self.compare(["-o", "list.csv", "--lang", "en"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output
        == "suspected out of school 1, enrolled but on no population list 1, enrolled in two schools 0, not comparable 0, children on the population lists 3, enrolled children 2, children of age 2\n"
    )
    #expect(run.errors.contains("written: list.csv\n"))
  }

  @Test("a bad --ages is refused before anything is read")
  func badAges() throws {
    let directory = try folder("compare-ages")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Self.compare(["--ages", "15-6"], in: directory)
    #expect(run.status == 64)
    #expect(run.errors.contains("--ages 要写成 6-15 这样的范围"))
  }
}
