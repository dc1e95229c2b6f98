import ArgumentParser
import DuchaChecklist
import DuchaCompare
import DuchaRoster
import DuchaSession
import Foundation

/// `ducha compare`: 数据比对 of the population lists against the enrolment rosters.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "数据比对：人口名单对照学籍，找出疑似失学辍学儿童 · population lists against enrolment",
    discussion: "输出列见 docs/compare.md · output columns: docs/compare.md")

  @OptionGroup var options: CommonOptions
  @Option(
    name: .long, parsing: .upToNextOption,
    help: "人口名单（公安户籍、民政、残联…），CSV 或 XLSX / population lists")
  var population: [String]
  @Option(
    name: .long, parsing: .upToNextOption, help: "学籍名单（学籍系统导出），CSV 或 XLSX / enrolment rosters")
  var enrolled: [String]
  @Option(name: .long, help: "年龄计算截止日期，如 2022-08-31 / the date ages are counted at")
  var cutoff: String
  @Option(name: .long, help: "适龄范围（周岁，含两端），如 6-15 / ages, inclusive") var ages: String = "6-15"
  @Option(name: [.short, .long], help: "疑似失学辍学名单写入此文件（旁边另写三个文件）/ output file")
  var output: String?
  @Option(name: .long, help: "输出格式 csv、xlsx、md（默认看 -o 的扩展名）/ output format") var format: String?
  @Option(name: .long, help: "CSV 编码 auto、utf-8、gb18030 / CSV encoding") var encoding: String =
    "auto"
  @Flag(name: .long, help: "显示完整姓名和证件号 / show names and numbers in full") var reveal = false
  @Flag(
    name: .long,
    help: "逐行列出全部问题（默认每个文件每种问题列 10 行，其余合成一行）/ list every row's problem")
  var allMessages = false

  func validate() throws {
    guard CivilDate(typed: cutoff) != nil else {
      throw ValidationError(
        "--cutoff 要写成 2022-08-31 这样的日期 / --cutoff must be a date like 2022-08-31")
    }
    guard CompareOptions.parseAges(ages) != nil else {
      throw ValidationError("--ages 要写成 6-15 这样的范围 / --ages must be a range like 6-15")
    }
    guard RosterEncoding(name: encoding) != nil else {
      throw ValidationError(
        "--encoding 只能是 auto、utf-8 或 gb18030 / --encoding must be auto, utf-8 or gb18030")
    }
    if let format, CompareFormat(rawValue: format.lowercased()) == nil {
      throw ValidationError("--format 只能是 csv、xlsx 或 md / --format must be csv, xlsx or md")
    }
    if population.isEmpty || enrolled.isEmpty {
      throw ValidationError(
        "--population 和 --enrolled 都至少要给一个文件 / give at least one file to --population and --enrolled"
      )
    }
  }

  func run() throws {
    let language = options.language
    let english = language == .english
    guard let date = CivilDate(typed: cutoff), let range = CompareOptions.parseAges(ages) else {
      throw ExitCode(2)
    }
    var compareOptions = CompareOptions(
      population: population, enrolled: enrolled, cutoff: date, ages: range,
      encoding: RosterEncoding(name: encoding) ?? .automatic)
    compareOptions.reveal = reveal
    let both = compareOptions.onBothSides
    guard both.isEmpty else {
      throw CommandFailure(
        "\(both.joined(separator: "、")) 既给了 --population 又给了 --enrolled：上面的孩子都会算成已在籍，找不出疑似失学辍学的。没有比对。\n  改法：人口名单只写在 --population 后面，学籍名单只写在 --enrolled 后面。",
        en:
          "\(both.joined(separator: ", ")) is given both to --population and to --enrolled: every child on it would count as enrolled. Nothing was compared.\n  fix: give population lists after --population only, enrolment lists after --enrolled only."
      )
    }
    for repeated in compareOptions.dropRepeatedFiles() {
      printError(
        english
          ? "\(repeated) is given twice; it is read once."
          : "\(repeated) 给了两次，只读一次（读两次，人数会算重）。")
    }
    let result = Comparison.run(compareOptions)
    // A county list with a spoiled column has a problem on every row: each kind is summed up
    // after its first rows unless every row is asked for.
    let shown =
      allMessages
      ? result.diagnostics.sortedByLocation
      : DiagnosticDigest.digest(result.diagnostics, allOption: "--all-messages")
    for diagnostic in shown {
      printError(diagnostic.formatted(language))
    }
    if let refusal = result.unreadRefusal() { throw CommandFailure(refusal) }
    let sheets = CompareSheets(result: result, reveal: reveal)
    let summary = sheets.totals.map { label, count in
      "\(english ? CompareEnglish.totals[label] ?? label : label) \(count)"
    }.joined(separator: english ? ", " : "，")
    if let output {
      let chosen =
        format.flatMap { CompareFormat(rawValue: $0.lowercased()) }
        ?? CompareFormat(path: output) ?? .csv
      do {
        let paths = try CompareOutput.write(sheets, to: output, format: chosen, language: language)
        for path in paths { printError((english ? "written: " : "已写入：") + path) }
      } catch {
        throw CommandFailure(OutputFileProblem.explain(output, error))
      }
      print(summary)
    } else {
      print(summary + "\n")
      print(CompareFormat.markdown(CompareEnglish.sheet(sheets.suspects, language)))
      print(CompareFormat.markdown(CompareEnglish.sheet(sheets.counts, language)))
    }
    if result.diagnostics.hasErrors { throw ExitCode(1) }
  }
}
