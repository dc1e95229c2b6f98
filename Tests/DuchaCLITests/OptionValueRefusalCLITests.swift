import Foundation
import Testing

/// Two option values were refused by hand with status 2, the status of a script that ends with
/// the inspection unfinished: `roster check --map 学生身份证` (printed as a diagnostic of a file
/// named `--map`) and `--format xlsx` without `-o` at a terminal. They are refused as every other
/// option value is now: what is wrong and how to write it, the command's usage, status 64, on
/// standard error.
struct OptionValueRefusalCLITests {
  @Test func aMapWithoutItsFieldIsARefusedOptionValueInBothLanguages() throws {
    let work = try CLI.temporaryDirectory("roster-map-refusal")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("姓名,学生身份证\n张三,990101201301010011\n".utf8).write(
      to: work.appendingPathComponent("名单.csv"))
    let arguments = ["roster", "check", "名单.csv", "--map", "学生身份证"]
    let chinese = try runDucha(arguments + ["--lang", "zh"], in: work, workingDirectory: work)
    let english = try runDucha(arguments + ["--lang", "en"], in: work, workingDirectory: work)
    #expect(chinese.status == 64 && english.status == 64)
    #expect(chinese.output.isEmpty && english.output.isEmpty)
    let chineseLines = chinese.errors.split(separator: "\n").map(String.init)
    let englishLines = english.errors.split(separator: "\n").map(String.init)
    #expect(chineseLines.first == "--map “学生身份证” 看不懂。", "\(chinese.errors)")
    #expect(
      chineseLines.dropFirst().first?.hasPrefix("  改法：写成 表头=字段，如 --map 学生身份证=身份证件号；字段可以是：姓名、")
        == true)
    #expect(chineseLines.dropFirst(2).first?.hasPrefix("用法：ducha roster check ") == true)
    #expect(chineseLines.last == "  全部选项：ducha roster check --help")
    #expect(englishLines.first == "cannot read --map \"学生身份证\".", "\(english.errors)")
    #expect(
      englishLines.dropFirst().first?.hasPrefix(
        "  fix: write HEADER=FIELD, e.g. --map 学生身份证=身份证件号; fields: 姓名、") == true)
    #expect(englishLines.last == "  See 'ducha roster check --help' for more information.")
  }

  /// `script` gives the command a terminal on standard output, as a leader's window is.
  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
      "util-linux script is not installed"))
  func aFileFormatForTheTerminalIsARefusedOptionValue() throws {
    let folder = try LeaderFolder("format-at-terminal")
    defer { folder.remove() }
    try folder.buildProblemList()
    let binary = try CLI.binary().path
    let run = try runDucha(
      [], in: folder.root, workingDirectory: folder.root,
      shell:
        "/usr/bin/script -qec \"'\(binary)' problems show 第三组 --format xlsx --lang en 2>err\" /dev/null"
    )
    #expect(run.status == 64)
    let errors = try String(
      contentsOf: folder.root.appendingPathComponent("err"), encoding: .utf8)
    #expect(
      errors == """
        --format xlsx writes a file: add -o FILE.xlsx
        Usage: ducha problems show [--lang <lang>] [--checklists <checklists>] [--format <format>] \
        [--output <output>] <folder> [--reveal]
          See 'ducha problems show --help' for more information.

        """)
  }
}
