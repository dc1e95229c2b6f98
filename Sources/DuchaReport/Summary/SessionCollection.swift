import DuchaChecklist
import DuchaSession
import Foundation

/// The sessions of a leader's folders, each paired with the checklist that scores it, and every
/// file that could not be read or scored, with why. Leaders' commands refuse to print a result
/// from part of the folder unless told to (`--allow-partial`), so nothing goes missing silently.
public struct SessionCollection: Sendable {
  /// Sessions scored with one checklist.
  public struct Group: Sendable {
    /// The checklist.
    public var checklist: Checklist
    /// Its sessions.
    public var sessions: [Session]
    /// Their 考核年度: a folder holding last year's records too is summarised year by year.
    public var year: Int? = nil
  }

  /// A session file left out: the line shown to the leader, `文件：原因和办法`.
  public struct Skipped: Sendable, Equatable {
    /// The file and why it was left out, with what to do.
    public var message: Localized
    /// Why the store could not use the file, when that was the reason: a caller that knows
    /// where the file came from (pulled from the county server) words its advice for that.
    public var loadError: SessionStore.LoadError?

    /// A file left out for `reason`.
    public init(path: String, reason: Localized) {
      message = Localized("\(path)：\(reason.zh)", en: "\(path): \(reason.en)")
    }

    /// A file that could not be read at all.
    public init(_ error: SessionStore.LoadError) {
      message = error.message
      loadError = error
    }
  }

  /// The groups, in checklist order.
  public var groups: [Group]
  /// The files left out.
  public var skipped: [Skipped]
  /// What the leader should know, e.g. that the library holds another version of a checklist
  /// than the one the sessions were inspected with (each said once).
  public var notes: [Localized]

  /// Every scored session.
  public var sessions: [Session] { groups.flatMap(\.sessions) }
  /// How many sessions are scored, counted without `sessions`' copy of every one of them.
  public var sessionCount: Int { groups.reduce(0) { $0 + $1.sessions.count } }
  /// The checklists used.
  public var checklists: [Checklist] { groups.map(\.checklist) }

  /// Reads `directories` and pairs each session with the checklist that scores it: the one it
  /// was inspected with, or with `rescore` the library's version (see `SessionChecklist`).
  /// Unreadable files and sessions that cannot be scored are listed in `skipped`.
  /// `keepingUndoLogs: false` (summaries and reports) drops the undo logs as files are read.
  public static func load(
    _ directories: [String], library: [Checklist], rescore: Bool = false,
    keepingUndoLogs: Bool = true
  ) -> SessionCollection {
    // The folder's own value checks are not made: each session is checked below against the
    // checklist that scores it, and those findings are the ones reported.
    let (found, problems) = SessionFolder.loadFiles(
      directories, keepingUndoLogs: keepingUndoLogs, checkingValues: false)
    return collect(found, problems: problems, library: library, rescore: rescore)
  }

  /// Session files named one by one (`ducha sheet 渔沟小学.json 尹集小学.json`), each paired
  /// with the checklist that scores it and grouped as a folder's are (`load(_:)`); a file that
  /// cannot be read or scored is in `skipped`.
  public static func load(files: [String], library: [Checklist], rescore: Bool = false)
    -> SessionCollection
  {
    var found: [(path: String, session: Session)] = []
    var problems: [SessionStore.LoadError] = []
    for path in files {
      do {
        found.append((path, try SessionStore.load(path: path)))
      } catch {
        problems.append(error)
      }
    }
    return collect(found, problems: problems, library: library, rescore: rescore)
  }

