import DuchaChecklist
import DuchaRoster
import DuchaSession

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every problem `ducha compare` reports: where (file and line), what, and how to fix it.
public enum CompareDiagnostics {
  static func unreadable(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "B101", at: SourceLocation(file: file, line: 1, column: 1),
      Localized("无法读取文件。", en: "cannot read the file."),
      fix: Localized(
        "检查文件名和路径是否正确、文件是否存在。", en: "check that the path is right and the file exists."))
  }

  static func empty(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "B102", at: SourceLocation(file: file, line: 1, column: 1),
      Localized("文件是空的。", en: "the file is empty."),
      fix: Localized("重新导出名单。", en: "export the list again."))
  }

  static func noHeader(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "B102", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "前 20 行里找不到表头：没有一列叫“身份证件号”（或公民身份号码、身份证号…）。",
        en: "no header in the first 20 rows: no column is named 身份证件号 (or 公民身份号码, 身份证号 …)."),
      fix: Localized(
        "把身份证号那一列的表头改成“身份证件号”再试。", en: "rename the ID-number column's header to 身份证件号."))
  }

  static func record(_ problem: StreamProblem, file: String) -> Diagnostic {
    let location = SourceLocation(file: file, line: problem.line, column: problem.column)
    switch problem.kind {
    case .unterminatedQuote:
      return Diagnostic(
        .error, "B103", at: location,
        Localized(
          "这里的引号没有配对的右引号，这一行没有比对。", en: "this quote is never closed; the row was not compared."),
        fix: Localized(
          "在单元格末尾补上引号，或删掉多余的引号。",
          en: "close the quote at the end of the cell, or remove the stray quote."))
    case .textAfterQuote:
      return Diagnostic(
        .error, "B104", at: location,
        Localized(
          "右引号后面还有字符，这一行没有比对。", en: "text follows a closing quote; the row was not compared."),
        fix: Localized(
          "单元格里的引号要写成两个（\"\"），或把整个单元格放进引号。",
          en: "double the quotes inside a cell (\"\"), or quote the whole cell."))
    case .readFailed(let code):
      let reason = String(cString: strerror(code))
      return Diagnostic(
        .error, "B114", at: location,
        Localized(
          "从这一行起读文件失败（\(reason)），这一行和后面的行都没有读到、没有比对，名单不全。",
          en: "reading the file failed from this row on (\(reason)); this row and the rows after it"
            + " were not read or compared, so the lists are incomplete."),
        fix: Localized(
          "文件在 U 盘或网络共享上的话，看它是否还连着；把文件复制到本机硬盘上再比对一次。",
          en: "if the file is on a USB stick or a network share, check that it is still connected;"
            + " copy the file to this computer's disk and compare again."))
    }
  }

  /// B116: a row read on the first pass whose cells could not be read again for the output:
  /// the file was changed, moved or deleted while it was being compared. Its child was left
  /// out of the lists without a word; the result is now refused (`CompareResult.changedFiles`).
  static func notReread(file: String, line: Int) -> Diagnostic {
    Diagnostic(
      .error, "B116", at: SourceLocation(file: file, line: line, column: 1),
      Localized(
        "这一行第一遍读到了，写结果前再读时读不出来：文件在比对过程中被改动、移走或删掉了。这一行的孩子不能写进结果。",
        en: "this row was read on the first pass but could not be read again for the output: the"
          + " file was changed, moved or deleted while it was being compared. The child on it"
          + " cannot be written into the results."),
      fix: Localized(
        "等文件导出、复制完，关掉正在改它的 Excel 或 WPS，再比对一次。",
        en: "wait until the file is exported or copied, close Excel or WPS if it is editing the"
          + " file, and compare again."))
  }

  /// B116 at a file's start: its size or modification time changed between the comparison's
  /// two readings, so the rows read again for the output may be other children's.
  static func changedWhileCompared(file: String) -> Diagnostic {
    Diagnostic(
      .error, "B116", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "这个文件在比对过程中被改动了（大小或修改时间和开始读时不同）：写结果前再读的行可能已是别的孩子。",
        en: "the file was changed while it was being compared (its size or modification time is"
          + " not what it was when reading began): the rows read again for the output may be"
          + " other children's."),
      fix: Localized(
        "等文件导出、复制完，关掉正在改它的 Excel 或 WPS，再比对一次。",
        en: "wait until the file is exported or copied, close Excel or WPS if it is editing the"
          + " file, and compare again."))
  }

  static func columnCount(_ row: RowView, layout: CompareLayout, file: String) -> Diagnostic {
    Diagnostic(
      .error, "B105", at: SourceLocation(file: file, line: row.line, column: 1),
      Localized(
        "这一行有 \(row.count) 列，表头（第 \(layout.line) 行）有 \(layout.width) 列，这一行没有比对。",
        en:
          "this row has \(row.count) columns but the header (line \(layout.line)) has \(layout.width); the row was not compared."
      ),
      fix: Localized(
        "含逗号的单元格要放进引号；补齐或删掉多出来的单元格。",
        en: "quote cells that contain commas; add the missing cells or remove the extra ones."))
  }

  /// Why a row whose number cannot be compared is on the main list all the same.
  enum Listing: Equatable {
    /// Its 出生日期 puts it within the ages.
    case byBirthDate
    /// It has no 出生日期 either: its age is unknown.
    case ageUnknown
    /// Its 出生日期 is no real day (`2014-02-30`): its age is unknown.
    case birthDateUnreadable
  }

  /// B113: a roster row with an empty ID number and no usable 全国学籍号.
  static func enrolledWithoutNumber(file: String, line: Int, column: Int) -> Diagnostic {
    Diagnostic(
      .warning, "B113", at: SourceLocation(file: file, line: line, column: column),
      Localized(
        "在籍名单这一行没有身份证件号（也没有可用的全国学籍号），不能比对：这个学生在人口名单上的话会算成疑似失学辍学，名单里同姓名、同出生日期的孩子备注里写明这一行。",
        en:
          "this roster row has no ID number (and no usable 全国学籍号), so it cannot be compared: if the student is on a population list they are listed as out of school, with a note naming this row when the name and birth date agree."
      ),
      fix: Localized(
        "在学籍系统里补上这个学生的身份证件号，重新导出后再比对一次。",
        en: "fill in the student's ID number in the registry, export again and compare again."))
  }

  /// The 备注 of a 疑似 child whom an uncompared roster row may be.
  static func maybeEnrolledNote(_ places: [String], sameBirth: Bool) -> String {
    "学籍名单 " + places.joined(separator: "、")
      + (sameBirth ? " 有同姓名、同出生日期的学生" : " 有同姓名的学生") + "，身份证号有误或空着没有比对上，可能已在籍，请核对"
  }

  /// The 备注 of a 疑似 child whose number and a 问题户籍 row's (same name) are one slip apart.
  static func miscopiedEnrolledNote(_ file: String, _ line: Int) -> String {
    "学籍名单 \(file):\(line) 有同姓名的学生，身份证号与这个孩子的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，可能已在籍，请核对号码"
  }

  /// The 备注 of a 问题户籍 row whose number and a 疑似 child's (same name) are one slip apart.
  static func miscopiedPopulationNote(_ file: String, _ line: Int) -> String {
    "人口名单 \(file):\(line) 有同姓名的孩子，身份证号与这个学生的只差一位（或两位前后颠倒），多半是同一个孩子、一边的号码抄错了，请核对号码"
  }

  static func invalidID(
    _ text: String, problems: [ResidentIDNumber.Problem], file: String, line: Int, column: Int,
    listed: Listing?, reveal: Bool
  ) -> Diagnostic {
    let what = problems.map { $0.message.zh }.joined(separator: "；")
    let whatEN = problems.map { $0.message.en }.joined(separator: "; ")
    let shown = IDMask.shown(text, reveal: reveal)
    let (listing, listingEN) =
      switch listed {
      case .byBirthDate?: ("，已按出生日期列入名单并注明", " and is listed by its birth date with a note")
      case .ageUnknown?:
        ("，也没有出生日期，年龄不明，已列入名单并注明", "; with no birth date its age is unknown: listed with a note")
      case .birthDateUnreadable?:
        (
          "，出生日期一栏也不是存在的日子，年龄不明，已列入名单并注明",
          "; its birth date is no real day either, so its age is unknown: listed with a note"
        )
      case nil: ("", "")
      }
    return Diagnostic(
      .error, "B106", at: SourceLocation(file: file, line: line, column: column),
      Localized(
        "身份证件号“\(shown)”有误（\(what)），这一行不能比对\(listing)。",
        en:
          "the ID number \"\(shown)\" is wrong (\(whatEN)); the row cannot be compared\(listingEN)."
      ),
      fix: ResidentIDNumber.isExcelDamaged(text)
        ? excelFix
        : Localized(
          "对照户口簿或身份证改正这个号码，再比对一次。",
          en: "correct the number from the household register or ID card and compare again."))
  }

  /// B115: a population row whose ID cell is empty, with a 出生日期 that tells the age: it was
  /// listed (or, out of the ages, left off) without a word on the terminal. Said where the
  /// number belongs, as a miscopied one is (B106).
  static func missingID(
    file: String, line: Int, column: Int, listed: Bool, ages: ClosedRange<Int>
  ) -> Diagnostic {
    let range = "\(ages.lowerBound)-\(ages.upperBound)"
    return
      Diagnostic(
        .warning, "B115", at: SourceLocation(file: file, line: line, column: column),
        listed
          ? Localized(
            "身份证件号是空的，这一行不能比对，已按出生日期列入名单并注明。",
            en:
              "the ID number is empty; the row cannot be compared and is listed by its birth date with a note."
          )
          : Localized(
            "身份证件号是空的，这一行不能比对；按出生日期不在 \(range) 周岁，没有列入名单。",
            en:
              "the ID number is empty; the row cannot be compared, and by its birth date the child is"
              + " outside ages \(range), so the row is not listed."),
        fix: Localized(
          "对照户口簿或身份证补上这个号码，再比对一次。",
          en: "fill in the number from the household register or ID card and compare again."))
  }

  /// An enrolled row compared by the number in its 全国学籍号 because its own ID cell is empty
  /// (`invalid` nil) or cannot be compared. A warning: the child is matched, but the ID cell
  /// still wants mending in the registry export.
  static func comparedByRegistryNumber(
    _ invalid: (text: String, problems: [ResidentIDNumber.Problem])?, registryKey: ResidentKey,
    file: String, line: Int, column: Int, reveal: Bool
  ) -> Diagnostic {
    let registry = "G" + IDMask.shown(registryKey.text, reveal: reveal)
    let what: Localized
    let fix: Localized
    if let (idText, problems) = invalid {
      let shown = IDMask.shown(idText, reveal: reveal)
      what = Localized(
        "身份证件号“\(shown)”有误（\(problems.map { $0.message.zh }.joined(separator: "；"))），"
          + "已按全国学籍号“\(registry)”里的身份证号比对。",
        en: "the ID number \"\(shown)\" is wrong ("
          + problems.map { $0.message.en }.joined(separator: "; ")
          + "); the row was compared by the number in its 全国学籍号 \"\(registry)\".")
      fix =
        ResidentIDNumber.isExcelDamaged(idText)
        ? Localized(
          IDSavedAsNumber.fix.zh + "（全国学籍号没有坏，这次已按它比对）。",
          en: IDSavedAsNumber.fix.en + " (the 全国学籍号 is whole and was used this time).")
        : Localized(
          "对照户口簿或身份证改正这个号码（全国学籍号 G 后面就是它）。",
          en: "correct the number from the household register or ID card (it is the 全国学籍号 after G)."
        )
    } else {
      what = Localized(
        "身份证件号是空的，已按全国学籍号“\(registry)”里的身份证号比对。",
        en:
          "the ID number is empty; the row was compared by the number in its 全国学籍号 \"\(registry)\"."
      )
      fix = Localized(
        "在学籍系统里补上身份证件号（全国学籍号 G 后面就是它）。",
        en: "fill in the ID number in the registry system (it is the 全国学籍号 after G).")
    }
    return Diagnostic(
      .warning, "B112", at: SourceLocation(file: file, line: line, column: column), what, fix: fix)
  }

  /// For a number Excel broke: the digits are gone, so only a new export helps (the words of
  /// `ducha roster check` and the case import).
  static let excelFix = Localized(
    IDSavedAsNumber.fix.zh + "，再比对一次。", en: IDSavedAsNumber.fix.en + ", and compare again.")

  static func wrongCheck(
    _ text: String, expected: Character, file: String, line: Int, column: Int, reveal: Bool
  ) -> Diagnostic {
    let shown = IDMask.shown(text, reveal: reveal)
    let damaged = ResidentIDNumber.isExcelDamaged(text)
    return Diagnostic(
      .warning, "B107", at: SourceLocation(file: file, line: line, column: column),
      damaged
        ? Localized(
          "身份证件号“\(shown)”\(IDSavedAsNumber.rounded.zh)；仍按原号码比对。",
          en: "the ID number \"\(shown)\": \(IDSavedAsNumber.rounded.en); compared as written.")
        : Localized(
          "身份证件号“\(shown)”的校验位应为 \(expected)；仍按原号码比对。",
          en: "the ID number \"\(shown)\" should end in \(expected); compared as written."),
      fix: damaged
        ? excelFix
        : Localized("核对号码：多半是抄错了一位。", en: "check the number: most likely one digit is miscopied."))
  }

  /// The 备注 of a child listed by the 出生日期 cell because the number's date disagrees.
  static let birthMismatchNote = "身份证号与出生日期不符，按出生日期算年龄"

  /// A number whose birth date puts the child outside the ages while the row's 出生日期 puts
  /// them inside: listed by the cell, so that a slip in one of the two loses no child.
  static func birthMismatch(
    _ text: String, number: CivilDate, stated: CivilDate, options: CompareOptions, file: String,
    line: Int, column: Int
  ) -> Diagnostic {
    let shown = IDMask.shown(text, reveal: options.reveal)
    let ages = "\(options.ages.lowerBound)-\(options.ages.upperBound)"
    let byNumber = number.age(at: options.cutoff)
    let byCell = stated.age(at: options.cutoff)
    // The year and the two ages tell the slip; the whole date would give back what the
    // number's mask hides (the line is named for the one who corrects it). With --reveal the
    // number is whole, and so are the dates.
    let date = { (day: CivilDate) in
      options.reveal ? day.description : BirthDateMask.year(day.description)
    }
    let (numberYear, statedYear) = (date(number), date(stated))
    return Diagnostic(
      .warning, "B111", at: SourceLocation(file: file, line: line, column: column),
      Localized(
        "身份证件号“\(shown)”里的出生日期是 \(numberYear)（\(byNumber) 周岁，不在 \(ages) 周岁），出生日期一栏是 \(statedYear)（\(byCell) 周岁）：两者不符，已按出生日期一栏算年龄，仍按号码比对。",
        en:
          "the ID number \"\(shown)\" gives the birth date \(numberYear) (\(byNumber), outside \(ages)) but the 出生日期 cell says \(statedYear) (\(byCell)): the age is taken from the cell, the number is compared as written."
      ),
      fix: Localized(
        "对照户口簿核对身份证号和出生日期，改正错的一个，再比对一次。",
        en:
          "check the number and the birth date against the household register, correct the wrong one, and compare again."
      ))
  }

  /// A row with no usable number and no usable 出生日期; `unreadable` is the 出生日期 cell
  /// (masked to its year) and its column when one is written but is no real day.
  static func noAge(file: String, line: Int, unreadable: (text: String, column: Int)? = nil)
    -> Diagnostic
  {
    if let unreadable {
      return Diagnostic(
        .warning, "B108", at: SourceLocation(file: file, line: line, column: unreadable.column),
        Localized(
          "没有可用的身份证件号，出生日期“\(unreadable.text)”不是存在的日子（或读不出），无法判断年龄，这一行没有比对，已列入名单并注明。",
          en:
            "no usable ID number, and the birth date \"\(unreadable.text)\" is no real day (or cannot be read): the age is unknown and the row was not compared; listed with a note."
        ),
        fix: Localized(
          "把出生日期改成存在的日子（写成 2014-02-28 这样），或补上身份证件号。",
          en: "correct the birth date to a real day (written as 2014-02-28), or add the ID number.")
      )
    }
    return Diagnostic(
      .warning, "B108", at: SourceLocation(file: file, line: line, column: 1),
      Localized(
        "没有可用的身份证件号，也没有出生日期，无法判断年龄，这一行没有比对，已列入名单并注明。",
        en:
          "no usable ID number and no birth date: the age is unknown and the row was not compared; listed with a note."
      ),
      fix: Localized("补上身份证件号或出生日期。", en: "add the ID number or the birth date."))
  }

  /// B117: a population row repeating the number of a row above it in the same list (a list
  /// merged by hand from the 户籍 and 公安 lists). Counted once, and said, so that the clerk
  /// can delete the row; `shown` is the number masked unless `--reveal`.
  static func repeatedRow(_ shown: String, file: String, line: Int, firstLine: Int)
    -> Diagnostic
  {
    Diagnostic(
      .warning, "B117", at: SourceLocation(file: file, line: line, column: 1),
      Localized(
        "身份证件号“\(shown)”与第 \(firstLine) 行相同：同一个孩子在这份名单上写了两行（手工合并户籍、公安名单时常见），只算一人。",
        en:
          "the ID number \"\(shown)\" is also on line \(firstLine): the same child is written twice on this list (common when the 户籍 and 公安 lists are merged by hand); counted once."
      ),
      fix: Localized(
        "删掉这一行（两行写的乡镇、监护人等不同时，先合成一行）；如果是两个孩子，对照户口簿改正抄错的号码。",
        en:
          "delete this row (if the two rows differ, merge them into one first); if they are two children, correct the miscopied number against the household register."
      ))
  }

  /// B118: a roster row repeating the number of an earlier row of the same school (`firstFile`
  /// nil when in the same file): one child, counted once in 在籍人数; `shown` is the number
  /// masked unless `--reveal`.
  static func repeatedEnrolment(
    _ shown: String, file: String, line: Int, firstFile: String?, firstLine: Int
  ) -> Diagnostic {
    let zhWhere = firstFile.map { "\($0) 第 \(firstLine) 行" } ?? "第 \(firstLine) 行"
    let enWhere = firstFile.map { "\($0) line \(firstLine)" } ?? "line \(firstLine)"
    return Diagnostic(
      .warning, "B118", at: SourceLocation(file: file, line: line, column: 1),
      Localized(
        "身份证件号“\(shown)”与\(zhWhere)相同，学校也相同：同一个学生在学籍名单上有两行，在籍人数只算一人。",
        en:
          "the ID number \"\(shown)\" is also on \(enWhere), in the same school: the same student is on the rosters twice; counted once among the enrolled."
      ),
      fix: Localized(
        "同一份名单导出了两次的，只给一份；否则是学籍系统里的重复学籍，用 ducha roster check 查出后处理。",
        en:
          "if the same roster was exported twice, give it once; otherwise it is a duplicate record in the registry: find it with ducha roster check."
      ))
  }

  /// A 合计 row typed below a list in Excel: no person, so it is neither counted nor compared.
  static func totalRow(_ label: String, file: String, line: Int) -> Diagnostic {
    Diagnostic(
      .warning, "B110", at: SourceLocation(file: file, line: line, column: 1),
      Localized(
        "这一行是合计行（“\(label)”）：没有身份证件号，不算作一个人，没有比对。",
        en: "this is a total row (“\(label)”) with no ID number; it is not counted as a person."),
      fix: Localized(
        "不用改；如果这一行确实是一个孩子，请填上身份证件号。",
        en: "nothing to do; if the row is a child, fill in the ID number."))
  }

  /// A problem from the roster's XLSX or whole-file CSV reader, under compare's code: the
  /// quote problems keep their meaning (B103, B104), the rest is a file that cannot be read.
  static func renamed(_ diagnostic: Diagnostic) -> Diagnostic {
    var copy = diagnostic
    switch copy.code {
    case "R102": copy.code = "B103"
    case "R103": copy.code = "B104"
    case let code where code.hasPrefix("R1"): copy.code = "B109"
    default: break
    }
    return copy
  }

  static func oldExcel(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "B109", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "这是旧版 Excel 文件（.xls），ducha 读不了。",
        en: "this is an old Excel file (.xls), which ducha cannot read."),
      fix: Localized(
        "在 Excel 或 WPS 里打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”再试。",
        en: "open it in Excel or WPS and save it as an Excel workbook (.xlsx) or CSV UTF-8."))
  }
}

/// Masking of numbers in messages: diagnostics go to the terminal and logs.
enum IDMask {
  /// `text` whole with `--reveal`, masked otherwise: every compare warning shows a number so.
  static func shown(_ text: String, reveal: Bool) -> String { reveal ? text : number(text) }

  static func number(_ text: String) -> String {
    RosterPrivacy(reveal: false).number(text)
  }
}
