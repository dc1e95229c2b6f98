import DuchaChecklist
import DuchaTerminal

/// The check as text for the terminal: files, every figure, the students behind each.
public enum RosterReportText {
  /// The report in `language`, names and numbers per `privacy`.
  public static func format(_ check: RosterCheck, privacy: RosterPrivacy, language: Language)
    -> String
  {
    let english = language == .english
    var lines: [String] = []
    let total = check.studentCount
    lines.append(
      english
        ? "registry export: \(check.files.count) file(s), \(total) students"
        : "学籍系统导出核查：\(check.files.count) 个文件，共 \(total) 名学生")
    for file in check.files {
      let rejected = file.diagnostics.filter { $0.severity == .error }.count
      var parts = [english ? "\(file.studentCount) students" : "\(file.studentCount) 名学生"]
      parts.insert(file.formatLabel ?? (english ? "not read" : "未读入"), at: 0)
      if rejected > 0 {
        parts.append(english ? "\(rejected) problem(s), see above" : "\(rejected) 处错误（见上）")
      }
      lines.append(
        "  \(file.path)" + (english ? ": " : "：") + parts.joined(separator: english ? ", " : "，"))
    }
    lines.append("")
    if check.figures.isEmpty {
      lines.append(
        english
          ? "no file could be read: no figures (see the errors above)"
          : "没有读到任何文件，没有算出数字（见上面的错误）")
      return lines.joined(separator: "\n")
    }
    // In English the figure's English and, for the checklists that use it, its name.
    func label(_ name: String) -> String {
      english ? "\(RegistryFigureName.english(name)) (\(name))" : name
    }
    let width = check.figures.map { DisplayWidth.of(label($0.name)) }.max() ?? 0
    for figure in check.figures {
      let name = label(figure.name)
      lines.append(
        name + String(repeating: " ", count: width - DisplayWidth.of(name) + 2)
          + "\(figure.count)")
      for finding in figure.findings {
        let student = finding.student
        var cells = [privacy.name(student)]
        if !student.classLabel.isEmpty { cells.append(student.classLabel) }
        let number = student.idNumber.isEmpty ? student.registryNumber : student.idNumber
        if !number.isEmpty { cells.append(privacy.number(number)) }
        cells.append(student.shortPlace)
        lines.append("  " + cells.joined(separator: "  ") + "  " + finding.reason.text(language))
      }
    }
    for (name, reason) in check.notComputed {
      lines.append(
        (english ? "not counted: \(label(name)): " : "未统计：\(name)（") + reason.text(language)
          + (english ? "" : "）"))
    }
    if !privacy.revealNames && !privacy.revealNumbers {
      lines.append("")
      lines.append(
        english
          ? "(names and numbers masked; --reveal shows them in full)"
          : "（姓名和证件号已遮盖；加 --reveal 显示全文）")
    }
    return lines.joined(separator: "\n")
  }
}
