import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

/// Reads the children to import: a 疑似失学辍学名单 (`ducha compare`'s output or any CSV/XLSX
/// with 姓名/身份证号/学校/乡镇 columns, found by header name), or a session file's 籍在人不在
/// names. Bad rows are reported with their place and skipped; the others are read.
public enum CaseListReader {
  /// The columns read, with the header names that mean each (after `HeaderMatcher.normalize`).
  enum Field: CaseIterable {
    case name, idNumber, gender, birthDate, school, township, village, grade, guardian, phone
    case address, groups, note

    var headers: [String] {
      switch self {
      case .name: ["姓名", "学生姓名", "儿童姓名", "儿童少年姓名", "适龄儿童姓名"]
      case .idNumber:
        [
          "身份证件号", "身份证号", "身份证号码", "身份证件号码", "公民身份号码", "公民身份证号码", "公民身份证号",
          "居民身份证号码", "居民身份证号", "证件号码", "证件号", "儿童身份证号", "学生身份证号", "身份证",
        ]
      case .gender: ["性别"]
      case .birthDate: ["出生日期", "出生年月", "出生年月日", "生日"]
      case .school:
        ["责任学校", "学校", "应就读学校", "服务区学校", "划片学校", "对口学校", "应入学校", "学校名称", "就读学校", "所在学校"]
      case .township:
        [
          "乡镇", "乡镇街道", "所在乡镇", "乡镇名称", "所属乡镇", "街道", "乡镇办", "乡", "镇", "乡镇/街道", "户籍所在乡镇",
          "户籍乡镇", "现住乡镇", "居住乡镇",
        ]
      case .village: ["村", "村社区", "村居", "所在村", "村组", "社区"]
      case .grade: ["年级", "年级班级", "班级"]
      case .guardian: ["监护人", "监护人姓名", "家长姓名", "家长"]
      case .phone: ["联系电话", "监护人电话", "监护人联系电话", "家长电话", "电话"]
      case .address: ["家庭住址", "现住址", "住址", "家庭地址", "户籍地址", "户口所在地"]
      case .groups: ["特殊群体"]
      case .note: ["备注"]
      }
    }
  }

  /// What was read: the children, and the rows that could not be.
  public struct Outcome: Sendable {
    /// The children, in the order of the file.
    public var children: [ImportedChild]
    /// Problems, each at its file and row.
    public var diagnostics: [Diagnostic]
    /// The header's line when the list has neither a 乡镇 nor a 学校 column (nil otherwise).
    var placeless: Int?

    init(children: [ImportedChild], diagnostics: [Diagnostic], placeless: Int? = nil) {
      self.children = children
      self.diagnostics = diagnostics
      self.placeless = placeless
    }
  }

