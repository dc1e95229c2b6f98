import DuchaChecklist
import DuchaSession
import Foundation

/// One file a pull wrote for a session the server holds in several copies that went apart.
public struct PulledCopy: Sendable, Equatable {
  /// The session's id.
  public var id: String
  /// The save this copy was pushed at.
  public var saveSequence: Int
  /// The account that pushed this copy, when the server said.
  public var pushedBy: String?
  /// The inspected unit.
  public var unit: String?

  /// Creates the description of a pulled copy.
  public init(id: String, saveSequence: Int, pushedBy: String?, unit: String?) {
    self.id = id
    self.saveSequence = saveSequence
    self.pushedBy = pushedBy
    self.unit = unit
  }
}

/// A leader's `ducha summary --server` (report, sheet) reads the server's sessions from a private
/// temporary folder. Two copies of one session there (two laptops that continued one inspection)
/// were reported as for a folder of the leader's own: "把另一份移出文件夹", naming a folder under
/// /tmp that the leader never saw and that is deleted when the command ends. Said instead: who
/// pushed each copy, which saves, and what the inspector runs on which laptop.
extension FolderSync {
  /// The advice for `error` when both of its files are copies pulled from `server`; nil for any
  /// other problem (said as usual).
  public static func mirroredAdvice(
    _ error: SessionStore.LoadError, copies: [String: PulledCopy], server: String
  ) -> Localized? {
    guard case .divergentCopy(let path, let used, let id, _) = error,
      let kept = copies[used], let other = copies[path]
    else { return nil }
    let unit = kept.unit.map { "（\($0)）" } ?? " "
    let unitEN = kept.unit.map { " (\($0))" } ?? ""
    var names: [String] = []
    for name in [kept.pushedBy, other.pushedBy].compactMap({ $0 }) where !names.contains(name) {
      names.append(name)
    }
    let what = Self.twoCopies(kept, other, names: names)
    let who = names.isEmpty ? "上传这两份的检查人员" : names.joined(separator: "、")
    let whoEN = names.isEmpty ? "the inspectors who pushed them" : names.joined(separator: " and ")
    // The folder's listing keeps one of the two (of one save, the one saved later by the
    // session's own time; else the higher save): --allow-partial summarises it.
    let sameSave = kept.saveSequence == other.saveSequence
    let keptWords =
      sameSave
      ? Localized(
        kept.pushedBy.map { "只用 \($0) 上传的那份（保存时间较晚的）" } ?? "只用保存时间较晚的一份",
        en: kept.pushedBy.map { "only \($0)'s copy (saved later) is used" }
          ?? "only the copy saved later is used")
      : Localized(
        kept.pushedBy.map { "只用 \($0) 上传的第 \(kept.saveSequence) 次保存" }
          ?? "只用第 \(kept.saveSequence) 次保存",
        en: kept.pushedBy.map { "only \($0)'s save \(kept.saveSequence) is used" }
          ?? "only save \(kept.saveSequence) is used")
    return Localized(
      "服务器上编号 \(id)\(unit)\(what.zh)（多半是把这次检查拷到两台电脑上分头接着做了），不知道该用哪一份，这次检查没有汇总。"
        + "改法：请 \(who) 核对两份；在要用的那台电脑上运行 ducha sync --server \(server) --pull 取回另一份"
        + "（写在同一个文件夹里），用 ducha resume 要用的那份文件 --settle 以它为准、补上另一份还要的回答，"
        + "再在那台电脑上运行 ducha sync --server \(server)，然后重新运行这条命令。"
        + "现在就要结果：加 --allow-partial，\(keptWords.zh)。",
      en: "session \(id)\(unitEN) is on the server in two copies that went apart: \(what.en)"
        + " (most likely the inspection was continued on two laptops), so neither can be chosen and it"
        + " was not summarised. To settle it, \(whoEN) should compare the two; on the laptop whose copy"
        + " is to be used, run ducha sync --server \(server) --pull to bring the other beside it, go on"
        + " with the one to use by ducha resume FILE --settle, adding any answer still needed from the"
        + " other, run ducha sync --server \(server) on that laptop, then run this command again. For a"
        + " result now, add --allow-partial: \(keptWords.en)."
    )
  }

  /// `的第 7 次保存有两份，回答不同：王雷 上传的一份和 李辉 上传的一份`, or for two saves
  /// `有两份分头做过的记录：王雷 上传的第 9 次保存和 李辉 上传的第 8 次保存，哪份都不包含另一份的回答`.
  private static func twoCopies(_ kept: PulledCopy, _ other: PulledCopy, names: [String])
    -> Localized
  {
    guard kept.saveSequence == other.saveSequence else {
      let (keptSave, otherSave) = (kept.saveSequence, other.saveSequence)
      let each: Localized
      if names.count == 2 {
        each = Localized(
          "\(names[0]) 上传的第 \(keptSave) 次保存和 \(names[1]) 上传的第 \(otherSave) 次保存",
          en: "save \(keptSave) pushed by \(names[0]), save \(otherSave) by \(names[1])")
      } else {
        let by = names.first.map { "，都是 \($0) 的账号上传的（两台电脑）" } ?? ""
        let byEN = names.first.map { ", both pushed by \($0)'s account (two laptops)" } ?? ""
        each = Localized(
          "第 \(keptSave) 次保存和第 \(otherSave) 次保存\(by)",
          en: "save \(keptSave) and save \(otherSave)\(byEN)")
      }
      return Localized(
        "有两份分头做过的记录：\(each.zh)，哪份都不包含另一份的回答",
        en: "\(each.en); neither holds the other's answers")
    }
    let both: Localized
    switch names.count {
    case 2:
      both = Localized(
        "\(names[0]) 上传的一份和 \(names[1]) 上传的一份",
        en: "one pushed by \(names[0]), one by \(names[1])")
    case 1:
      both = Localized(
        "都是 \(names[0]) 的账号上传的（两台电脑）",
        en: "both pushed by \(names[0])'s account (two laptops)")
    default:
      both = Localized("两台电脑各上传了一份", en: "pushed from two laptops")
    }
    return Localized(
      "的第 \(kept.saveSequence) 次保存有两份，回答不同：\(both.zh)",
      en: "save \(kept.saveSequence), \(both.en), with different answers")
  }
}
