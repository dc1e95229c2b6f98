import Foundation
import Testing

/// `ducha compare --lang en` printed its summary in English and then the lists with Chinese
/// headings (## 疑似失学辍学名单, | 序号 | 身份证件号 | …, 合计 | 疑似失学辍学), printed or written as
/// Markdown for a reader. The Markdown now follows --lang; the CSV (and XLSX) keep the Chinese
/// headers that `ducha cases import` reads back.
@Suite("ducha compare --lang en: Markdown in English, CSV for the ledger")
struct CompareEnglishMarkdownCLITests {
  static let population = "序号,姓名,公民身份号码,乡镇\n1,张三,341323201203150019,渔沟镇\n"
  static let enrolled = "姓名,身份证件号,学校名称\n王五,341323201011110039,渔沟小学\n"

  func run(_ extra: [String], in directory: URL) throws -> Finished {
    try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "--lang", "en",
      ] + extra, in: directory, workingDirectory: directory)
  }

  @Test func theMarkdownFollowsTheLanguageAndTheCSVStaysChinese() throws {
    let directory = try CLI.temporaryDirectory("compare-english-markdown")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.population.utf8).write(to: directory.appendingPathComponent("户籍.csv"))
    try Data(Self.enrolled.utf8).write(to: directory.appendingPathComponent("学籍.csv"))

    let printed = try run([], in: directory)
    #expect(printed.status == 0, "\(printed.errors)")
    #expect(
      printed.output == """
        suspected out of school 1, enrolled but on no population list 1, enrolled in two schools 0, not comparable 0, children on the population lists 1, enrolled children 1, children of age 1

        ## Suspected out of school

        | No. | ID number | Name | Sex | Birth date | Age | Township | Responsible school | Special groups | Source | Note | list's 序号 |
        |---|---|---|---|---|---|---|---|---|---|---|---|
        | 1 | 341323\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*9 | 张\\* | 男 | 2012-\\*\\*-\\*\\* | 10 | 渔沟镇 |  |  | 户籍.csv:2 |  | 1 |

        ## Counts

        | Category | Name | Children |
        |---|---|---|
        | Total | suspected out of school | 1 |
        | Total | enrolled but on no population list | 1 |
        | Total | enrolled in two schools | 0 |
        | Total | not comparable | 0 |
        | Total | children on the population lists | 1 |
        | Total | enrolled children | 1 |
        | Total | children of age | 1 |
        | Township | 渔沟镇 | 1 |
        | Responsible school | (not filled in) | 1 |
        | Enrolled but on no population list (school) | 渔沟小学 | 1 |


        """)

    let markdown = try run(["-o", "名单.md"], in: directory)
    #expect(markdown.status == 0, "\(markdown.errors)")
    let unregistered = try String(
      contentsOf: directory.appendingPathComponent("名单-问题户籍.md"), encoding: .utf8)
    #expect(
      unregistered.hasPrefix(
        "## Enrolled, on no population list\n\n| No. | ID number | Name | Sex | Birth date | Age | School | Grade | Class | Source | Note |\n"
      ))

    let csv = try run(["-o", "名单.csv"], in: directory)
    #expect(csv.status == 0, "\(csv.errors)")
    let written = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    #expect(
      String(decoding: written.dropFirst(3), as: UTF8.self).hasPrefix(
        "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号\r\n"))
  }
}
