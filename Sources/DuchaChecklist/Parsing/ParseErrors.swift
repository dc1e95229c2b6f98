import Foundation

/// The parsing stage's messages (E102–E104 from the lexer, E105, E2xx from the statements), each
/// with its code, what is wrong and how to fix it; the parser reports them where it finds the
/// problem. Codes are listed in `docs/checklist-language.md` §9.
enum ParseErrors {
  /// `titled`: the line read as an id followed by the form's title, shown split in two.
  static func badChecklistID(titled: (id: String, title: String)?, _ location: SourceLocation)
    -> Diagnostic
  {
    guard let titled else {
      return Diagnostic(
        .error, "E209", at: location,
        Localized("“清单”后面应当是一个不含空格的编号。", en: "清单 takes one id without spaces."),
        fix: Localized("例如“清单 lingbi-xueji-2021”。", en: "for example '清单 lingbi-xueji-2021'."))
    }
    return Diagnostic(
      .error, "E209", at: location,
      Localized(
        "“清单”后面只写一个不含空格的编号，标题另起一行。",
        en: "清单 takes one id without spaces; the title goes on a line of its own."),
      fix: Localized(
        "写成两行：“清单 \(titled.id)”和“标题：\(titled.title)”。",
        en: "write two lines: '清单 \(titled.id)' and '标题：\(titled.title)'."))
  }

