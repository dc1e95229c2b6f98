import DuchaChecklist

/// Computes the registry figures of one or more exports, keeping the students behind each.
public enum RosterChecker {
  /// Checks the students of `files` together (duplicates are found across files). `today`
  /// bounds birth dates.
  public static func check(_ files: [RosterFile], today: CivilDate) -> RosterCheck {
    let tally = RosterTally(today: today)
    for file in files {
      tally.beginFile(file.path)
      for student in file.students { tally.add(student) }
      tally.endFile()
    }
    let students = files.flatMap(\.students)
    return check(files, tally: tally) { indices in
      Dictionary(uniqueKeysWithValues: indices.map { ($0, students[$0]) })
    }
  }

  /// The figures of files whose students went into `tally`; `fetch` gives students by index
  /// that the tally did not keep.
  static func check(_ files: [RosterFile], tally: RosterTally, fetch: ([Int]) -> [Int: Student])
    -> RosterCheck
  {
    var figures: [RegistryFigure] = []
    var notComputed: [(String, Localized)] = []
    // A file that could not be read at all is reported by its diagnostics, not once per figure.
    let readable = files.filter { !$0.fields.isEmpty }
    // Nothing read is not a school with no problems: no figures at all, never zeros.
    guard !readable.isEmpty else { return RosterCheck(files: files, figures: [], notComputed: []) }
    func needs(_ name: String, _ fields: [RosterField], compute: () -> RegistryFigure) {
      for file in readable where !fields.contains(where: file.fields.contains) {
        let columns = fields.map { "“\($0.rawValue)”" }
        notComputed.append(
          (
            name,
            Localized(
              "\(file.path) 没有\(columns.joined(separator: "或"))列，\(name)没有统计",
              en: "\(file.path) has no \(columns.joined(separator: " or ")) column")
          ))
        return
      }
      figures.append(compute())
    }
    figures.append(RegistryFigure(name: RegistryFigureName.students, count: tally.count))
    needs(RegistryFigureName.classes, [.grade, .className]) {
      RegistryFigure(name: RegistryFigureName.classes, count: tally.classCount)
    }
    needs(RegistryFigureName.duplicates, [.idNumber, .birthDate]) {
      studentFigure(RegistryFigureName.duplicates, tally.duplicateFindings(fetch: fetch))
    }
    for (name, fields, _) in RosterTally.checks {
      needs(name, fields) { studentFigure(name, tally.findings(name)) }
    }
    return RosterCheck(files: files, figures: figures, notComputed: notComputed)
  }

  private static func studentFigure(_ name: String, _ findings: [RegistryFinding])
    -> RegistryFigure
  {
    RegistryFigure(name: name, count: findings.count, findings: findings)
  }

  private static let noPhotoValues: Set<String> = [
    "", "无", "否", "没有", "未上传", "无照片", "0", "N", "NO",
  ]

  static func noPhoto(_ student: Student) -> RegistryFinding? {
    let value = student[.photo]
    guard noPhotoValues.contains(value.uppercased()) else { return nil }
    return RegistryFinding(
      student: student,
      reason: value.isEmpty
        ? Localized("照片一栏是空的", en: "the photo cell is empty")
        : Localized("照片一栏是“\(value)”", en: "the photo cell says \(value)"))
  }

  /// Types that say the child has no document at all.
  private static let noDocumentTypes: Set<String> = ["无", "没有", "暂无"]

  static func noIDNumber(_ student: Student) -> RegistryFinding? {
    let type = student[.idType]
    if noDocumentTypes.contains(type) {
      return RegistryFinding(
        student: student, reason: Localized("证件类型是“\(type)”", en: "document type is \(type)"))
    }
    guard student.hasResidentIDType, student.idNumber.isEmpty else { return nil }
    return RegistryFinding(
      student: student,
      reason: type.isEmpty
        ? Localized("证件类型和证件号都是空的", en: "no document type and no number")
        : Localized("证件类型是\(type)，证件号是空的", en: "document type \(type) with no number"))
  }

  static func otherDocument(_ student: Student) -> RegistryFinding? {
    let type = student[.idType]
    guard !student.hasResidentIDType, !noDocumentTypes.contains(type) else { return nil }
    return RegistryFinding(
      student: student, reason: Localized("证件类型是\(type)", en: "document type \(type)"))
  }

  /// GB 11643 problems, and disagreements with the 性别 and 出生日期 cells.
  static func badIDNumber(_ student: Student, today: CivilDate) -> RegistryFinding? {
    let number = student.idNumber
    guard student.hasResidentIDType, !number.isEmpty else { return nil }
    let problems = ResidentIDNumber.problems(of: number, today: today)
    var messages = problems.map(\.message)
    // A number Excel rounded has a made-up 17th digit: its sex says nothing.
    if ResidentIDNumber.hasEighteenCharacters(number), !problems.contains(.roundedByExcel) {
      if let sex = ResidentIDNumber.sex(of: number), let stated = normalizedSex(student[.sex]),
        stated != sex
      {
        messages.append(
          Localized(
            "第 17 位表示\(sex)，性别一栏是\(stated)",
            en: "character 17 means \(sex == "男" ? "male" : "female"), the sex cell says \(stated)")
        )
      }
      if let fromNumber = ResidentIDNumber.birthDate(of: number),
        let stated = student.birthDate, stated != fromNumber
      {
        messages.append(
          Localized(
            "号码里的出生日期是 \(fromNumber)，出生日期一栏是 \(stated)",
            en: "the number's birth date is \(fromNumber), the birth-date cell says \(stated)"))
      }
    }
    guard !messages.isEmpty else { return nil }
    // The fix of a number Excel broke goes with it into every report: a new export, not the
    // household register.
    if let fix = problems.lazy.compactMap(\.savedAsNumberFix).first { messages.append(fix) }
    return RegistryFinding(
      student: student,
      reason: Localized(
        messages.map(\.zh).joined(separator: "；"), en: messages.map(\.en).joined(separator: "; ")))
  }

  /// 男 or 女 from the ways exports write sex (男, 男性, 1 / 女, 女性, 2 as in GB/T 2261.1).
  static func normalizedSex(_ text: String) -> String? {
    switch text {
    case "男", "男性", "1", "M": "男"
    case "女", "女性", "2", "F": "女"
    default: nil
    }
  }
}
