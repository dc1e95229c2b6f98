import Dispatch
import DuchaChecklist
import DuchaSession

/// The form scored on another thread while the caller writes the answer's file
/// (`InspectionREPL.store`, through `SessionStore.save(_:alongside:)`, which first runs the check
/// for a newer copy on that thread): the score printed after the answer is worked out while the
/// disk flushes, and the save runs on the caller's thread from start to end.
///
/// Why this way round: the answer's save used to run on the other thread while this one scored
/// and printed, then waited for it. `strace` and `perf record` of the bench walk showed the save
/// (check, encoding, write, fsyncs, rename) as the critical path, with a thread to wake at its
/// start and another at its end; now the critical path is the save alone, and the scoring (and
/// the check) fit in its fsyncs.
final class ScoreInAdvance: @unchecked Sendable {
  /// The session it scores, without what scoring never reads (`InspectionREPL.scoringBasis`).
  let basis: Session
  private let session: Session
  private let checklist: Checklist
  private let indicators: IndicatorUse
  private let done = DispatchSemaphore(value: 0)
  // Written by `run` before `done` is signalled, read after waiting for it.
  private var scored: FormResult?

  init(_ session: Session, basis: Session, checklist: Checklist, indicators: IndicatorUse) {
    self.session = session
    self.basis = basis
    self.checklist = checklist
    self.indicators = indicators
  }

  /// Scores the form; called once, on the other thread.
  func run() {
    scored = session.evaluate(checklist, indicators: indicators)
    done.signal()
  }

  /// The scored form, once `run` has it.
  func result() -> FormResult? {
    done.wait()
    done.signal()  // a second call returns at once
    return scored
  }
}
