import DuchaChecklist

/// 重复学籍: the same person registered more than once — the same ID number, or the same name
/// and birth date — within or across files. A child registered k times is k − 1 cases; the
/// first registration in file order is the original.
enum DuplicateFinder {
  static func findings(_ students: [Student]) -> [RegistryFinding] {
    var parent = Array(students.indices)
    func root(_ index: Int) -> Int {
      var current = index
      while parent[current] != current {
        parent[current] = parent[parent[current]]
        current = parent[current]
      }
      return current
    }
    func join(_ first: Int, _ second: Int) {
      let (a, b) = (root(first), root(second))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var byNumber: [String: Int] = [:]
    // Byte keys: hashing a Chinese String normalizes it first, bytes hash as they are.
    var byNameAndBirth: [[UInt8]: Int] = [:]
    for (index, student) in students.enumerated() {
      if let key = numberKey(student) {
        if let earlier = byNumber[key] { join(earlier, index) } else { byNumber[key] = index }
      }
      if let key = nameAndBirthKey(student) {
        if let earlier = byNameAndBirth[key] {
          join(earlier, index)
        } else {
          byNameAndBirth[key] = index
        }
      }
    }
    var findings: [RegistryFinding] = []
    for (index, student) in students.enumerated() {
      let first = root(index)
      guard first != index else { continue }
      let original = students[first]
      let sameNumber = numberKey(student) != nil && numberKey(student) == numberKey(original)
      let sameNameAndBirth =
        nameAndBirthKey(student) != nil && nameAndBirthKey(student) == nameAndBirthKey(original)
      let why =
        sameNumber
        ? Localized("同一证件号", en: "same ID number")
        : sameNameAndBirth
          ? Localized("同姓名同出生日期", en: "same name and birth date")
          : Localized("经其他重复记录关联", en: "linked through another duplicate")
      findings.append(
        RegistryFinding(
          student: student,
          reason: Localized(
            "与 \(original.shortPlace) 重复（\(why.zh)）",
            en: "duplicates \(original.shortPlace) (\(why.en))")))
    }
    return findings
  }

  /// The document number, when it is long enough to identify someone (not “无” or “0”) and
  /// Excel has not destroyed it: every number Excel turned into `3.41323E+17` (or rounded to
  /// …000) reads the same, and two children sharing it are not one child registered twice.
  private static func numberKey(_ student: Student) -> String? {
    let number = student.idNumber
    guard number.count >= 6, !ResidentIDNumber.isExcelDamaged(number) else { return nil }
    return number
  }

  /// Name and birth date (from the 出生日期 cell, or else a valid ID number's), as bytes.
  private static func nameAndBirthKey(_ student: Student) -> [UInt8]? {
    let name = student.name
    guard !name.isEmpty else { return nil }
    let birth =
      student.birthDate
      ?? (student.hasResidentIDType ? ResidentIDNumber.birthDate(of: student.idNumber) : nil)
    guard let birth else { return nil }
    // Names compare without the spaces typists leave inside them (张 三 is 张三).
    var key = Array(name.utf8)
    if key.contains(0x20) || name.contains("\u{3000}") {
      key = Array(name.filter { $0 != " " && $0 != "\u{3000}" }.utf8)
    }
    guard !key.isEmpty else { return nil }
    return key + [
      0x7C, UInt8(truncatingIfNeeded: birth.year >> 8), UInt8(truncatingIfNeeded: birth.year),
      UInt8(birth.month), UInt8(birth.day),
    ]
  }
}
