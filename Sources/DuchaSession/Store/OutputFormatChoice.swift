import DuchaChecklist
import Foundation

/// The format a command writes its file in: the one named with `--format`, else the one the
/// extension of `-o` names. A clerk types `-o 清理花名册.xlsx` and expects a workbook; writing the
/// default format (HTML, or the terminal's text) into a file whose name promises another made a
/// file Excel and WPS would not open, after 已写入.
public struct OutputFormatChoice: Sendable {
  /// A format the command writes, and the extensions that name it (the first is the usual one).
  public struct Format: Sendable {
    /// The `--format` value.
    public var name: String
    /// Extensions without the dot, lower case.
    public var extensions: [String]

    /// A format and its extensions.
    public init(_ name: String, extensions: [String]) {
      self.name = name
      self.extensions = extensions
    }
  }

  /// The formats the command writes.
  public var formats: [Format]
  /// The format written without `--format` when `-o` has no extension.
  public var fallback: String

  /// Why the format could not be chosen, and what to write instead.
  public struct Refusal: Error, Sendable {
    /// The message, with the fix.
    public var message: Localized
  }

  /// A command's formats and its format without `--format` or an extension.
  public init(_ formats: [Format], fallback: String) {
    self.formats = formats
    self.fallback = fallback
  }

  /// The format to write: `requested`, else the one `output`'s extension names, else the
  /// fallback. Refused (the message says which extensions or `--format` to use): an extension
  /// that names no format the command writes, unless `--format` is given; and `--format` naming
  /// one format while the extension names another.
  public func format(requested: String?, output: String?) throws(Refusal) -> String {
    let suffix = output.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
    let named = formats.first { $0.extensions.contains(suffix) }
    if let requested {
      guard let named, named.name != requested else { return requested }
      throw Refusal(
        message: Localized(
          "-o \(output ?? "")：文件名是 .\(suffix)，--format 却是 \(requested)，写出来的文件打不开。"
            + "请把文件名改成 .\(usual(requested))，或去掉 --format（按文件名写 \(named.name)）。",
          en:
            "-o \(output ?? ""): the name ends in .\(suffix) but --format is \(requested); the file would not open. "
            + "Name it .\(usual(requested)), or leave out --format (the name makes it \(named.name))."
        ))
    }
    if let named { return named.name }
    guard !suffix.isEmpty else { return fallback }
    let choices = formats.map { "." + $0.extensions[0] }.joined(separator: "、")
    // A command that writes one format has no --format to point to.
    let orFormat = formats.count > 1
    throw Refusal(
      message: Localized(
        "-o \(output ?? "")：不能写成 .\(suffix) 文件。可以用 \(choices)"
          + (orFormat ? "；也可以用 --format 指定格式。" : "。"),
        en:
          "-o \(output ?? ""): cannot write a .\(suffix) file. Use \(formats.map { "." + $0.extensions[0] }.joined(separator: ", "))"
          + (orFormat ? ", or name the format with --format." : ".")
      ))
  }

  /// `output` with the usual extension of `format` added when the name has none: `-o 通知书`
  /// wrote an HTML page into a file called `通知书`, which no program opens by itself (and
  /// which the leader may have meant as a folder). Nil when the name has an extension of its
  /// own, or is `-` or empty.
  public func completing(_ output: String, format: String) -> String? {
    guard !output.isEmpty, output != "-", !output.hasSuffix("/"),
      (output as NSString).pathExtension.isEmpty
    else { return nil }
    return output + "." + usual(format)
  }

  /// The note that `-o output` was written as `completed`, and how to get one file per unit
  /// when the command writes one (`perUnitFolder`).
  public static func completionNote(_ output: String, completed: String, perUnitFolder: Bool)
    -> Localized
  {
    Localized(
      "注意：-o \(output) 没有扩展名，写为 \(completed)"
        + (perUnitFolder ? "；要每个单位一个文件，请写 -o \(output)/。" : "。"),
      en: "note: -o \(output) has no extension; writing \(completed)"
        + (perUnitFolder ? "; for one file per unit write -o \(output)/." : "."))
  }

  private func usual(_ name: String) -> String {
    formats.first { $0.name == name }?.extensions.first ?? name
  }
}
