import ArgumentParser
import DuchaChecklist
import DuchaSession
import Foundation

/// `-o -`, which many tools read as "standard output", means printing here too, not a file
/// named `-` (with `--reveal`, one of children's names and ID numbers, mode 0644 in the folder).
func standardOutputDash(_ output: String?) -> String? {
  output == "-" ? nil : output
}

/// How a leader's command writes its result: to the terminal, or to a file in a format.
struct ExportOptions: ParsableArguments {
  /// The formats a summary or problem list can be written in.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, md, csv, html, xlsx, docx

    /// Zipped Office files, which a terminal would show as garbage.
    var isBinary: Bool { self == .xlsx || self == .docx }
    /// The usual extension of a file in this format.
    var fileExtension: String { self == .text ? "txt" : rawValue }
  }

  @Option(
    name: .customLong("format"),
    help:
      "输出格式 text、md、csv、html、xlsx、docx（默认按 -o 的扩展名，否则 text）/ output format (default: from -o's extension, else text)"
  )
  var requestedFormat: Format?

  /// `--format`, or else what `-o`'s extension says (`-o 报告.html` writes HTML, not text
  /// into a file named .html), or else text.
  var format: Format {
    if let requestedFormat { return requestedFormat }
    guard let output else { return .text }
    switch (output as NSString).pathExtension.lowercased() {
    case "html", "htm": return .html
    case "md", "markdown": return .md
    case "csv": return .csv
    case "xlsx": return .xlsx
    case "docx": return .docx
    default: return .text
    }
  }

  @Option(name: [.short, .long], help: "写入文件（默认打印）/ write to this file instead of printing")
  var output: String?

  /// `-o 报告.pdf` (or .doc, .xls) without `--format` wrote plain text into a file its name
  /// promised to be something else, which a PDF reader or Word then refused to open.
  mutating func validate() throws {
    output = standardOutputDash(output)
    guard requestedFormat == nil, let output else { return }
    let suffix = (output as NSString).pathExtension.lowercased()
    guard !suffix.isEmpty, !["txt", "text"].contains(suffix), format == .text else { return }
    throw ValidationError(
      "-o \(output)：不能写成 .\(suffix) 文件。可以用 .html（浏览器打开后可打印或另存为 PDF）、.docx（Word、WPS）、.xlsx、.csv、.md，"
        + "或 .txt 纯文本；也可以用 --format 指定格式。"
        + " / cannot write a .\(suffix) file: use .html (print it to PDF from the browser), .docx, .xlsx, .csv, .md or .txt, or name the format with --format."
    )
  }

  /// Writes the result: text to the terminal, or the bytes to `--output` (durably), with the
  /// mode `content` calls for (`OutputFile`). Empty output is an error, never an empty file: it
  /// means something upstream went wrong.
  func emit(_ data: Data, _ options: CommonOptions, holding content: OutputContent) throws {
    guard !data.isEmpty else {
      throw CommandFailure(
        "结果是空的，没有写入\(output ?? "终端")。",
        en:
          "nothing to write to \(output ?? "the terminal"): the result is empty. Nothing was written."
      )
    }
    guard let output else {
      if format.isBinary, isatty(STDOUT_FILENO) != 0 {
        // A command line to complete, said as every refused option value (usage, status 64).
        throw ValidationError(
          Localized(
            "--format \(format.rawValue) 生成的是文件，请加 -o 文件名.\(format.rawValue)",
            en: "--format \(format.rawValue) writes a file: add -o FILE.\(format.rawValue)"
          ).text(options.language))
      }
      FileHandle.standardOutput.write(data)
      if !format.isBinary, data.last != 0x0A { FileHandle.standardOutput.write(Data("\n".utf8)) }
      return
    }
    // `--format html -o 报告` wrote a page no program opened by its name; text stays as named.
    let choice = OutputFormatChoice(
      Format.allCases.map { .init($0.rawValue, extensions: [$0.fileExtension]) }, fallback: "text")
    let path =
      format == .text
      ? output
      : choice.outputPath(
        output, format: format.rawValue, perUnitFolder: false, language: options.language)
    try writeDocument(
      data, to: path, options, holding: content, fileExtension: format.fileExtension)
  }
}

/// Writes a document to `path` (durably, `OutputFile`: 0600 when `content` is personal) and
/// says so.
func writeDocument(
  _ data: Data, to path: String, _ options: CommonOptions, holding content: OutputContent,
  fileExtension: String? = nil
) throws {
  guard !data.isEmpty else {
    throw CommandFailure(
      "结果是空的，没有写入\(path)。",
      en: "nothing to write to \(path): the result is empty. Nothing was written.")
  }
  // `-o "$OUT"` with the variable unset: the system's answer was “无法写入 ：Is a directory”.
  guard !path.isEmpty else {
    let example = "报告." + (fileExtension ?? "html")
    throw CommandFailure(
      "-o 后面是空的：请写上文件名，如 -o \(example)。没有写入任何文件。",
      en: "-o is empty: write a file name after it, such as -o \(example). Nothing was written.")
  }
  if let refusal = OutputFileProblem.folderSpelling(path, fileExtension: fileExtension) {
    throw CommandFailure(refusal)
  }
  do {
    try OutputFile.write(data, to: path, holding: content)
  } catch {
    throw CommandFailure(OutputFileProblem.explain(path, error, fileExtension: fileExtension))
  }
  print(options.language == .english ? "written: \(path)" : "已写入：\(path)")
}

/// Whether `-o PATH` names a folder: an existing one, or a path ending in `/` (then created,
/// 0700 when the files going in are personal: its listing names a file per school, readable by
/// every user of the machine under the default mode).
func isFolderPath(_ path: String, holding content: OutputContent) -> Bool {
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
    return isDirectory.boolValue
  }
  guard path.hasSuffix("/") else { return false }
  let attributes: [FileAttributeKey: Any]? =
    content.isPersonal ? [.posixPermissions: 0o700] : nil
  return
    (try? FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true, attributes: attributes)) != nil
}
