import DuchaSession

/// Pairs a 疑似 child with a 问题户籍 row (enrolled, on no population list) of the same name
/// whose number differs by one character or by two neighbouring characters swapped: the same
/// child, one list's number miscopied. The check character (GB 11643) catches every such
/// slip, so one of the two numbers always had a B107 warning; but the child was listed as out
/// of school and the roster row as unregistered with nothing to join them, and the clerk
/// went looking for a child who was in class.
enum MiscopiedNumbers {
  /// Adds a note to each side of every pair found.
  static func note(
    suspects rows: inout [(file: Int, row: ListedRow)],
    unregistered: inout [(school: String, row: ListedRow)]
  ) {
    guard !rows.isEmpty, !unregistered.isEmpty else { return }
    var byName: [String: [Int]] = [:]
    for (index, entry) in unregistered.enumerated() where entry.row.key != nil {
      let name = PersonName.comparable(entry.row.value(.name))
      if !name.isEmpty { byName[name, default: []].append(index) }
    }
    guard !byName.isEmpty else { return }
    for index in rows.indices {
      let row = rows[index].row
      guard let key = row.key,
        let candidates = byName[PersonName.comparable(row.value(.name))]
      else { continue }
      let number = Array(key.text.utf8)
      for candidate in candidates {
        guard let other = unregistered[candidate].row.key,
          oneSlipApart(number, Array(other.text.utf8))
        else { continue }
        let enrolledRow = unregistered[candidate].row
        append(
          CompareDiagnostics.miscopiedEnrolledNote(enrolledRow.file, enrolledRow.line),
          to: &rows[index].row)
        append(
          CompareDiagnostics.miscopiedPopulationNote(row.file, row.line),
          to: &unregistered[candidate].row)
      }
    }
  }

  /// Whether two numbers of the same length differ in one place, or by two neighbouring
  /// characters swapped: the two slips of hand copying the check character always catches.
  static func oneSlipApart(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    guard lhs.count == rhs.count else { return false }
    let differing = lhs.indices.filter { lhs[$0] != rhs[$0] }
    switch differing.count {
    case 1: return true
    case 2:
      let (first, second) = (differing[0], differing[1])
      return second == first + 1 && lhs[first] == rhs[second] && lhs[second] == rhs[first]
    default: return false
    }
  }

  private static func append(_ note: String, to row: inout ListedRow) {
    row.note = row.note.isEmpty ? note : row.note + "；" + note
  }
}