  /// Reads `path`: a session file (`.json`) or a CSV/XLSX list. `school` and `township` fill in
  /// what the list leaves empty (a session names its school but not its 乡镇).
  public static func read(path: String, school: String? = nil, township: String? = nil) -> Outcome {
    guard let data = FileManager.default.contents(atPath: path) else {
      return Outcome(
        children: [],
        diagnostics: [
          Diagnostic(
            .error, "C101", at: SourceLocation(file: path, line: 1, column: 1),
            Localized("无法读取文件。", en: "cannot read the file."),
            fix: Localized("检查文件名和路径。", en: "check the path and that the file exists."))
        ])
    }
    let bytes = Array(data)
    var outcome: Outcome
    if path.lowercased().hasSuffix(".json") {
      outcome = readSession(path: path)
    } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      // An old .xls (the registry system still saves them) was read as a CSV and said to be
      // in no known encoding; said as `roster check` and `compare` say it.
      return Outcome(
        children: [],
        diagnostics: [
          Diagnostic(
            .error, "C113", at: SourceLocation(file: path, line: 1, column: 1),
            Localized(
              "这是旧版 Excel 文件（.xls），ducha 读不了。",
              en: "this is an old Excel file (.xls), which ducha cannot read."),
            fix: Localized(
              "在 Excel 或 WPS 里打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”再导入。",
              en: "open it in Excel or WPS and save it as an Excel workbook (.xlsx) or CSV UTF-8."))
        ])
    } else {
      let table =
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        ? XLSXTableReader.read(bytes, file: path) : CSVTableReader.read(bytes, file: path)
      outcome = readTable(table)
      if let line = outcome.placeless, school == nil, township == nil, !outcome.children.isEmpty {
        // Cases of nowhere: no list by 乡镇 or 学校 finds them until each is given one by hand.
        return Outcome(
          children: [], diagnostics: outcome.diagnostics + [placeless(path, line: line)])
      }
    }
    outcome.children = outcome.children.map { entry in
      var entry = entry
      if entry.child.school.isEmpty, let school { entry.child.school = UnitName.normalized(school) }
      if entry.child.township.isEmpty, let township {
        entry.child.township = UnitName.normalized(township)
      }
      return entry
    }
    return outcome
  }

  /// The fields a header row names, by column: the first column naming a field wins.
  static func fields(of cells: [String]) -> [Field: Int] {
    var columns: [Field: Int] = [:]
    for (index, cell) in cells.enumerated() {
      let key = HeaderMatcher.normalize(cell)
      var matched = false
      for field in Field.allCases where columns[field] == nil && field.headers.contains(key) {
        columns[field] = index
        matched = true
        break
      }
      if !matched, columns[.idNumber] == nil, HeaderMatcher.namesChildIDNumber(key) {
        columns[.idNumber] = index
      } else if !matched, let field = guardianField(key), columns[field] == nil {
        columns[field] = index
      }
    }
    return columns
  }

  /// The guardian's name or phone under a header the list's maker composed: `ducha compare`
  /// writes a police list's two-row header as one (`监护人信息姓名`, `监护人信息联系电话`), and
  /// lists say `家长手机`. Read as anything else, the guardian was lost on import: notices had
  /// no one to address, and the guardian's name typed into a visit's outcome was not masked.
  static func guardianField(_ key: String) -> Field? {
    let guardian = key.contains("监护人") || key.contains("家长")
    if guardian, key.hasSuffix("姓名") || key.hasSuffix("名字") { return .guardian }
    if ["电话", "手机", "联系方式"].contains(where: key.contains) { return .phone }
    return nil
  }

  /// The columns of the header at `header`, and the first data row. A header over two rows,
  /// as Excel saves a merged one to CSV, is read as one: a field merged down both rows is
  /// written in the upper row only (the row above fills the header's empty cells), and
  /// sub-headers under a group (`监护人信息` over `姓名`, `联系电话`) are a row of their own below
  /// it — no digits but in copies of the header's cells, naming a field — which is no child. A 姓名 under a 监护人 or 家长 group is
  /// the guardian's.
  static func columns(of rows: [TableRow], header: Int) -> ([Field: Int], Int) {
    var cells = rows[header].cells
    var columns = fields(of: cells)
    // 姓名 under a 监护人信息 group in the row above is the guardian's (`GuardianGroup`), so
    // long as the child's name and number are still found.
    if header > 0, let grouped = GuardianGroup.prefixed(cells, above: rows[header - 1].cells) {
      let regrouped = fields(of: grouped)
      if regrouped[.name] != nil, regrouped[.idNumber] != nil || columns[.idNumber] == nil {
        cells = grouped
        columns = regrouped
      }
    }
    let namesNothing = { (index: Int) in
      index >= cells.count || fields(of: [cells[index]]).isEmpty
    }
    if header > 0 {
      for (field, index) in fields(of: rows[header - 1].cells)
      where columns[field] == nil
        && (index >= cells.count || HeaderMatcher.normalize(cells[index]).isEmpty)
      {
        columns[field] = index
      }
    }
    guard header + 1 < rows.count else { return (columns, header + 1) }
    let below = rows[header + 1].cells
    let named = fields(of: below)
    // A workbook fills a cell merged down both rows into each: such a copy says nothing.
    let hasDigits = below.enumerated().contains { index, cell in
      (index >= cells.count || cell != cells[index])
        && cell.unicodeScalars.contains { (0x30...0x39).contains($0.value) }
    }
    guard !named.isEmpty, !hasDigits else { return (columns, header + 1) }
    for (index, cell) in below.enumerated() where namesNothing(index) {
      guard var field = fields(of: [cell]).keys.first else { continue }
      let group = index < cells.count ? HeaderMatcher.normalize(cells[index]) : ""
      if field == .name, group.contains("监护人") || group.contains("家长") { field = .guardian }
      if columns[field] == nil { columns[field] = index }
    }
    return (columns, header + 2)
  }

  /// The children of a table, the header found by name in its first ten rows.
  static func readTable(_ table: SourceTable) -> Outcome {
    var diagnostics = table.diagnostics
    let file = table.file
    guard
      let headerIndex = table.rows.prefix(10).firstIndex(where: { row in
        row.cells.contains { Field.name.headers.contains(HeaderMatcher.normalize($0)) }
      })
    else {
      if !table.rows.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, "C102", at: SourceLocation(file: file, line: table.rows[0].line, column: 1),
            Localized(
              "找不到“姓名”一列（前 10 行里没有这样的表头）。", en: "no 姓名 (name) column in the first 10 rows."),
            fix: Localized(
              "导入 ducha compare 输出的疑似失学辍学名单，或一张有“姓名”“身份证号”“学校”“乡镇”表头的 CSV/XLSX。",
              en: "import the list ducha compare writes, or a CSV/XLSX with 姓名/身份证号/学校/乡镇 headers.")
          ))
      }
      return Outcome(children: [], diagnostics: diagnostics)
    }
    if let other = CompareSideList.kind(of: table.rows[headerIndex].cells) {
      // Enrolled children (问题户籍, 重复在籍) made cases of children who are at school.
      diagnostics.append(
        other.refusal(at: SourceLocation(file: file, line: table.rows[headerIndex].line, column: 1))
      )
      return Outcome(children: [], diagnostics: diagnostics)
    }
    if EnrolmentList.isEnrolment(table.rows, header: headerIndex) {
      diagnostics.append(
        EnrolmentList.refusal(
          at: SourceLocation(file: file, line: table.rows[headerIndex].line, column: 1)))
      return Outcome(children: [], diagnostics: diagnostics)
    }
    let (columns, firstData) = Self.columns(of: table.rows, header: headerIndex)
    // Later columns naming a field the first one names too: `ducha compare` writes its own
    // 责任学校 column (empty when the population list's column had another name) before the
    // list's `应就读学校`, and the school was lost.
    let header = table.rows[headerIndex].cells
    let alternates = Dictionary(
      grouping: header.indices.compactMap { index in
        fields(of: [header[index]]).keys.first.map { ($0, index) }
      }, by: \.0
    ).mapValues { $0.map(\.1) }
    var children: [ImportedChild] = []
    for row in table.rows[firstData...] where !row.isBlank {
      let value = { (field: Field) -> String in
        guard let index = columns[field], index < row.cells.count else { return "" }
        let first = cleanCell(row.cells[index])
        guard first.isEmpty, field == .school || field == .township else { return first }
        for other in alternates[field] ?? [] where other != index && other < row.cells.count {
          let text = cleanCell(row.cells[other])
          if !text.isEmpty { return text }
        }
        return first
      }
      let place = SourceLocation(file: file, line: row.line, column: 1)
      // `合计,9人` under a list someone totalled in Excel is not a child: as a case it would
      // be one named “9人”, open for ever.
      if TotalRow.holdsNoNumber(value(.idNumber)), let label = TotalRow.label(in: row.cells) {
        diagnostics.append(
          Diagnostic(
            .warning, "C108", at: place,
            Localized(
              "这一行是合计行（“\(label)”）：没有身份证号，不是一个孩子，没有建案例。",
              en: "this is a total row (“\(label)”) with no ID number; no case was made."),
            fix: Localized(
              "不用改；如果这一行确实是一个孩子，请填上身份证号再导入。",
              en: "nothing to do; if the row is a child, fill in the ID number and import again.")))
        continue
      }
      let name = value(.name)
      let nameColumn = columns[.name].map { row.column(of: $0) } ?? 1
      if name.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, "C103", at: SourceLocation(file: file, line: row.line, column: nameColumn),
            Localized("这一行没有姓名，未导入。", en: "the row has no name; skipped."),
            fix: Localized("补上姓名后再导入一次（已导入的不会重复）。", en: "add the name and import again.")))
        continue
      }
      // Half-width and upper-cased as the roster check and the comparison read it: `３４１…`
      // typed with a Chinese input method is the same child as `341…`; an old 15-digit number
      // in its 18-character form, as compare writes it, so both are one case.
      let written = ResidentIDNumber.normalized(cell: value(.idNumber))
      let number = ResidentIDNumber.widened(written) ?? written
      if name.contains("*") || number.contains("*") {
        // At the masked cell: the name's, else the number's.
        let column =
          name.contains("*") ? nameColumn : columns[.idNumber].map { row.column(of: $0) } ?? 1
        diagnostics.append(
          Diagnostic(
            .error, "C104", at: SourceLocation(file: file, line: row.line, column: column),
            // Which one: the column points at it, the words say it.
            Localized(
              "这一行的\(name.contains("*") ? "姓名" : "身份证号")已遮蔽（有“*”），不能据此建案例，未导入。",
              en: "the \(name.contains("*") ? "name" : "ID number") is masked (has '*'); skipped."),
            fix: Localized(
              "导入 ducha compare --reveal 输出的名单（台账本身是权限 0600 的个人信息文件）。",
              en: "import the list written by ducha compare --reveal.")))
        continue
      }
      if let damage = ResidentIDNumber.problems(
        of: number, today: CivilDate(daysSinceEpoch: 100_000)
      )
      .first(where: { $0.savedAsNumberFix != nil }) {
        // Children whose numbers Excel cut alike would become one case: refused like a masked one.
        let column = columns[.idNumber].map { row.column(of: $0) } ?? 1
        diagnostics.append(
          Diagnostic(
            .error, "C106", at: SourceLocation(file: file, line: row.line, column: column),
            Localized(
              "身份证号“\(RosterPrivacy(reveal: false).number(number))”：\(damage.message.zh)；这一行未导入。",
              en:
                "the ID number \"\(RosterPrivacy(reveal: false).number(number))\": \(damage.message.en); skipped."
            ),
            fix: Localized(
              IDSavedAsNumber.fix.zh + "，再导入一次（已导入的不会重复）。",
              en: IDSavedAsNumber.fix.en + ", and import again.")))
        continue
      }
      let column = columns[.idNumber].map { row.column(of: $0) } ?? 1
      if let refusal = CaseIDNumberCheck.refusal(
        number, file: file, line: row.line, column: column)
      {
        diagnostics.append(refusal)
        continue
      }
      var birth = value(.birthDate)
      if !birth.isEmpty, CivilDate(parsing: birth) == nil {
        // Without a number the case is kept by name and birth date: a day that does not exist
        // would never meet the child's case from a corrected list (as C109 for numbers).
        let place = SourceLocation(
          file: file, line: row.line, column: columns[.birthDate].map { row.column(of: $0) } ?? 1)
        diagnostics.append(CaseBirthDateCheck.unreadable(birth, number, at: place))
        if number.isEmpty { continue }
        birth = ""
      }
      let note = [value(.groups), value(.note)].filter { !$0.isEmpty }.joined(separator: "；")
      func optional(_ field: Field) -> String? {
        let text = value(field)
        return text.isEmpty ? nil : text
      }
      let child = CaseChild(
        name: name, idNumber: number, gender: optional(.gender),
        birthDate: birth.isEmpty
          ? ResidentIDNumber.birthDate(of: number)?.description
          : (CivilDate(parsing: birth)?.description ?? birth),
        // A typist's `大庙 小学` is the 大庙小学 of every other list, session and `--school`.
        school: UnitName.normalized(value(.school)),
        township: UnitName.normalized(value(.township)),
        village: optional(.village),
        grade: optional(.grade), guardian: optional(.guardian), guardianPhone: optional(.phone),
        address: optional(.address), note: note.isEmpty ? nil : note)
      children.append(ImportedChild(child: child, source: "\(file):\(row.line)"))
    }
    return Outcome(
      children: children, diagnostics: diagnostics,
      placeless: columns[.township] == nil && columns[.school] == nil
        ? table.rows[headerIndex].line : nil)
  }

  /// C111: a list with neither 乡镇 nor 学校, imported without `--township` or `--school`.
  static func placeless(_ path: String, line: Int) -> Diagnostic {
    Diagnostic(
      .error, "C111", at: SourceLocation(file: path, line: line, column: 1),
      Localized(
        "名单里既没有“乡镇”也没有“学校”一列：建的案例不知道是哪里的孩子，按乡镇、学校列出和出花名册时都找不到。这个文件没有导入。",
        en:
          "the list has neither a 乡镇 (township) nor a 学校 (school) column: its cases would belong nowhere. Nothing was imported from it."
      ),
      fix: Localized(
        "整张名单是一个乡镇（或一所学校）的，加 --township 乡镇名（或 --school 学校名）再导入；各行不同的，在名单里加一列“乡镇”。",
        en:
          "if the whole list is one township's (or school's), import it again with --township NAME (or --school NAME); otherwise add a 乡镇 column."
      ))
  }

  /// C105: a session file that cannot be read, said where and why (`LoadError`'s words, which
  /// carry the line and column of a damaged file and their own fix): the error's Swift dump
  /// (`unreadable(path: …, detail: DuchaSession.SessionStore.Unreadable(…))`) said neither.
  static func unreadableSession(_ error: SessionStore.LoadError, path: String) -> Diagnostic {
    if case .unreadable(_, let detail) = error {
      return Diagnostic(
        .error, "C105",
        at: SourceLocation(
          file: path, line: detail.place?.line ?? 1, column: detail.place?.column ?? 1),
        Localized(
          "读不了这个检查记录文件：\(detail.text.zh)。", en: "cannot read this session file: \(detail.text.en)."),
        fix: Localized(
          "向发送者要一份完整的检查记录；要导入的是名单的话，给出 ducha compare 输出的 .csv 或 .xlsx。",
          en: "ask the sender for a complete session file; to import a list, give the .csv or .xlsx"
            + " written by ducha compare."))
    }
    // The others name the file and say what to do themselves.
    return Diagnostic(
      .error, "C105", at: SourceLocation(file: path, line: 1, column: 1),
      Localized("读不了这个检查记录文件。", en: "cannot read this session file."), fix: error.message)
  }

  /// The 籍在人不在 names of a session's roll calls, each with the session's school and class.
  static func readSession(path: String) -> Outcome {
    let session: Session
    do {
      session = try SessionStore.load(path: path)
    } catch {
      return Outcome(children: [], diagnostics: [unreadableSession(error, path: path)])
    }
    // A copy pulled from the county server names children as 张* and 990101***…: cases made
    // from it would track nobody, and could never be matched with the real child's case.
    if session.maskedCopy == true {
      return Outcome(
        children: [],
        diagnostics: [
          Diagnostic(
            .error, "C107", at: SourceLocation(file: path, line: 1, column: 1),
            Localized(
              "这是从县服务器取回的遮蔽副本（姓名、身份证号已遮蔽），不能据此建案例，未导入。",
              en:
                "this is a masked copy pulled from the county server (names and ID numbers masked); "
                + "no case is made from it."),
            fix: Localized(
              "导入检查人员本机 Sessions/ 里的原件，或县教育局用 ducha sync --pull --reveal 取回的记录。",
              en:
                "import the inspector's own file from Sessions/, or one the county pulled with ducha sync --pull --reveal."
            ))
        ])
    }
    var children: [ImportedChild] = []
    for rollCall in session.rollCall {
      for (index, entry) in rollCall.absentNames.enumerated() {
        let (name, number) = splitNameAndNumber(entry)
        guard !name.isEmpty || !number.isEmpty else { continue }
        children.append(
          ImportedChild(
            child: CaseChild(
              name: name.isEmpty ? number : name, idNumber: number,
              birthDate: ResidentIDNumber.birthDate(of: number)?.description,
              school: session.unit.name, grade: rollCall.label),
            source: "\(path):点名 \(rollCall.label) 籍在人不在 第\(index + 1)人（\(session.date)）"))
      }
    }
    return Outcome(children: children, diagnostics: [])
  }

  /// A cell without the padding and the `="…"` wrapping spreadsheets put around long numbers.
  static func cleanCell(_ text: String) -> String {
    var value = text.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{3000}", "'"]))
    if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
      value = String(value.dropFirst(2).dropLast())
    }
    return value
  }

  /// `张三341323201005120011` → (张三, 341323201005120011): a roll call may record the number
  /// glued to the name.
  static func splitNameAndNumber(_ text: String) -> (String, String) {
    let joined = IDNumber.joiningGroups(in: text.trimmingCharacters(in: .whitespaces))
    let tail = joined.reversed().prefix { $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }
    guard tail.count == 18 || tail.count == 15 else { return (joined, "") }
    let number = String(tail.reversed()).uppercased()
    return (String(joined.dropLast(tail.count)), ResidentIDNumber.widened(number) ?? number)
  }
}
