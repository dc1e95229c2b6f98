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
    // Each roster row's number as bytes once, not once per 疑似 child of the same name.
    var byName: [String: [(index: Int, number: [UInt8])]] = [:]
    for index in unregistered.indices {
      guard let key = unregistered[index].row.key else { continue }
      let name = PersonName.comparable(unregistered[index].row.value(.name))
      if !name.isEmpty { byName[name, default: []].append((index, Array(key.text.utf8))) }
    }
    guard !byName.isEmpty else { return }
    for index in rows.indices {
      guard let key = rows[index].row.key,
        let candidates = byName[PersonName.comparable(rows[index].row.value(.name))]
      else { continue }
      let number = Array(key.text.utf8)
      for (candidate, other) in candidates where oneSlipApart(number, other) {
        let (enrolledFile, enrolledLine) = (
          unregistered[candidate].row.file, unregistered[candidate].row.line
        )
        let (file, line) = (rows[index].row.file, rows[index].row.line)
        append(
          CompareDiagnostics.miscopiedEnrolledNote(enrolledFile, enrolledLine), to: &rows[index].row
        )
        append(
          CompareDiagnostics.miscopiedPopulationNote(file, line), to: &unregistered[candidate].row)
      }
    }
  }

  /// Whether two numbers of the same length differ in one place, or by two neighbouring
  /// characters swapped: the two slips of hand copying the check character always catches.
  static func oneSlipApart(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var first = -1
    var second = -1
    for index in lhs.indices where lhs[index] != rhs[index] {
      if first < 0 {
        first = index
      } else if second < 0 {
        second = index
      } else {
        return false
      }
    }
    if first >= 0, second < 0 { return true }
    return first >= 0 && second == first + 1 && lhs[first] == rhs[second]
      && lhs[second] == rhs[first]
  }

  private static func append(_ note: String, to row: inout ListedRow) {
    row.note = row.note.isEmpty ? note : row.note + "；" + note
  }
}
