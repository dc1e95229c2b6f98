/// Whether a 问题 or 备注 the inspector typed seems to name a child. Names the records know are
/// masked in every output (`StudentNames`); a name typed only in free text cannot be masked
/// reliably, so the REPL says so right after saving (nothing is refused).
///
/// A name counts when it is one the records know, or when it looks like a child's name where
/// inspectors write them: a common family name and one or two more characters, right after a
/// class (`三年级2班张三籍在人不在`) or after `学生`, or two or more such names in a list
/// separated by `、` (`张三、李四未到校`). Words that only look like names — a teacher
/// (`王老师`), a weekday (`周一、周三`), a grade (`高年级`), a name already hidden (`张某某`)
/// — do not count.
public enum ChildNameHint {
  /// What was found in a text.
  public enum Finding: Sendable, Equatable {
    /// Names the records know (masked in outputs), longest first.
    case known([String])
    /// Something that looks like a child's name the records do not know.
    case unknown
  }

  /// The finding for `text`, or nil when it names no child that can be seen.
  public static func check(_ text: String, known: StudentNames) -> Finding? {
    let found = known.found(in: text)
    if !found.isEmpty { return .known(found) }
    return looksLikeANamedChild(text) ? .unknown : nil
  }

  /// The heuristic for names the records do not know (see the type's comment).
  public static func looksLikeANamedChild(_ text: String) -> Bool {
    let characters = Array(text)
    var listed = 0
    for index in characters.indices {
      guard let length = nameLength(characters, at: index) else { continue }
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + length < characters.count ? characters[index + length] : " "
      let twoBefore = index > 1 ? String(characters[(index - 2)..<index]) : ""
      if before == "班" || twoBefore == "学生" { return true }
      if before == "、" || after == "、" {
        listed += 1
        if listed >= 2 { return true }
      }
    }
    return false
  }

  /// The length of a child's name starting at `index` (2 or 3), or nil: a common family name,
  /// then one or two characters that are no teacher's title or word of time, ending
  /// before a separator, the end, or a word that usually follows a child in a finding.
  static func nameLength(_ characters: [Character], at index: Int) -> Int? {
    guard familyNames.contains(characters[index]) else { return nil }
    // 周一、周三 are days, not children.
    if characters[index] == "周", index + 1 < characters.count,
      "一二三四五六日末".contains(characters[index + 1])
    {
      return nil
    }
    for length in [2, 3] where index + length <= characters.count {
      let given = characters[(index + 1)..<(index + length)]
      guard given.allSatisfy({ StudentNames.isHan($0) && !notInGivenNames.contains($0) }) else {
        return nil
      }
      let next = index + length < characters.count ? characters[index + length] : "。"
      if !StudentNames.isHan(next) || followers.contains(next) { return length }
    }
    return nil
  }

  /// The commonest family names (about 100, nine in ten children).
  static let familyNames = Set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
  )

  /// Characters after a family name that make a title, a grade or a time, not a given name.
  static let notInGivenNames = Set("老师校长主任书记年级月日天期次个人名某等")

  /// Characters that usually follow a child's name in a finding (籍在人不在, 未到校, 已转学 …).
  static let followers = Set("籍未已在没无不辍失转因均都仍也系家同的与和及等是被去请休随外")
}
