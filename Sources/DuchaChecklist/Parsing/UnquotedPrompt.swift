import Foundation

/// `录入 入学率 百分比 提示 入学率是多少？`: a question written without its quotes. The lexer
/// stopped at the `？` (“不认识的字符”), or the parser at the first word (“应当是引号里的文字”);
/// neither said that the question goes in quotes.
enum UnquotedPrompt {
  /// The attribute (`提示` or `越界提示`), the unquoted text after it and the text's offset in
  /// `line`, in Unicode scalars (the lexer's columns); nil when every such text is quoted.
  static func find(in line: Substring) -> (attribute: String, text: String, offset: Int)? {
    let scalars = Array(line.unicodeScalars)
    var closing: Unicode.Scalar?
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if let quote = closing {
        if scalar == quote { closing = nil }
        index += 1
        continue
      }
      if let quote = closingQuote(of: scalar) {
        closing = quote
        index += 1
        continue
      }
      let atWordStart = index == 0 || scalars[index - 1].properties.isWhitespace
      for attribute in ["越界提示", "提示"] where atWordStart {
        let word = Array(attribute.unicodeScalars)
        guard scalars.count > index + word.count,
          Array(scalars[index..<index + word.count]) == word,
          scalars[index + word.count].properties.isWhitespace
        else { continue }
        var start = index + word.count
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        guard start < scalars.count, closingQuote(of: scalars[start]) == nil else { break }
        return (attribute, text(String(String.UnicodeScalarView(scalars[start...]))), start)
      }
      index += 1
    }
    return nil
  }

  /// The unquoted text up to the next attribute (`越界提示 不能超过100 提示 "…"` ends before
  /// ` 提示`), trimmed.
  private static func text(_ rest: String) -> String {
    let words = rest.split(separator: " ", omittingEmptySubsequences: false)
    let attributes: Set<Substring> = ["提示", "越界提示", "范围", "默认", "选项", "名单", "步长"]
    let end = words.firstIndex { attributes.contains($0) } ?? words.endIndex
    return words[..<end].joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }

  /// The closing quote of an opening one, as the lexer pairs them: "…", “…”, 「…」, 『…』.
  private static func closingQuote(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x22: "\""
    case 0x201C: "\u{201D}"
    case 0x300C: "\u{300D}"
    case 0x300E: "\u{300F}"
    default: nil
    }
  }
}