  static func checklistTwice(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E207", at: location,
      Localized("“清单”写了两次。", en: "清单 appears twice."),
      fix: Localized("一个文件只写一份清单；删去多余的“清单”行。", en: "one checklist per file; delete the extra line.")
    )
  }

  static func emptyList(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized("名单“\(name)”是空的。", en: "list '\(name)' is empty."),
      fix: Localized("在冒号后写出名单各项，用“、”分隔。", en: "list the entries after the colon, separated by 、."))
  }

  static func namedBodyWithoutColon(statement: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E202", at: location,
      Localized("“\(statement)”缺少冒号。", en: "'\(statement)' needs a colon."),
      fix: Localized("写成“\(statement) 名称：内容”。", en: "write '\(statement) name：entries'."))
  }

  static func missingName(statement: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized("“\(statement)”缺少名称。", en: "'\(statement)' needs a name."),
      fix: Localized("写成“\(statement) 名称：内容”。", en: "write '\(statement) name：entries'."))
  }

  /// `joined` is the attribute run into its number (`范围1..10`), with what follows the number
  /// (`..10`), when that is what was written.
  static func unknownInputAttribute(
    spelling: String, joined: (attribute: String, rest: String)? = nil, _ location: SourceLocation
  ) -> Diagnostic {
    let fix =
      joined.map { attribute, rest in
        let written = "\(attribute) \(spelling.dropFirst(attribute.count))\(rest)"
        return Localized(
          "“\(attribute)”和后面的数之间空一格：“\(written)”。",
          en: "put a space between '\(attribute)' and its number: '\(written)'.")
      }
      ?? Localized(
        "可用的属性：范围、最小、最大、步长、选项、名单、默认、提示、越界提示。",
        en: "attributes: 范围, 最小, 最大, 步长, 选项, 名单, 默认, 提示, 越界提示.")
    return Diagnostic(
      .error, "E206", at: location,
      Localized("录入项没有“\(spelling)”这个属性。", en: "inputs have no attribute '\(spelling)'."),
      fix: fix)
  }

  static func badItemHeading(keyword: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E203", at: location,
      Localized(
        "“\(keyword)”应写成“\(keyword) 编号 标题 分值分”。", en: "write '\(keyword) <id> <title> <n>分'."),
      fix: Localized("例如“\(keyword) 1 人员配备 10分”。", en: "for example '\(keyword) 1 人员配备 10分'."))
  }

  static func numberGluedToTitle(
    keyword: String, written: String, number: String, title: String, points: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E203", at: location,
      Localized(
        "“\(written)”：编号和标题之间要空一格。",
        en: "'\(written)': separate the number from the title with a space."),
      fix: Localized(
        "写成“\(keyword) \(number) \(title) \(points)”（编号后不写“、”“.”或括号）。",
        en:
          "write '\(keyword) \(number) \(title) \(points)' (no 、, dot or brackets after the number)."
      ))
  }

  static func ruleNotCall(keyword: String, keyword2: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E204", at: location,
      Localized("“\(keyword)”后面应当是“规则名(参数…)”。", en: "'\(keyword)' takes a call such as 每例扣分(…)."),
      fix: Localized("例如“\(keyword2)”。", en: "see the rule table in docs/checklist-language.md."))
  }

  static func badYear(text: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized("年度“\(text)”不是一个年份。", en: "year '\(text)' is not a year."),
      fix: Localized("写成四位数字，如“年度：2021”。", en: "write four digits, e.g. '年度：2021'."))
  }

  static func missingEquals(keyword: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E202", at: location,
      Localized("“\(keyword)”缺少“=”。", en: "'\(keyword)' needs '='."),
      fix: Localized("写成“\(keyword) 名称 = 值”。", en: "write '\(keyword) name = value'."))
  }

  static func missingColon(keyword: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E202", at: location,
      Localized("“\(keyword)”后面缺少冒号。", en: "missing colon after '\(keyword)'."),
      fix: Localized("写成“\(keyword)：内容”。", en: "write '\(keyword)：text'."))
  }

  static func headerFieldTwice(keyword: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E207", at: location,
      Localized("表头“\(keyword)”写了两次。", en: "header field '\(keyword)' appears twice."),
      fix: Localized("删去多余的一行。", en: "delete the extra line."))
  }

  static func danglingContinuation(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E205", at: location,
      Localized("接续行“|”前面没有可以接续的文字说明。", en: "continuation line '|' follows no text field."),
      fix: Localized(
        "把它接在“要求：”“赋分：”等文字行之后，或删去行首的“|”。",
        en: "put it after a text field such as '要求：', or remove the '|'."))
  }

  static func noChecklist(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E105", at: location,
      Localized(
        "没有“清单”语句：这不是一份清单，或文件是空的。", en: "no 清单 statement: the file is empty or not a checklist."),
      fix: Localized(
        "在第一行写“清单 <编号>”，例如“清单 lingbi-xueji-2021”。",
        en: "start the file with '清单 <id>', e.g. '清单 lingbi-xueji-2021'."))
  }

  /// `有领导小组 = 是` in a 样例: an input's value written without the 设 in front.
  static func sampleValueWithoutSet(line: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E201", at: location,
      Localized("样例里给录入项的值，前面要写关键词“设”。", en: "a 样例 gives an input its value with 设."),
      fix: Localized("写成“设 \(line)”。", en: "write '设 \(line)'."))
  }

  static func unknownKeyword(shown: String, hint: String, _ location: SourceLocation) -> Diagnostic
  {
    Diagnostic(
      .error, "E201", at: location,
      Localized("不认识的关键词“\(shown)”。\(hint)", en: "unknown keyword '\(shown)'."),
      fix: Localized(
        "每行以关键词开头：\(Keywords.all.joined(separator: "、"))；文字说明写成“要求：…”这样带冒号的形式。",
        en:
          "each line starts with a keyword (see docs/checklist-language.md); text fields take a colon, like '要求：…'."
      ))
  }

  static func misplacedStatement(
    keyword: String, ruleZh: String, ruleEn: String, _ location: SourceLocation
  )
    -> Diagnostic
  {
    Diagnostic(
      .error, "E205", at: location,
      Localized("“\(keyword)”\(ruleZh)。", en: "'\(keyword)' \(ruleEn)."),
      fix: Localized("把这一行移到正确的位置。", en: "move this line to where it belongs."))
  }

  static func unexpectedToken(
    expectedZh: String, foundZh: String, expectedEn: String, foundEn: String, fix: Localized,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "这里应当是\(expectedZh)，却是“\(foundZh)”。", en: "expected \(expectedEn), found '\(foundEn)'."),
      fix: fix)
  }

  /// `提示 入学率是多少？`: the question without its quotes.
  static func unquotedPrompt(attribute: String, text: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "“\(attribute)”后面的文字要放在引号里，这里没有引号。",
        en: "the text after '\(attribute)' goes in quotes; it has none here."),
      fix: Localized(
        "写成 \(attribute) \"\(text)\"（中文引号“”也可以）。",
        en: "write \(attribute) \"\(text)\" (Chinese quotes “” work too)."))
  }

  static func doubledEquals(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized("比较相等只写一个“=”，这里写成了“==”。", en: "equality is written with one '=', not '=='."),
      fix: Localized(
        "把“==”改成“=”，例如 判定(系统人数 = 实际人数)。", en: "write '=' instead, e.g. 判定(系统人数 = 实际人数)."))
  }

  static func nameStartsWithDigit(
    name: String, isNumber: String, isNumber2: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "名称“\(name)”以数字开头：名称不能以数字开头（“\(isNumber)”会被读成一个数）。",
        en: "the name '\(name)' starts with a digit; names cannot start with a digit."),
      fix: Localized(
        "把数字挪到后面或写成汉字，例如“\(isNumber2)\(isNumber)”。",
        en: "move the digits to the end or write them in words."))
  }

  /// `入学率 低于 99`: a comparison in the form's words.
  static func comparisonInWords(
    word: String, symbol: String, example: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "条件要用比较符号写：“\(word)”写成“\(symbol)”。",
        en: "write a comparison with its symbol: '\(word)' is '\(symbol)'."),
      fix: Localized(
        "写成“\(example)”（\(ComparisonWords.legendZh)）。", en: "write '\(example)'."))
  }

  /// `条件扣分(若 入学率 < 99, 扣=1)`: 若 written as the form's “若…”, not as the function.
  static func ifWithoutBrackets(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "“若”是公式里的函数，后面要紧跟括号：若(条件, 是时, 否时)。",
        en: "若 is a function in formulas and takes brackets: 若(condition, then, else)."),
      fix: Localized(
        "规则里的条件直接写，不用“若”：如“条件扣分(入学率 < 99, 扣=1)”；比较用符号（\(ComparisonWords.legendZh)）。",
        en: "in a rule write the condition itself, without 若: 条件扣分(入学率 < 99, 扣=1)."))
  }

  /// `0. 5`, `1 0`: a space typed inside a figure.
  static func spaceInNumber(typed: String, meant: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E204", at: location,
      Localized("数“\(typed)”中间有空格。", en: "the figure '\(typed)' has a space inside."),
      fix: Localized(
        "数里不能有空格：是一个数就写成“\(meant)”，是两个数就用“,”隔开。",
        en: "write '\(meant)' for one figure, or put ',' between two."))
  }

  /// `2024年=99.5` in a 年度目标: the year is written bare.
  static func yearWithSuffix(typed: String, year: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "年份后面不写“年”：“\(typed)”要写成“\(year)”。", en: "a year is written bare: '\(typed)' is '\(year)'."),
      fix: Localized(
        "如“年度目标 入学率目标：\(year)=99.5，…”。", en: "e.g. 年度目标 入学率目标：\(year)=99.5."))
  }

  /// The units a form's text puts after a figure (`5分`, `4次`, `1个百分点`): the figure is
  /// written bare instead (`%` is only a mark, so a percentage point is a plain number too).
  /// Any other word after a digit makes a name that starts with a digit.
  static let figureUnits: Set<String> = [
    "分", "次", "人", "个", "项", "名", "所", "天", "元", "份", "篇", "间", "条", "例", "人次", "个百分点", "百分点",
  ]

  static func unitAfterNumber(
    _ spelled: String, unit: String, number: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E204", at: location,
      Localized(
        "数后面不带单位：“\(spelled)”的“\(unit)”要去掉。",
        en: "figures take no unit: drop '\(unit)' from '\(spelled)'."),
      fix: Localized(
        "写成“\(number)”（分值、次数、人数、百分点都只写数）。",
        en: "write '\(number)' (points, counts and percentage points are bare numbers)."))
  }

  static func nestedTooDeeply(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E210", at: location,
      Localized(
        "公式嵌套太深：括号、“若(…)”、负号、“非”和连续的运算合起来超过 \(ExpressionParser.maximumDepth) 层。",
        en:
          "the formula nests too deeply: brackets, 若(…), minus signs, 非 and chained operators exceed \(ExpressionParser.maximumDepth) levels."
      ),
      fix: Localized(
        "把公式拆成几个“指标”，每个指标写其中一段，再用指标名组合起来。",
        en: "split the formula into several 指标 lines and combine them by name."))
  }

  static func unexpectedCharacter(shown: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E103", at: location,
      Localized("不认识的字符“\(shown)”。", en: "unexpected character '\(shown)'."),
      fix: Localized(
        "公式里只能用数字、名称、引号里的文字和 + - × ÷ ( ) [ ] , = < > 等符号。",
        en: "formulas use numbers, names, quoted text and + - × ÷ ( ) [ ] , = < >."))
  }

  static func unterminatedQuotedText(shown: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E102", at: location,
      Localized("文字缺少右引号。", en: "unterminated quoted text."),
      fix: Localized("在文字结尾加上 \(shown)。", en: "add \(shown) at the end of the text."))
  }

  static func unmatchedClosing(symbol: String, expected: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E104", at: location,
      Localized(
        "多了一个“\(symbol)”，前面没有对应的“\(expected)”。", en: "'\(symbol)' has no matching '\(expected)'."),
      fix: Localized("删去它，或在前面补上“\(expected)”。", en: "remove it or add the opening '\(expected)'."))
  }

  static func unclosedBracket(spelling: String, closing: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E104", at: location,
      Localized("括号“\(spelling)”没有闭合。", en: "bracket '\(spelling)' is never closed."),
      fix: Localized("在这一行里补上“\(closing)”。", en: "add '\(closing)' on the same line."))
  }

  /// Whether `diagnostic` is `unclosedBracket`'s (a line left with an open bracket).
  static func isUnclosedBracket(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.code == "E104" && diagnostic.fix?.en == "add ')' on the same line."
  }

  /// A statement broken over two lines (Word wraps a long rule when it is copied): the bracket
  /// left open and the next line, which starts with no keyword, in one message.
  /// Over three lines or more, the one message names every line to join (`第 9—10 行`).
  static func wrappedStatement(
    shown: String, nextLine: Int, lastLine: Int, _ location: SourceLocation
  ) -> Diagnostic {
    let pieces = lastLine - location.line + 1
    let count = pieces == 2 ? "两" : " \(pieces) "
    let lines = lastLine == nextLine ? "第 \(nextLine) 行" : "第 \(nextLine)—\(lastLine) 行"
    let linesEN = lastLine == nextLine ? "line \(nextLine)" : "lines \(nextLine)–\(lastLine)"
    return Diagnostic(
      .error, "E104", at: location,
      Localized(
        "括号“(”没有闭合，下一行“\(shown)”又不以关键词开头：这条语句像是被折成了\(count)行（从 Word 复制时常见）。",
        en:
          "bracket '(' is never closed and the next line, '\(shown)', starts with no keyword: the statement seems broken over \(pieces) lines."
      ),
      fix: Localized(
        "把\(lines)接到这一行末尾：一条语句写在一行里。",
        en: "join \(linesEN) to the end of this line: a statement is written on one line."))
  }

  /// After the first few problems of one kind on a line (a pasted binary line), the rest are
  /// summed up under the same code.
  static func moreOfTheSame(_ code: String, omitted: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, code, at: location,
      Localized(
        "这一行从这里起还有 \(omitted) 处同样的问题，没有逐一列出。",
        en: "\(omitted) more problems of this kind on this line from here are not listed."),
      fix: Localized(
        "先按上面的提示改正，再重新检查；这一行很可能是误粘贴的，可以整行删去。",
        en: "fix the ones above and check again; the line was probably pasted by mistake."))
  }
}
