import DuchaCompare
import DuchaRoster
import Testing

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

  @Test("the enrolled set finds every key it holds and no other, across growth")
  func enrolledSet() {
    var set = EnrolledSet()
    let place = EnrolledSet.Place(file: 0, school: 0, line: 1, reference: 0)
    for value in stride(from: UInt64(7), to: 70_000, by: 7) {
      #expect(set.insert(ResidentKey(value: value), at: place) == nil)
    }
    #expect(set.count == 9_999)
    #expect(set.insert(ResidentKey(value: 14), at: place) == 1)
    #expect(set.entry(of: ResidentKey(value: 69_993)) == 9_998)
    #expect(set.entry(of: ResidentKey(value: 15)) == nil)
  }
}
