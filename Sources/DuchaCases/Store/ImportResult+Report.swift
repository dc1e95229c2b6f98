import DuchaChecklist

/// What an import says about one list, the same on the laptop (`ducha cases import`) and the
/// county server (`ducha-server cases import`): how many were read and made cases, then only
/// the rows that need the clerk — new cases when the list was imported before, children named
/// twice on the list, closed cases back on it, rows recognised by name, rows whose 乡镇 or 学校
/// differ from the case's — and one line for the rest. A line per child already in the ledger
/// made a county's second import hundreds of lines long, the few that mattered lost among them.
extension ImportResult {
  /// `疑似.csv：读入 12 人，新建案例 10 个，已在台账中 2 人（不重复建案）`, the lines that matter,
  /// and `  2 人已在台账中，未改变`; in English with `language` (`ducha cases import --lang en`).
  public func report(file: String, read: Int, privacy: CasePrivacy, language: Language = .chinese)
    -> [String]
  {
    let english = language == .english
    var lines = [
      english
        ? "\(file): \(read) read, \(created.count) new case\(created.count == 1 ? "" : "s"),"
          + " \(existing.count) already in the ledger (no second case)"
        : "\(file)：读入 \(read) 人，新建案例 \(created.count) 个，"
          + "已在台账中 \(existing.count) 人（不重复建案）"
    ]
    // On a first import every case is new: the count says it. On a later one the new cases
    // are the children to assign.
    let newSources = Dictionary(created.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
    if !existing.isEmpty {
      for record in created {
        let name = privacy.name(record.child.name)
        lines.append(
          english
            ? "  \(record.source): \(name) new case \(record.id)"
            : "  \(record.source)：\(name) 新建案例 \(record.id)")
      }
    }
    var unchanged = 0
    // The first row of this list that named each case: a later row naming it again is the
    // same child twice on the list.
    var firstRows = newSources
    for entry in existing {
      let first = firstRows[entry.record.id]
      if first == nil { firstRows[entry.record.id] = entry.source }
      if let line = Self.line(entry, twiceAfter: first, privacy: privacy, english: english) {
        lines.append(line)
      } else {
        unchanged += 1
      }
    }
    if unchanged > 0 {
      lines.append(
        english
          ? "  \(unchanged) already in the ledger, unchanged"
          : "  \(unchanged) 人已在台账中，未改变")
    }
    return lines
  }

  /// The line of a child already in the ledger, or nil when there is nothing to say.
  private static func line(
    _ entry: Existing, twiceAfter first: String?, privacy: CasePrivacy, english: Bool
  ) -> String? {
    let record = entry.record
    let id = record.id
    let head =
      english
      ? "  \(entry.source): \(privacy.name(record.child.name)) is already case \(id) (\(record.status.english))"
      : "  \(entry.source)：\(privacy.name(record.child.name)) 已是案例 \(id)（\(record.status.rawValue)）"
    // Twice on this list: an earlier row of it made or named the case.
    if let first {
      return english
        ? head + ", the same child as \(first) of this list; delete one of the rows"
        : head + "，与本名单 \(first) 是同一个孩子，删掉其中一行"
    }
    var said: [String] = []
    if entry.matchedByName {
      said.append(
        english
          ? "recognised by name and birth date (or school), one row having no ID number: check it is the same child"
          : "一方没有身份证号，按姓名和出生日期（或学校）认出，请核对是同一个孩子")
    }
    // A closed case on another list than the one it came from (next year's 比对); the same
    // list imported again is what closed it.
    if record.status.isClosed, file(of: record.source) != file(of: entry.source) {
      said.append(
        english
          ? "closed, and on this list again: if the child left school again, ducha cases update \(id) --reopen --reason … --by NAME"
          : "已结案，又在这份名单上：孩子又离校的，ducha cases update \(id) --reopen --reason … --by 姓名")
    }
    if let listed = entry.listed {
      // `assign --township` changes the child's 乡镇, `assign --school` the 责任学校.
      let township = listed.township.trimmingCharacters(in: .whitespaces)
      if !township.isEmpty, township != record.child.township {
        let kept = record.child.township
        said.append(
          english
            ? "the list's township is \(township), the ledger's \(kept.isEmpty ? "empty" : kept) (not changed): to change it, ducha cases assign \(id) --township \(township) --by NAME"
            : "名单上的乡镇是 \(township)，台账里是\(kept.isEmpty ? "空的" : " " + kept)（没有改）：要改用 ducha cases assign \(id) --township \(township) --by 姓名"
        )
      }
      let school = listed.school.trimmingCharacters(in: .whitespaces)
      if !school.isEmpty, school != record.child.school, school != record.responsibleSchool {
        let kept = record.responsibleSchool
        said.append(
          english
            ? "the list's school is \(school), the case's responsible school \(kept.isEmpty ? "empty" : kept) (not changed): to change it, ducha cases assign \(id) --school \(school) --by NAME"
            : "名单上的学校是 \(school)，台账里的责任学校是\(kept.isEmpty ? "空的" : " " + kept)（没有改）：要改用 ducha cases assign \(id) --school \(school) --by 姓名"
        )
      }
    }
    guard !said.isEmpty else { return nil }
    return head + (english ? ", " : "，") + said.joined(separator: english ? "; " : "；")
  }

  /// `疑似.csv` of a source `疑似.csv:12`.
  private static func file(of source: String) -> Substring {
    guard let colon = source.lastIndex(of: ":") else { return Substring(source) }
    return source[..<colon]
  }
}
