import DuchaSession
import Foundation
import Testing

/// A team leader's folder outside the repository: the scripted walk's session copied in, as a
/// leader gets files by USB, and `ducha` run from the folder with the leader's environment.
struct LeaderFolder {
  /// The temporary folder the commands run in.
  let root: URL
  /// The collected sessions, `第三组/` inside it.
  let group: URL

  /// A fresh folder with the walk's finished session (渔沟小学, 10 problem entries).
  init(_ label: String) throws {
    root = try CLI.temporaryDirectory(label)
    group = root.appendingPathComponent("第三组")
    var session = try WalkReference.get().session
    try SessionStore(directory: group.path).save(&session)
  }

  /// Runs `ducha` in the folder with `environment` added (e.g. `COLUMNS`) and `input` on stdin.
  func run(
    _ arguments: [String], environment: [String: String] = [:], input: String? = nil
  ) throws -> Finished {
    // The run's own files (stdin, stdout, stderr) stay out of the leader's folder, which tests
    // list to check what a command wrote.
    let scratch = try CLI.temporaryDirectory("leader-run")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("stdin")
    try Data((input ?? "").utf8).write(to: inURL)
    var merged = ProcessInfo.processInfo.environment
    merged["LANG"] = "zh_CN.UTF-8"
    merged["COLUMNS"] = nil
    for (key, value) in environment { merged[key] = value }
    return try runDucha(
      arguments, stdin: input == nil ? nil : inURL, in: scratch, workingDirectory: root,
      environment: merged)
  }

  /// Runs a command that must succeed, returning its output.
  func succeed(
    _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> String {
    let run = try run(arguments, environment: environment, input: input)
    #expect(
      run.status == 0, "ducha \(arguments.joined(separator: " ")): \(run.errors)",
      sourceLocation: sourceLocation)
    return run.output
  }

  /// `problems build` of the group folder with the repository's checklists.
  func buildProblemList() throws {
    _ = try succeed(["problems", "build", "第三组", "--checklists", CLI.checklists])
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A terminal table read back by columns: the rule line of `─` gives each column's span.
struct RenderedTable {
  /// Column spans in display cells, from the rule line.
  var spans: [Range<Int>]
  /// The header line and the body lines (up to the first line outside the table).
  var header: String
  var body: [String]

  /// Finds the first table in `text`.
  init(_ text: String) throws {
    let lines = text.components(separatedBy: "\n")
    guard let ruleIndex = lines.firstIndex(where: { $0.hasPrefix("─") }), ruleIndex > 0 else {
      throw TestFailure("no table in:\n\(text)")
    }
    var spans: [Range<Int>] = []
    var start: Int?
    for (offset, character) in Array(lines[ruleIndex]).enumerated() {
      if character == "─", start == nil { start = offset }
      if character != "─", let begin = start {
        spans.append(begin..<offset)
        start = nil
      }
    }
    if let begin = start { spans.append(begin..<lines[ruleIndex].count) }
    self.spans = spans
    header = lines[ruleIndex - 1]
    body = Array(lines[(ruleIndex + 1)...].prefix { !$0.isEmpty && $0.hasPrefix(" ") })
  }

  /// The text of `line` in column `index`, trimmed; nil when a character straddles the column's
  /// edge or text sits in the gap before it (the column is not under its header).
  func cell(_ line: String, _ index: Int) -> String? {
    var position = 0
    var text = ""
    let span = spans[index]
    let gapBefore = (index == 0 ? 0 : spans[index - 1].upperBound)..<span.lowerBound
    for character in line {
      let width = Self.width(character)
      let range = position..<(position + width)
      if range.overlaps(span) {
        guard span.contains(range.lowerBound), span.contains(range.upperBound - 1) else {
          return nil
        }
        text.append(character)
      } else if range.overlaps(gapBefore), character != " " {
        return nil
      }
      position += width
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Display width as terminals show Chinese text: CJK and full-width forms take two cells.
  static func width(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let wide: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6,
    ]
    return wide.contains { $0.contains(scalar.value) } ? 2 : 1
  }

  /// The display width of a line.
  static func width(of line: String) -> Int { line.reduce(0) { $0 + width($1) } }
}
