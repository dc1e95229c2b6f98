import DuchaChecklist
import DuchaSession

/// 重复学籍: the same person registered more than once — the same ID number, or the same name
/// and birth date — within or across files. A child registered k times is k − 1 cases; the
/// first registration in file order is the original. The keys are here; `DuplicateIndex`
/// links the registrations and `RosterTally` words the findings.
enum DuplicateFinder {
  /// The document number, when it is long enough to identify someone (not “无” or “0”) and
  /// Excel has not destroyed it: every number Excel turned into `3.41323E+17` (or rounded to
  /// …000) reads the same, and two children sharing it are not one child registered twice.
  static func numberKey(_ student: Student) -> String? {
    let number = student.idNumber
    guard number.count >= 6, !ResidentIDNumber.isExcelDamaged(number) else { return nil }
    return number
  }

  /// Name and birth date (from the 出生日期 cell, or else a valid ID number's), as bytes.
  static func nameAndBirthKey(_ student: Student) -> [UInt8]? {
    let name = student.name
    guard !name.isEmpty else { return nil }
    let birth =
      student.birthDate
      ?? (student.hasResidentIDType ? ResidentIDNumber.birthDate(of: student.idNumber) : nil)
    guard let birth else { return nil }
    // Names compare as `PersonName` has them: `张 三` is `张三`.
    let key = Array(PersonName.comparable(name).utf8)
    guard !key.isEmpty else { return nil }
    return key + [
      0x7C, UInt8(truncatingIfNeeded: birth.year >> 8), UInt8(truncatingIfNeeded: birth.year),
      UInt8(birth.month), UInt8(birth.day),
    ]
  }
}