  /// Pairs the sessions read with their checklists and groups them; `problems` are the files
  /// that could not be read.
  private static func collect(
    _ files: consuming [(path: String, session: Session)], problems: [SessionStore.LoadError],
    library: [Checklist], rescore: Bool
  ) -> SessionCollection {
    // Taken, not copied: the closures below read it, and it is moved into the groups after.
    let found = consume files
    // An older copy of a session whose newer copy is here loses nothing: it is said, not
    // counted as a file left out.
    var skipped: [Skipped] = []
    var notes: [Localized] = []
    for problem in problems {
      // Values out of range leave the file in use; they are said below, against the checklist
      // that scores the session (the folder's own checks are not made above).
      if case .suspectValues = problem { continue }
      if case .olderCopy = problem {
        notes.append(problem.message)
      } else {
        skipped.append(Skipped(problem))
      }
    }
    var groups: [Group] = []
    var cache: [String: Checklist] = [:]
    // Each recorded checklist is parsed once (`cache`); the sessions are then checked against
    // theirs on every core, and taken in the same order.
    let choices = found.map { path, session in
      SessionChecklist.resolve(
        session, path: path, library: library, rescore: rescore, cache: &cache)
    }
    // By position: zipping copied every session and checklist into a list of pairs first.
    let checks = Array(found.indices).concurrentMap { index in
      choices[index].checklist.map { found[index].session.findings(against: $0) } ?? []
    }
    // Each session is moved into its group (taken off the end of the reversed list), never
    // copied: a copy retains every field, ten thousand times on one core.
    var pending = consume found
    pending.reverse()
    var position = 0
    while var (path, session) = pending.popLast() {
      // `渔沟 小学` from one inspector and `渔沟小学` from another are one school (`UnitName`).
      session.unit.name = UnitName.normalized(session.unit.name)
      let findings = checks[position]
      // The choice is read in place: a copy of it copies its whole checklist.
      let index = position
      position += 1
      if let note = choices[index].note, !notes.contains(note) { notes.append(note) }
      guard let id = choices[index].checklist?.id, let hash = choices[index].checklist?.contentHash
      else {
        skipped.append(
          Skipped(
            path: path,
            reason: choices[index].problem ?? Localized("无法计分。", en: "cannot be scored.")))
        continue
      }
      // Values the checklist cannot accept are said with file, field and value; the session is
      // still used: those answers are not scored and their items are 待定 (`Session.evaluate`).
      if !findings.isEmpty {
        notes.append(
          SessionStore.LoadError.suspectValues(
            path: path, findings: SessionFinding.located(findings, inFileAt: path)
          ).message)
      }
      // One group per checklist version and 考核年度: sessions inspected with different
      // versions of one id are summarised apart, never scored with each other's rules; last
      // year's record of a school is never merged into this year's as a second inspector's.
      if let group = groups.firstIndex(where: {
        $0.checklist.id == id && $0.checklist.contentHash == hash && $0.year == session.year
      }) {
        groups[group].sessions.append(session)
      } else if let checklist = choices[index].checklist {
        groups.append(Group(checklist: checklist, sessions: [session], year: session.year))
      }
    }
    let order = library.map(\.id)
    groups.sort {
      (order.firstIndex(of: $0.checklist.id) ?? .max, $0.checklist.id, $0.year ?? 0)
        < (order.firstIndex(of: $1.checklist.id) ?? .max, $1.checklist.id, $1.year ?? 0)
    }
    notes += yearNotes(groups)
    return SessionCollection(groups: groups, skipped: skipped, notes: notes)
  }

  /// One line per checklist whose sessions belong to several 考核年度, saying they are
  /// summarised apart and what to do if a year's records do not belong in the folder.
  static func yearNotes(_ groups: [Group]) -> [Localized] {
    var notes: [Localized] = []
    var seen: Set<String> = []
    for group in groups where seen.insert(group.checklist.id).inserted {
      let years = Set(groups.filter { $0.checklist.id == group.checklist.id }.compactMap(\.year))
        .sorted().map(String.init)
      guard years.count > 1 else { continue }
      notes.append(
        Localized(
          "清单“\(group.checklist.id)”的检查记录分属 \(years.joined(separator: "、")) 年度：各年度分开汇总、分开排名，同一单位不同年度的记录不合并。某一年度的记录不该在这里的，请把它移出文件夹后重新运行。",
          en:
            "checklist '\(group.checklist.id)' has sessions of the years \(years.joined(separator: ", ")): each year is summarised and ranked apart, and a unit's records of different years are not merged. Move out of the folder any year's records that do not belong here, and run again."
        ))
    }
    return notes
  }
}
