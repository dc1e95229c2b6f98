import Testing

@testable import DuchaSession

/// `StudentNames.name(in:)` reads most entries on their scalars: it must find the names the
/// rule finds on `Character`s (as the type's comment states it), on every short entry made of
/// the kinds of characters that decide it and on long ones.
@Suite struct StudentNameEntryTests {
  /// The rule on `Character`s: the first word's leading ideographs and dots.
  static func byCharacters(_ entry: String) -> String? {
    let first = entry.split(whereSeparator: { $0.isWhitespace }).first ?? ""
    let name = String(first.prefix { StudentNames.isHan($0) || $0 == "·" || $0 == "•" })
    let count = name.filter { $0 != "·" && $0 != "•" }.count
    guard count >= 2, name.count <= 8, let head = name.first, StudentNames.isHan(head) else {
      return nil
    }
    return name
  }

  @Test func everyShortEntryGivesTheNameOfTheCharacterRule() {
    // Spaces of every kind, ideographs, the two dots and U+0387 (canonically `·`), Latin, a
    // digit, a Chinese comma, a combining accent and a compatibility ideograph.
    let pieces = [
      " ", "\t", "\r\n", "\n", "\u{3000}", "张", "三", "·", "•", "\u{387}", "a", "1", "，",
      "\u{301}", "\u{F900}",
    ]
    var entries = [""]
    var previous = [""]
    for _ in 1...3 {
      previous = previous.flatMap { entry in pieces.map { entry + $0 } }
      entries += previous
    }
    for entry in entries {
      #expect(
        StudentNames.name(in: entry) == Self.byCharacters(entry), "\(entry.debugDescription)")
    }
  }

  @Test func longEntriesGiveTheNameOfTheCharacterRule() {
    for entry in [
      "欧阳小明明明明明", "欧阳小明明明明明明", "张·三·丰·李·四", "阿依·买买提 341323201503080112：重复",
      "  王小明 341323201503080112 三年级1班 名单.csv:8：重复", "王小明341323201503080112", "张三丰\u{301}",
      "张三丰\u{FE0F}", "张三（转出）", "张三、李四", "\u{3000}\u{3000}李四", "张三\u{302A}",
      "張三豐", "张三ｘ",
    ] {
      #expect(
        StudentNames.name(in: entry) == Self.byCharacters(entry), "\(entry.debugDescription)")
    }
    #expect(StudentNames.name(in: "欧阳小明明明明明") == "欧阳小明明明明明")
    #expect(StudentNames.name(in: "欧阳小明明明明明明") == nil)
    #expect(StudentNames.name(in: "张三丰\u{301}") == "张三")
  }
}
