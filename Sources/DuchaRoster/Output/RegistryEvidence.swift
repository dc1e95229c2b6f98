import DuchaSession

/// Puts a check's figures into a session's registry check, with the students behind each as
/// the evidence the inspector keeps.
extension RosterCheck {
  /// One evidence line per student: `王小明 341323201503080112 三年级1班 名单.csv:8：与 名单.csv:3
  /// 重复（同一证件号）`. The session file is personal data (0600); outputs mask it.
  public static func evidence(_ finding: RegistryFinding) -> String {
    let student = finding.student
    let number = student.idNumber.isEmpty ? student.registryNumber : student.idNumber
    let parts = [student.name, number, student.classLabel, student.shortPlace]
    return parts.filter { !$0.isEmpty }.joined(separator: " ") + "：" + finding.reason.zh
  }

  /// Sets every computed figure in `registry` (replacing earlier values, typed or imported) and
  /// records the import; figures not computed keep what they had.
  public func apply(to registry: inout RegistryCheck, files: [String], time: String) {
    for figure in figures {
      registry.counts[figure.name] = figure.count
      if figure.name == RegistryFigureName.students || figure.name == RegistryFigureName.classes {
        continue
      }
      registry.students[figure.name] = figure.findings.map(Self.evidence)
    }
    registry.imported = RegistryImport(
      files: files, time: time, students: studentCount, figures: figures.map(\.name))
  }
}
