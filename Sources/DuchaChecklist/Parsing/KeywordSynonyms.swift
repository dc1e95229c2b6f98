import Foundation

/// Words a clerk writes where a statement keyword is meant — the printed form's own words for
/// its header (`单位：`, `满分：`) and column headings not accepted as aliases (`评分办法：`,
/// see `Keywords.aliases`): an unknown keyword that is one of them is reported with the keyword
/// to write instead.
enum KeywordSynonyms {
  /// The keyword meant by `word`, or nil.
  static func keyword(for word: String) -> String? {
    table[word]
  }

  /// The keyword `word` spells in traditional characters (`規則` for 规则, `清單` for 清单), by
  /// ICU's Hant-Hans transform; nil when it spells none. Only words of a keyword's length are
  /// transformed: the word of an unknown line can be a pasted paragraph.
  static func simplifiedKeyword(for word: String) -> String? {
    guard word.count <= 6, !word.allSatisfy(\.isASCII),
      let simplified = word.applyingTransform(
        StringTransform(rawValue: "Hant-Hans"), reverse: false),
      simplified != word, Keywords.all.contains(simplified)
    else { return nil }
    return simplified
  }

  private static let table: [String: String] = [
    "单位": "对象", "考核对象": "对象", "评估对象": "对象", "被考核单位": "对象", "督导对象": "对象",
    "名称": "标题", "表名": "标题",
    "满分": "总分",
    "评分办法": "赋分", "计分办法": "赋分", "扣分标准": "赋分", "评分细则": "赋分",
    "考核要点": "要求", "评估内容": "要求", "评估要点": "要求", "考评点": "要求",
    "考核方法": "办法", "评估方法": "办法", "检查方法": "办法", "考核方式": "办法",
  ]
}
