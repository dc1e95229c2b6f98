import Foundation

/// `部分`, `条目` and `小项`: the numbered, scored lines of the form.
extension ChecklistParser {
  mutating func header(_ keyword: String, _ rest: Substring, line: Line, range: SourceRange) {
    if sampleOpen {
      misplaced(
        keyword, range: range,
        Localized("不能写在样例之后；样例放在文件末尾", en: "cannot follow a 样例; samples go at the end of the file"))
      return
    }
    // The words stay substrings: only the id and the title become strings.
    var words = TextScan.words(rest)
    var points: Decimal?
    if let last = words.last, words.count >= 2, let number = Self.pointsNumber(last),
      let value = DecimalLiteral.value(number)
    {
      points = value
      words.removeLast()
    }
    if words.count == 1, let (number, glued) = HeadingNumbering.split(words[0]), !glued.isEmpty {
      // `一、组织领导` copied from the document: reported with the line as it should read, and
      // read that way so that the lines below it are checked rather than all misplaced. Points
      // copied in brackets with it (`一、组织领导（10分）`) are read too: one message says it all.
      var title = glued
      if points == nil, let written = PointsInTitle.find(String(glued)),
        let value = DecimalLiteral.value(Substring(written.points))
      {
        title = Substring(written.title)
        points = value
      }
      diagnostics.append(
        ParseErrors.numberGluedToTitle(
          keyword: "\(keyword)", written: "\(words[0])", number: "\(number)", title: "\(title)",
          points: points.map { "\($0)分" } ?? "N分", range.start))
      words = [number, title]
    }
    guard words.count >= 2 else {
      diagnostics.append(
        ParseErrors.badItemHeading(keyword: "\(keyword)", range.start))
      return
    }
    let title = words.count == 2 ? String(words[1]) : words.dropFirst().joined(separator: " ")
    let item = ItemSyntax(
      keyword: keyword, id: String(words[0]), title: title,
      points: points,
      range: range)
    lastText = nil
    afterUnreadHeading = false
    // `InertText.equal` is `==` without normalizing (see there).
    if InertText.equal(keyword, "部分") || InertText.equal(keyword, "加分项") {
      tree.sections.append(item)
    } else if InertText.equal(keyword, "条目") {
      guard !tree.sections.isEmpty else {
        misplaced(keyword, range: range, Localized("前面需要一个“部分”", en: "needs a 部分 before it"))
        return
      }
      tree.sections[tree.sections.count - 1].children.append(item)
    } else {
      guard let section = tree.sections.indices.last, !tree.sections[section].children.isEmpty
      else {
        misplaced(keyword, range: range, Localized("前面需要一个“条目”", en: "needs a 条目 before it"))
        return
      }
      let itemIndex = tree.sections[section].children.count - 1
      tree.sections[section].children[itemIndex].children.append(item)
    }
  }

  /// The number before `分` when `word` is ASCII digits and dots followed by `分`, else nil:
  /// exactly `word.hasSuffix("分")` with the characters before it ASCII digits or dots, read
  /// from the bytes (the `String` suffix test normalized the Chinese word). No scalar decomposes
  /// to 分 and an ASCII character joins no neighbour, so the bytes decide the same.
  static func pointsNumber(_ word: Substring) -> Substring? {
    // Over the contiguous bytes: the generic `suffix` and `allSatisfy` of the UTF-8 view cost
    // about 1,200 instructions a heading.
    let length = UTF8Scan.withBytes(word) { bytes -> Int? in
      let count = bytes.count
      guard count >= 3, bytes[count - 3] == 0xE5, bytes[count - 2] == 0x88,
        bytes[count - 1] == 0x86
      else { return nil }
      for byte in bytes[..<(count - 3)] where !((byte >= 0x30 && byte <= 0x39) || byte == 0x2E) {
        return nil
      }
      return count - 3
    }
    if let length {
      guard let length else { return nil }
      return word[..<UTF8Scan.index(word, length)]
    }
    let bytes = word.utf8
    guard bytes.count >= 3, bytes.suffix(3).elementsEqual("分".utf8) else { return nil }
    let number = bytes.dropLast(3)
    guard number.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return nil }
    return word[number.startIndex..<number.endIndex]
  }
}
