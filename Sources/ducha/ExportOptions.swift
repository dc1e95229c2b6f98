import ArgumentParser
import DuchaChecklist
import Foundation

/// How a leader's command writes its result: to the terminal, or to a file in a format.
struct ExportOptions: ParsableArguments {
  /// The formats a summary or problem list can be written in.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, md, csv, html
  }

  @Option(name: .long, help: "输出格式 text、md、csv、html / output format")
  var format: Format = .text

  @Option(name: [.short, .long], help: "写入文件（默认打印）/ write to this file instead of printing")
  var output: String?

  /// Writes the result: text to the terminal, or the bytes to `--output` (durably).
  func emit(_ data: Data, _ options: CommonOptions) throws {
    guard let output else {
      FileHandle.standardOutput.write(data)
      if data.last != 0x0A { FileHandle.standardOutput.write(Data("\n".utf8)) }
      return
    }
    do {
      try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      printError(
        options.language == .english
          ? "cannot write \(output): \(error)" : "无法写入 \(output)：\(error)")
      throw ExitCode(1)
    }
    print(options.language == .english ? "written: \(output)" : "已写入：\(output)")
  }
}
