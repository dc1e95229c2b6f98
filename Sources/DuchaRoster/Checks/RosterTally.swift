import DuchaChecklist

/// What the registry figures need of each student, gathered as students are read, so a
/// county's export need not be held whole: the count, the distinct classes, the findings of
/// the figures each student decides alone, and for 重复学籍 each student's keys' first
/// registrations and line. A student is kept only when it is a finding or shares a key with
/// an earlier one; the few duplicates found later (linked through another duplicate) are read
/// again by whoever holds the students (`duplicates(fetch:)`).
final class RosterTally {
  private let today: CivilDate
  /// Students added, in all files.
  private(set) var count = 0
  private var classes: Set<String> = []
  private var fileClasses: Set<String> = []
  /// The 年级 and 班级 cells of the student before, whose class is in `fileClasses` already.
  private var lastClassCells: (grade: String, name: String)?
  private var findings: [String: [RegistryFinding]] = [:]
  private var duplicates = DuplicateIndex()
  private var lines: [Int] = []
  private var kept: [Int: Student] = [:]
  /// How many findings each figure had when the current file began.
  private var findingMarks: [String: Int] = [:]
  /// Each file's path and the index of its first student.
  private(set) var files: [(path: String, start: Int)] = []

  /// The figures each student decides alone, in report order.
  static let checks: [(String, [RosterField], @Sendable (Student, CivilDate) -> RegistryFinding?)] =
    [
      (RegistryFigureName.noPhoto, [.photo], { student, _ in RosterChecker.noPhoto(student) }),
      (
        RegistryFigureName.noIDNumber, [.idNumber],
        { student, _ in RosterChecker.noIDNumber(student) }
      ),
      (RegistryFigureName.badIDNumber, [.idNumber], RosterChecker.badIDNumber),
      (
        RegistryFigureName.otherDocument, [.idType],
        { student, _ in RosterChecker.otherDocument(student) }
      ),
      (
        RegistryFigureName.registryNumberMismatch, [.registryNumber],
        { student, _ in RegistryNumber.mismatch(student) }
      ),
    ]

  /// Starts a tally; `today` bounds birth dates.
  init(today: CivilDate) {
    self.today = today
  }

  /// Starts the next file.
  func beginFile(_ path: String) {
    files.append((path, count))
    fileClasses = []
    lastClassCells = nil
    findingMarks = Dictionary(
      uniqueKeysWithValues: Self.checks.map { ($0.0, findings($0.0).count) })
  }

  /// Adds the next student of the current file.
  func add(_ student: Student) {
    let index = count
    count += 1
    lines.append(student.location.line)
    // Exports list a class's students together: the next student's cells are compared as
    // bytes with the last one's, and only a new class builds its label and hashes it (both
    // normalise Chinese text, for each of a county's million students).
    let cells = (grade: student[.grade], name: student[.className])
    let sameClass =
      lastClassCells.map {
        $0.grade.utf8.elementsEqual(cells.grade.utf8) && $0.name.utf8.elementsEqual(cells.name.utf8)
      } ?? false
    if !sameClass {
      let label = student.classLabel
      if !label.isEmpty { fileClasses.insert(label) }
      lastClassCells = cells
    }
    for (name, _, check) in Self.checks {
      if let finding = check(student, today) { findings[name, default: []].append(finding) }
    }
    if duplicates.add(student) { kept[index] = student }
  }

  /// Forgets the current file's students (it is read again, or could not be used).
  func discardFile() {
    let start = files.last?.start ?? 0
    guard count > start else { return }
    count = start
    lines.removeSubrange(start...)
    fileClasses = []
    lastClassCells = nil
    for (name, mark) in findingMarks {
      findings[name]?.removeSubrange(mark...)
    }
    kept = kept.filter { $0.key < start }
    duplicates.truncate(to: start)
  }

  /// Ends the current file.
  func endFile() {
    classes.formUnion(fileClasses)
    fileClasses = []
    lastClassCells = nil
  }

  /// The distinct classes (年级+班级) of every file.
  var classCount: Int { classes.count }

  /// The findings of figure `name`, in file order.
  func findings(_ name: String) -> [RegistryFinding] { findings[name] ?? [] }

  /// 重复学籍: every registration after a person's first, in file order. `fetch` gives the
  /// students by index that were not kept when read.
  func duplicateFindings(fetch: ([Int]) -> [Int: Student]) -> [RegistryFinding] {
    let originals = duplicates.originals()
    let later = originals.indices.filter { Int(originals[$0]) != $0 }
    let missing = later.filter { kept[$0] == nil }
    let fetched = missing.isEmpty ? [:] : fetch(missing)
    return later.map { index in
      let original = Int(originals[index])
      let student = kept[index] ?? fetched[index] ?? placeholder(index)
      let sameNumber =
        duplicates.numberOwner[index] >= 0
        && duplicates.numberOwner[index] == duplicates.numberOwner[original]
      let sameNameAndBirth =
        duplicates.nameOwner[index] >= 0
        && duplicates.nameOwner[index] == duplicates.nameOwner[original]
      let why =
        sameNumber
        ? Localized("同一证件号", en: "same ID number")
        : sameNameAndBirth
          ? Localized("同姓名同出生日期", en: "same name and birth date")
          : Localized("经其他重复记录关联", en: "linked through another duplicate")
      let place = shortPlace(original)
      return RegistryFinding(
        student: student,
        reason: Localized("与 \(place) 重复（\(why.zh)）", en: "duplicates \(place) (\(why.en))"))
    }
  }

  /// The file of student `index` and its position in it.
  func file(of index: Int) -> (path: String, start: Int) {
    files.last { $0.start <= index } ?? ("", 0)
  }

  /// `name.csv:line` of student `index`, as `Student.shortPlace` writes it.
  private func shortPlace(_ index: Int) -> String {
    placeholder(index).shortPlace
  }

  /// A student with no cells at the place of student `index`: for a row that could not be
  /// read again (the file changed in between).
  private func placeholder(_ index: Int) -> Student {
    Student(
      values: [:],
      location: SourceLocation(file: file(of: index).path, line: lines[index], column: 1))
  }
}
