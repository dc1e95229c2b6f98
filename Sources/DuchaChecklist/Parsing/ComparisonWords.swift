import Foundation

/// The words a form uses for a comparison (“达到99%”, “低于全县平均”), each with the symbol the
/// language writes for it, so a clerk who writes a condition in words is told which symbol.
enum ComparisonWords {
  /// Longer words first, so that 不低于 is found before 低于 inside a name.
  static let pairs: [(word: String, symbol: String)] = [
    ("不低于", ">="), ("不少于", ">="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("未达到", "<"),
    ("不等于", "!="), ("达到", ">="), ("超过", ">"), ("高于", ">"), ("大于", ">"), ("多于", ">"),
    ("低于", "<"), ("不足", "<"), ("少于", "<"), ("小于", "<"), ("等于", "="),
  ]

  /// The symbol for `word` when it is a comparison word on its own.
  static func symbol(for word: String) -> String? {
    pairs.first { $0.word == word }?.symbol
  }

  /// `巩固率达到99` → (巩固率, >=, 99): a name that is a comparison written in words, with the
  /// words before and after it (either may be empty); nil when no comparison word is inside
  /// after the first character.
  static func split(_ name: String) -> (left: String, symbol: String, right: String)? {
    for (word, symbol) in pairs {
      guard let found = name.range(of: word), found.lowerBound > name.startIndex else { continue }
      return (String(name[..<found.lowerBound]), symbol, String(name[found.upperBound...]))
    }
    return nil
  }

  /// Which symbol stands for which words, for a message's how-to-fix.
  static let legendZh = "达到、不低于写“>=”；超过、高于写“>”；不足、低于写“<”；不超过写“<=”；等于写“=”"
}
