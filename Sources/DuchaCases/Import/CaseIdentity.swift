/// One child, one case, when only some lists carry the ID number. A township's 摸排表 often
/// names a child by name and birth date only, while the 数据比对 list has the number: the case
/// is keyed by the number when there is one, else by name and birth date, so the same child on
/// the two lists became two cases — counted twice in every register. A child without a number
/// whose name and birth date are those of exactly one case (or earlier row) with a number is
/// that child; so is a child with a number whose name and birth date are those of exactly one
/// case without one. Two different numbers under one name and birth date are two children.
public enum CaseIdentity {
  /// `children` with the ID number set (or left out) so that each child's key is the key of
  /// the case it already has under the other form; the others unchanged.
  public static func matched(_ children: [ImportedChild], existing: [CaseChild]) -> [ImportedChild]
  {
    // Name and birth date → the ID numbers known for them ("" for a case without one).
    var known: [String: Set<String>] = [:]
    func note(_ child: CaseChild) {
      guard let person = person(child) else { return }
      known[person, default: []].insert(normalized(child.idNumber))
    }
    existing.forEach(note)
    return children.map { entry in
      var entry = entry
      if let person = person(entry.child), let numbers = known[person] {
        let number = normalized(entry.child.idNumber)
        let withNumber = numbers.subtracting([""])
        if number.isEmpty, withNumber.count == 1, let only = withNumber.first {
          entry.child.idNumber = only
        } else if !number.isEmpty, !numbers.contains(number), numbers == [""] {
          // The case has no number; this import cannot give it one (the key is the case's
          // identity), so the row is taken as that case's child.
          entry.child.idNumber = ""
        }
      }
      note(entry.child)
      return entry
    }
  }

  /// `name|birth date`, or nil when either is missing.
  static func person(_ child: CaseChild) -> String? {
    let name = child.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, let birth = child.birthDate, !birth.isEmpty else { return nil }
    return name + "|" + birth
  }

  static func normalized(_ number: String) -> String {
    number.trimmingCharacters(in: .whitespaces).uppercased()
  }
}
