import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

/// The ledger's workflow: imports, changes checked by the state machine, history. It knows only
/// the `CaseStore` protocol, never the database behind it.
public struct CaseLedger: Sendable {
  /// Where the cases are kept.
  public let store: any CaseStore
  /// The clock; tests fix it.
  public var now: @Sendable () -> Date

  /// Creates a ledger over a store.
  public init(store: any CaseStore, now: @escaping @Sendable () -> Date = { Date() }) {
    self.store = store
    self.now = now
  }

  /// A change refused or failed: the state machine's refusal, or the store's error.
  public enum ChangeError: Error, Sendable, Equatable {
    /// The state machine refused the change.
    case refused(CaseRefusal)
    /// The store could not make it.
    case store(CaseStoreError)

    /// The message with its fix (the REPL's `案例 …` fix when `inInspection`).
    public func text(_ language: Language = .chinese, inInspection: Bool = false) -> String {
      switch self {
      case .refused(let refusal): refusal.text(language, inInspection: inInspection)
      case .store(let error): error.message.text(language)
      }
    }
  }

  /// Imports children; each gets a case unless they already have one — under the ID number,
  /// or, when one of the two lacks it, under the same name and birth date (`CaseIdentity`).
  public func importChildren(_ children: [ImportedChild], by: String) throws -> ImportResult {
    let existing = try store.list(CaseFilter()).map(\.child)
    let matched = CaseIdentity.matched(children, existing: existing)
    var result = try store.importChildren(matched, time: Timestamp.string(from: now()), by: by)
    // What the report needs beside the case: the row's own 乡镇 and 学校, and whether the
    // row was recognised by name rather than by number.
    var rows: [String: (listed: CaseChild, byName: Bool)] = [:]
    for (given, taken) in zip(children, matched) {
      rows[taken.source] = (taken.child, given.child.key != taken.child.key)
    }
    for index in result.existing.indices {
      guard let row = rows[result.existing[index].source] else { continue }
      result.existing[index].listed = row.listed
      result.existing[index].matchedByName = row.byName
    }
    return result
  }

  /// Today by the ledger's clock (China time).
  public var today: CivilDate { CivilDate.today(now: now()) }

  /// Case `id` as it stands on `today` (default: the clock's day): a notice past due reads 逾期.
  public func fetch(_ id: Int64, today: CivilDate? = nil) throws -> CaseRecord? {
    try store.fetch(id)?.asOf(today ?? self.today)
  }

  /// The cases that pass `filter` on `today` (default: the clock's day), by number. A status
  /// filter matches the state as of that day, so `逾期` finds notices past due that nobody
  /// marked and `限期复学` leaves them out.
  public func list(_ filter: CaseFilter, today: CivilDate? = nil) throws -> [CaseRecord] {
    let day = today ?? self.today
    var stored = filter
    // The stored state of a derived 逾期 is 限期复学: ask the store for both, decide here.
    let either: Set<CaseStatus> = [.overdue, .noticeIssued]
    if let asked = filter.statuses, !asked.isDisjoint(with: either) {
      stored.statuses = asked.union(either)
    }
    return try store.list(stored).map { $0.asOf(day) }.filter(filter.matches)
  }

  /// Applies `action` to case `id` and records it. When another terminal changed the case
  /// between reading and writing, the change is checked again against the case as it now is
  /// (a visit still goes in; a second notice is refused) — nothing is lost or applied twice.
  /// The case is taken as it stood on the day of a visit or a return, else on `today` (default:
  /// the clock's day), so a notice past due is 逾期 and can be reported without marking it
  /// first, while a return dated within the notice's days comes from 限期复学; `markOverdue`
  /// alone looks at the stored state (it records 逾期 explicitly, on its own day).
  @discardableResult
  public func perform(
    _ action: CaseAction, on id: Int64, by: String, reason: String = "", today: CivilDate? = nil
  ) -> Result<CaseRecord, ChangeError> {
    let day = today ?? self.today
    // A visit or a return is taken on its own day: a child back on the notice's last day,
    // recorded a week later, came back in time (限期复学 → 已复学销号), not after 逾期. A report
    // keeps `today`, so one dated too early gets CaseDateOrder's refusal with the day that fits.
    let stoodOn: CivilDate
    switch action {
    case .visit, .returnToSchool: stoodOn = min(action.day ?? day, day)
    default: stoodOn = day
    }
    // A handful of tries: each conflict means another change committed, so this ends.
    for _ in 0..<20 {
      let current: CaseRecord
      do {
        guard let found = try store.fetch(id) else {
          return .failure(.store(.notFound(caseID: id)))
        }
        if case .markOverdue = action { current = found } else { current = found.asOf(stoodOn) }
      } catch let error as CaseStoreError {
        return .failure(.store(error))
      } catch {
        return .failure(.store(.failed(error, in: store)))
      }
      let author = CaseTransitions.Author(
        by: by, reason: reason, time: Timestamp.string(from: now()))
      switch CaseTransitions.apply(
        action, to: current, nextSequence: current.version + 1, author: author)
      {
      case .failure(let refusal):
        return .failure(.refused(refusal))
      case .success(let (updated, event)):
        // A visit or a return dated 2030 for 2023 is a typing slip; a notice dated ahead would
        // set a due day that has not begun. The ledger records what has happened. Checked after
        // the state machine, whose refusal (“only an overdue case is reported”) says more.
        if let date = action.day, date > day {
          return .failure(
            .refused(Refusals.afterToday(current, action: action, date: date, today: day)))
        }
        // A visit or a notice before the day the child was confirmed out of school: the
        // confirmation is in the history, not in the record.
        if CaseDateOrder.followsConfirmation(action) {
          do {
            let confirmed = CaseDateOrder.confirmation(in: try store.history(id))
            if let early = CaseDateOrder.refusal(action, record: current, confirmed: confirmed) {
              return .failure(.refused(early))
            }
          } catch let error as CaseStoreError {
            return .failure(.store(error))
          } catch {
            return .failure(.store(.failed(error, in: store)))
          }
        }
        do {
          try store.commit(updated, event: event, expectedVersion: current.version)
          return .success(updated)
        } catch CaseStoreError.conflict {
          continue
        } catch let error as CaseStoreError {
          return .failure(.store(error))
        } catch {
          return .failure(.store(.failed(error, in: store)))
        }
      }
    }
    return .failure(.store(.conflict(caseID: id)))
  }

  /// The notices past due on `today`, each with the days since its due date.
  public func overdue(asOf today: CivilDate) throws -> [(record: CaseRecord, daysLate: Int)] {
    try store.overdue(asOf: today).map { stored in
      let record = stored.asOf(today)
      let due = record.facts.dueDate.flatMap(CivilDate.init(parsing:)) ?? today
      return (record, today.daysSinceEpoch - due.daysSinceEpoch)
    }
  }
}
