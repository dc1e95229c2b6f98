import DuchaChecklist

/// 全国学籍号: "G" + the 18-character ID number; "J" + an 18-character number made under the
/// same rules for a child without an ID number; "L" + 18 characters for a temporary number.
enum RegistryNumber {
  /// Why the student's 全国学籍号 does not fit, or nil when it does (or is empty).
  static func mismatch(_ student: Student) -> RegistryFinding? {
    let number = student.registryNumber
    guard let letter = number.first else { return nil }
    let body = String(number.dropFirst())
    let reason: Localized?
    switch letter {
    case "G":
      if body.count != 18 {
        reason = Localized(
          "G 字头学籍号应为 G 加 18 位身份证号，这里是 \(body.count) 位",
          en: "a G number is G plus the 18-character ID number; this has \(body.count)")
      } else if !student.hasResidentIDType {
        reason = nil
      } else if student.idNumber.isEmpty {
        reason = Localized(
          "学籍号是 G 字头，身份证件号却是空的", en: "a G number, but the ID number is empty")
      } else if ResidentIDNumber.isExcelDamaged(student.idNumber) {
        // The ID number is the broken one (身份证号有误 says Excel did it), not the 学籍号.
        reason = nil
      } else if body != student.idNumber {
        reason = Localized("学籍号不是 G 加身份证件号", en: "the number is not G plus the ID number")
      } else {
        reason = nil
      }
    case "J":
      let characters = Array(body)
      if characters.count != 18 {
        reason = Localized(
          "J 字头学籍号应为 J 加 18 位，这里是 \(characters.count) 位",
          en: "a J number is J plus 18 characters; this has \(characters.count)")
      } else if let expected = ResidentIDNumber.checkCharacter(forFirst17: characters[..<17]),
        expected != characters[17]
      {
        reason = Localized(
          "J 字头学籍号的校验位应为 \(expected)，不是 \(characters[17])",
          en: "the J number's check character should be \(expected), not \(characters[17])")
      } else if ResidentIDNumber.checkCharacter(forFirst17: characters[..<17]) == nil {
        reason = Localized(
          "J 字头学籍号里有不是数字的字符", en: "the J number has characters that are not digits")
      } else {
        reason = nil
      }
    case "L":
      let wellFormed =
        body.count == 18
        && body.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
        && body.last.map { ($0.isASCII && $0.isNumber) || $0 == "X" } == true
      reason =
        wellFormed
        ? nil
        : Localized(
          "L 字头临时学籍号应为 L 加 18 位数字", en: "an L number is L plus 18 digits")
    default:
      reason = Localized(
        "全国学籍号应以 G、J 或 L 开头", en: "a national registry number starts with G, J or L")
    }
    return reason.map { RegistryFinding(student: student, reason: $0) }
  }
}
