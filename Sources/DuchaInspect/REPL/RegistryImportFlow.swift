import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

extension InspectionREPL {
  /// `学籍 导入 FILE…`: reads the school's registry export, fills the registry figures with the
  /// computed values and keeps the students behind each as evidence; re-scores bound items.
  func registryImportFlow(_ argument: String) {
    let paths = PathWords.split(argument)
    guard !paths.isEmpty else {
      console.complain(
        Localized(
          "请写出导出文件，如：学籍 导入 /media/U盘/示范小学.csv",
          en: "name the export file, e.g. registry import /media/usb/school.csv"))
      return
    }
    let before = boundScores(prefix: "学籍.")
    var files: [RosterFile] = []
    for path in paths {
      let file = RosterReader.read(path: path)
      for diagnostic in file.diagnostics.sortedByLocation {
        let text = Localized(diagnostic.formatted(.chinese), en: diagnostic.formatted(.english))
        // A warning (a 合计 row left out, a mislabelled encoding) is no error: it is said
        // without the ✗ that marks a refused answer.
        if diagnostic.severity == .warning {
          console.say(text.text(language))
        } else {
          console.complain(text)
        }
      }
      files.append(file)
    }
    guard files.contains(where: { !$0.students.isEmpty }) else {
      console.say(t("没有读到学生，学籍数字没有改动。", "no students read; the registry figures are unchanged."))
      return
    }
    let check = RosterChecker.check(files, today: CivilDate.today(now: environment.now()))
    let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    var updated = session.registry
    check.apply(to: &updated, files: absolute, time: timestamp)
    console.say(
      RosterReportText.format(
        check, privacy: RosterPrivacy(revealNames: true, revealNumbers: false), language: language))
    guard correctImport(to: updated, files: absolute) else {
      console.say(t("（已取消，学籍数字没有改动）", "(cancelled; the registry figures are unchanged)"))
      return
    }
    session.registry = updated
    roster = files
    if save() { dropAnswerDraft() }
    console.say(
      t(
        "已填入学籍核查：\(check.figures.map { "\($0.name) \($0.count)" }.joined(separator: "，"))。要改写请用“学籍”（需写理由）。",
        "registry figures filled: \(check.figures.map { "\($0.name) \($0.count)" }.joined(separator: ", ")). Use 'registry' to override (with a reason)."
      ))
    reportRescored(before, prefix: "学籍.")
  }

  /// `学籍 列表`: the registry figures and the students behind each, numbers masked.
  func registryListing() {
    let counts = session.registry.counts
    guard !counts.isEmpty else {
      console.say(t("还没有学籍核查记录。", "no registry figures yet."))
      return
    }
    if let imported = session.registry.imported {
      console.say(
        t(
          "导入自 \(imported.files.joined(separator: "、"))（\(imported.time)，\(imported.students) 名学生）",
          "imported from \(imported.files.joined(separator: ", ")) (\(imported.time), \(imported.students) students)"
        ))
    }
    for figure in Figures.registry {
      guard let count = counts[figure] else { continue }
      var line = "  \(figure) \(count)"
      if let reason = session.registry.imported?.overrides?[figure] {
        line += t("（手工改写：\(reason)）", " (overridden: \(reason))")
      }
      console.say(line)
      let privacy = RosterPrivacy(revealNames: true, revealNumbers: false)
      for student in session.registry.students[figure] ?? [] {
        console.say("    " + privacy.numbers(in: student))
      }
    }
  }
}

/// Splits the file names typed after `学籍 导入`: spaces separate names, quotes ('…' or "…",
/// as a terminal writes a dragged file, or “…” ‘…’ 「…」 as a Chinese input method types the
/// quote keys) and a backslash keep spaces inside one.
enum PathWords {
  /// Each opening quote with its closing one.
  static let quotes: [Character: Character] = [
    "'": "'", "\"": "\"", "“": "”", "‘": "’", "「": "」", "『": "』",
  ]

  /// The names as `split` reads them back: each space, quote and backslash escaped.
  static func join(_ paths: [String]) -> String {
    paths.map { path in
      String(
        path.flatMap { character -> [Character] in
          character == "\\" || character == " " || character == "\t" || character == "\u{3000}"
            || quotes[character] != nil
            ? ["\\", character] : [character]
        })
    }.joined(separator: " ")
  }

  static func split(_ text: String) -> [String] {
    if FileManager.default.fileExists(atPath: text) { return [text] }
    var words: [String] = []
    var word = ""
    var quote: Character?
    var escaped = false
    var inWord = false
    for character in text {
      if escaped {
        word.append(character)
        escaped = false
      } else if character == "\\" && quote == nil {
        escaped = true
        inWord = true
      } else if let open = quote {
        if character == quotes[open] { quote = nil } else { word.append(character) }
      } else if quotes[character] != nil {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" || character == "\u{3000}" {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }
}
