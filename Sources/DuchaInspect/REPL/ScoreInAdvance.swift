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
/// the check) fit in its fsyncs. The score's lines are rendered there as well (`ScoreLines`), so
/// that after the save the REPL only prints them (`perf record` of the bench walk: rendering and
/// freeing the previous form were a sixth of the REPL thread's samples).
final class ScoreInAdvance: @unchecked Sendable {
  /// The session it scores, without what scoring never reads (`InspectionREPL.scoringBasis`).
  let basis: Session
  // Read and cleared by `run` on the other thread only, so the copy is freed there.
  private var session: Session?
  private let checklist: Checklist
  private let indicators: IndicatorUse
  /// What `showScore` will print from the scored form, worked out here too (nil: nothing).
  private let lines: ScoreLines?
  // The REPL's previous scored form, stale once the answer changed the session: let go by
  // `run`, so its thousands of results are freed on the other thread, not before the next
  // question.
  private var retired: InspectionREPL.Scored?
  private let done = DispatchSemaphore(value: 0)
  // Written by `run` before `done` is signalled, read after waiting for it.
  private var scored: FormResult?
  private var blocks: [String]?

  init(
    _ session: Session, basis: Session, checklist: Checklist, indicators: IndicatorUse,
    lines: ScoreLines?, retiring retired: InspectionREPL.Scored?
  ) {
    self.session = session
    self.basis = basis
    self.checklist = checklist
    self.indicators = indicators
    self.lines = lines
    self.retired = retired
  }

  /// Scores the form and renders its lines; called once, on the other thread.
  func run() {
    if let session {
      let result = session.evaluate(checklist, indicators: indicators)
      scored = result
      blocks = lines?.render(result)
    }
    session = nil
    retired = nil
    done.signal()
  }

  /// The scored form, once `run` has it.
  func result() -> FormResult? {
    done.wait()
    done.signal()  // a second call returns at once
    return scored
  }

  /// What `showScore` prints for the scored form, with the item it is for; call after `result`.
  func rendered() -> (itemID: String, blocks: [String])? {
    guard let lines, let blocks else { return nil }
    return (lines.itemID, blocks)
  }
}
