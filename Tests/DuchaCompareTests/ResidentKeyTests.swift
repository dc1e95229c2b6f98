import DuchaRoster
import Testing

@testable import DuchaCompare

@Suite("ID numbers as packed keys")
struct ResidentKeyTests {
  func read(_ text: String) -> IDReading {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer {
      ResidentKeyReader.read(
        UnsafeBufferPointer($0), decode: { String(decoding: $0, as: UTF8.self) })
    }
  }

  func key(_ text: String) -> ResidentKey? {
    if case .valid(let key, _, _) = read(text) { return key }
    return nil
  }

  @Test("the standard's examples round-trip; x, spaces, =\"…\", ' and full-width digits")
  func spellings() {
    #expect(key("11010519491231002X")?.text == "11010519491231002X")
    #expect(key("440524188001010014")?.text == "440524188001010014")
    #expect(key("11010519491231002x") == key("11010519491231002X"))
    #expect(key(" =\"11010519491231002X\" ") == key("11010519491231002X"))
    #expect(key("'440524188001010014") == key("440524188001010014"))
    #expect(key("４４０５２４１８８００１０１００１４") == key("440524188001010014"))
    #expect(key("11010519491231002X")?.sex == "女")
  }

  @Test("a 15-digit number matches its 18-digit form")
  func fifteenDigits() {
    // 110105491231002 is the first-generation form of 11010519491231002X.
    #expect(key("110105491231002") == key("11010519491231002X"))
  }

  @Test("wrong check characters are kept with the right one; broken numbers say why")
  func problems() {
    #expect(read("110105194912310021") != .missing)
    if case .valid(_, let birth, let wrong) = read("110105194912310021") {
      #expect(wrong == "X")
      #expect(birth == CivilDate(year: 1949, month: 12, day: 31))
    } else {
      Issue.record("a wrong check character is still a usable number")
    }
    #expect(read("") == .missing)
    #expect(read("  ") == .missing)
    #expect(read("1101051949123100") == .invalid("1101051949123100", [.length(16)]))
    #expect(
      read("110105194913310021") == .invalid("110105194913310021", [.impossibleDate("19491331")]))
    #expect(
      read("11010519491231002Y")
        == .invalid("11010519491231002Y", [.notDigit(position: 18, character: "Y")]))
  }

  @Test("completed years: the birthday on the cut-off counts, the day after does not")
  func ages() throws {
    let cutoff = try #require(CivilDate(year: 2022, month: 8, day: 31))
    #expect(CivilDate(year: 2016, month: 8, day: 31)?.age(at: cutoff) == 6)
    #expect(CivilDate(year: 2016, month: 9, day: 1)?.age(at: cutoff) == 5)
    #expect(CivilDate(year: 2006, month: 8, day: 31)?.age(at: cutoff) == 16)
    #expect(CivilDate(year: 2006, month: 9, day: 1)?.age(at: cutoff) == 15)
    // Born on 29 February: not yet a year older on 28 February of a common year.
    let february = try #require(CivilDate(year: 2023, month: 2, day: 28))
    #expect(CivilDate(year: 2016, month: 2, day: 29)?.age(at: february) == 6)
  }

  @Test("the join finds first enrolments, repeats, who is listed and distinct in-age children")
  func keyJoin() {
    // By hand: enrolled 5, 7, 5, 9; population 7, 8, 7, 5 (in age: yes, yes, yes, no).
    let small = KeyJoin(
      enrolled: [5, 7, 5, 9], population: [7, 8, 7, 5], inAge: [true, true, true, false])
    #expect(small.firstRow == [0, 1, 0, 3])
    #expect(small.enrolledOnList == [true, true, false, false])
    #expect(small.populationEnrolled == [true, false, true, true])
    #expect(small.distinctInAge == 2)  // 7 (twice) and 8
    // Many partitions: the same answers as plain dictionaries.
    let enrolled = (0..<30_000).map { UInt64($0 * 7 % 20_011) * 11 }
    let population = (0..<25_000).map { UInt64($0 * 13 % 24_989) * 11 }
    let inAge = population.map { $0 % 3 != 0 }
    let join = KeyJoin(enrolled: enrolled, population: population, inAge: inAge)
    var first: [UInt64: Int] = [:]
    for (row, key) in enrolled.enumerated() where first[key] == nil { first[key] = row }
    let listed = Set(population)
    #expect(join.firstRow.map(Int.init) == enrolled.map { first[$0] ?? -1 })
    #expect(
      join.enrolledOnList
        == enrolled.enumerated().map { row, key in first[key] == row && listed.contains(key) })
    #expect(join.populationEnrolled == population.map { first[$0] != nil })
    #expect(join.distinctInAge == Set(zip(population, inAge).filter(\.1).map(\.0)).count)
  }
}
