import DuchaChecklist
import DuchaSession

extension ProblemListRebuild {
  /// What `problems build` does with a list that exists: refuse (the folder would take back
  /// what the list has), leave it (nothing new), stop at a signature, or write the rebuilt
  /// list. Any front end that rebuilds a list follows the same rules ("an older copy never
  /// replaces a newer one"; a signed list changes only as an amendment with a reason).
  public struct Decision: Sendable {
    /// What comes of the rebuild.
    public enum Outcome: Sendable {
      /// Nothing rebuilt: each of `problems` (an older copy of a session the list was built
      /// from, or two copies apart) would change the list back; `advice` says what to do.
      case refused(problems: [Localized], advice: Localized)
      /// The records hold no new or changed problem: the file is left as it is.
      case upToDate(Localized)
      /// The list is signed and the changes (`lines`) are not an amendment with a reason and a
      /// name: nothing written; `refusal` says why, `fix` the command that records them.
      case needsAmendment(lines: [Localized], refusal: Localized, fix: Localized)
      /// The list to write, and its changes said (`lines`).
      case rebuilt(ProblemList, lines: [Localized])
    }

    /// What the leader should know whatever the outcome: a list that cannot tell an older
    /// copy (written before sources were kept), entries kept whose sessions are gone.
    public var notes: [Localized]
    /// The outcome.
    public var outcome: Outcome
  }

  /// Decides the rebuild of `existing` (the list in `folder`) from `fresh`, the folder's
  /// problems now; `checklists`, `sessions`, `title` and `actor` as for `init`.
  public static func decide(
    existing: ProblemList, fresh: ProblemList, checklists: Set<String>, sessions: [Session],
    title: String?, by actor: ProblemList.Actor, folder: String
  ) -> Decision {
    var notes: [Localized] = []
    // A list written before the sources were kept cannot tell an older copy: said, not assumed.
    if existing.sources == nil {
      notes.append(
        Localized(
          "注意：这份问题清单没有记下生成时所用每份记录的保存序号（较早版本的 ducha 生成），这次无法查出文件夹里是否有旧副本；重建写入清单时会记下。",
          en:
            "note: this problem list does not record the save of each session it was built from (an earlier ducha wrote it), so an older copy in the folder cannot be told this time; the saves are recorded once the rebuild writes the list."
        ))
    }
    let older = olderCopies(of: existing, in: sessions)
    if !older.isEmpty {
      return Decision(
        notes: notes,
        outcome: .refused(
          problems: older,
          advice: Localized(
            "问题清单没有重建：旧的记录会把清单里已有的内容改回去。请把新的那份记录放回文件夹（找检查人员要他电脑上的文件，或 ducha sync --pull），再运行。",
            en:
              "nothing was rebuilt: an older copy would take back what the list already has. Put the newer record back in the folder (the inspector's own file, or ducha sync --pull) and run again."
          )))
    }
    let apart = copiesApart(of: existing, in: sessions)
    if !apart.isEmpty {
      return Decision(
        notes: notes,
        outcome: .refused(
          problems: apart,
          advice: Localized(
            "问题清单没有重建：这样重建，清单里取自另一份的问题和数字会被这一份的改掉，像是已经更正过。请核对两份，在要用的一份里用 ducha resume 补上另一份的回答（或把生成清单时用的那份放回文件夹），再运行。",
            en:
              "nothing was rebuilt: the problems and figures the list took from the other copy would be changed to this one's, as if corrected. Compare the two copies, add the other's answers to the one kept with ducha resume (or put the copy the list was built from back in the folder), then run again."
          )))
    }
    let rebuild = ProblemListRebuild(
      existing: existing, fresh: fresh, checklists: checklists, sessions: sessions,
      title: title, by: actor)
    if let note = rebuild.withoutSourcesNote { notes.append(note) }
    guard rebuild.hasChanges else {
      return Decision(
        notes: notes,
        outcome: .upToDate(
          Localized(
            "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。",
            en:
              "the problem list is up to date: the records hold no new or changed problems; the file was not changed."
          )))
    }
    if let signature = existing.signature {
      do throws(ProblemListEditError) {
        // Signed first: a missing --by is not what stops a change to a signed list.
        if !actor.amend {
          throw ProblemListEditError(
            message: Localized(
              "问题清单已由\(signature.name)于\(ReadableTime.dated(signature.time).zh)签字，不能直接改动。",
              en:
                "the list was signed by \(signature.name) at \(ReadableTime.dated(signature.time).en); it cannot simply change."
            ))
        }
        try existing.checkWritable(actor)
      } catch {
        return Decision(
          notes: notes,
          outcome: .needsAmendment(
            lines: rebuild.lines, refusal: error.message,
            fix: Localized(
              "以上改动没有写入。要作为修订写入：ducha problems build \(folder) --amend --reason \"…\" --by 姓名",
              en:
                "nothing was written. To record the changes above as an amendment: ducha problems build \(folder) --amend --reason \"…\" --by NAME"
            )))
      }
    }
    return Decision(notes: notes, outcome: .rebuilt(rebuild.list, lines: rebuild.lines))
  }
}
