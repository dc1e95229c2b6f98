import DuchaSession

/// One child, one case, when only some lists carry the ID number. A township's 摸排表 often
/// names a child by name and birth date only, and a roll call's 籍在人不在 by name at a school,
/// while the 数据比对 list has the number: the case is keyed by the number when there is one,
/// else by name and birth date, else by name and school, so the same child on two lists became
/// two cases — counted twice in every register. A child without a number whose name and birth
/// date (or, without a birth date, name and school) are those of exactly one case (or earlier
/// row) with a number is that child; so is a child with a number whose name and birth date, or
/// name and school, are those of a case without one. Two different numbers under one name and
/// birth date (or school) are two children.
public enum CaseIdentity {
  /// `children` with the ID number (and birth date) set or left out so that each child's key
  /// is the key of the case it already has under the other form; the others unchanged.
  public static func matched(_ children: [ImportedChild], existing: [CaseChild]) -> [ImportedChild]
  {
    // Name and birth date → the ID numbers known for them ("" for a case without one).
    var byBirth: [String: Set<String>] = [:]
    // Name and school → the ID numbers known there ("" for a case with neither a number nor a
    // birth date, which is keyed by name and school).
    var bySchool: [String: Set<String>] = [:]
    // The name as a case without a number (or an earlier row) spells it, by name and birth date
    // or by name and school: such a case is keyed by its name, so a row spelling it `李红`
    // where the case says `李　红` takes the case's spelling, or it became a second case.
    var spellingByBirth: [String: String] = [:]
    var spellingBySchool: [String: String] = [:]
    func note(_ child: CaseChild) {
      let number = normalized(child.idNumber)
      if let person = person(child) {
        byBirth[person, default: []].insert(number)
        if number.isEmpty, spellingByBirth[person] == nil { spellingByBirth[person] = child.name }
      }
      if let place = place(child), !number.isEmpty || person(child) == nil {
        bySchool[place, default: []].insert(number)
        if number.isEmpty, spellingBySchool[place] == nil { spellingBySchool[place] = child.name }
      }
    }
    // Keys that are cases already (or rows before): such a child is matched as it is.
    var keys = Set(existing.map(\.key))
    // Numbers of this list taken as a case without a number, and the form they were taken in.
    var taken: [String: CaseChild] = [:]
    existing.forEach(note)
    return children.map { entry in
      var entry = entry
      defer { keys.insert(entry.child.key) }
      guard !keys.contains(entry.child.key) else {
        note(entry.child)
        return entry
      }
      let number = normalized(entry.child.idNumber)
      // The same child again, on a later row: taken as the first row was.
      if let earlier = taken[number], !number.isEmpty {
        entry.child.idNumber = earlier.idNumber
        entry.child.birthDate = earlier.birthDate
        return entry
      }
      let sameBirth = person(entry.child).flatMap { byBirth[$0] }
      let sameSchool = place(entry.child).flatMap { bySchool[$0] }
      if number.isEmpty {
        // By birth date when the row has one, else by school.
        let person = person(entry.child)
        let numbers = (sameBirth ?? (person == nil ? sameSchool : nil) ?? []).subtracting([""])
        let spelled =
          if let person { spellingByBirth[person] } else {
            place(entry.child).flatMap { spellingBySchool[$0] }
          }
        if numbers.count == 1, let only = numbers.first {
          entry.child.idNumber = only
        } else if numbers.isEmpty, let spelled {
          entry.child.name = spelled
        }
      } else if let sameBirth, !sameBirth.contains(number), sameBirth == [""] {
        // The case has no number; this import cannot give it one (the key is the case's
        // identity), so the row is taken as that case's child. The number is noted under
        // the name and birth date: a second child of that name and day, with another number,
        // is another child, not taken for the same case and lost.
        let person = person(entry.child) ?? ""
        byBirth[person, default: []].insert(number)
        entry.child.idNumber = ""
        entry.child.name = spellingByBirth[person] ?? entry.child.name
        taken[number] = entry.child
      } else if sameBirth == nil, let sameSchool, sameSchool == [""] {
        // Nothing under the name and birth date; the roll call's case by name and school.
        let place = place(entry.child) ?? ""
        bySchool[place, default: []].insert(number)
        entry.child.idNumber = ""
        entry.child.birthDate = nil
        entry.child.name = spellingBySchool[place] ?? entry.child.name
        taken[number] = entry.child
      }
      note(entry.child)
      return entry
    }
  }

  /// `name|birth date`, or nil when either is missing; the name as `PersonName.comparable` has
  /// it.
  static func person(_ child: CaseChild) -> String? {
    let name = PersonName.comparable(child.name)
    guard !name.isEmpty, let birth = child.birthDate, !birth.isEmpty else { return nil }
    return name + "|" + birth
  }

  /// `name|school`, or nil when either is missing; the name as `PersonName.comparable` has it.
  static func place(_ child: CaseChild) -> String? {
    let name = PersonName.comparable(child.name)
    let school = child.school.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !school.isEmpty else { return nil }
    return name + "|" + school
  }

  static func normalized(_ number: String) -> String {
    number.trimmingCharacters(in: .whitespaces).uppercased()
  }
}
