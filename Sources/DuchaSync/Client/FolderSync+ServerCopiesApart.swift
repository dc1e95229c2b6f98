import DuchaChecklist
import DuchaSession
import Foundation

/// One session copied to two laptops (over WeChat, on a USB stick) and continued on both, each
/// laptop pushing its own save with the same number. The server keeps both (nothing is lost),
/// but neither is newer: the server used to hand out the one saved last and the other
/// laptop's answers were silently missing from the leader's summary. Now the laptops are told
/// when they sync, and a pull brings every copy of that save, so the folder's listing says
/// "two copies, other answers" (`SessionStore.LoadError.divergentCopy`) as for copies side by
/// side on one laptop. A save made with `ducha resume FILE --settle` holds both and settles it;
/// a higher save number alone does not (`SaveHistory`).
extension FolderSync {
  /// The save number of each session's newest version on the server and the content hashes
  /// stored at that save.
  static func newestOnServer(_ versions: [SessionVersionKey]) -> [String: (Int, Set<String>)] {
    var newest: [String: (Int, Set<String>)] = [:]
    for key in versions {
      switch newest[key.id] {
      case let (sequence, hashes)? where sequence == key.saveSequence:
        newest[key.id] = (sequence, hashes.union([key.contentHash]))
      case let (sequence, _)? where sequence > key.saveSequence: continue
      default: newest[key.id] = (key.saveSequence, [key.contentHash])
      }
    }
    return newest
  }

  /// What a push says of a file whose save the server also holds with other content; nil when
  /// the server has no other copy of it (or has a newer save, which this file is older than).
  static func apartOnServer(
    _ path: String, _ key: SessionVersionKey, _ newest: [String: (Int, Set<String>)]
  ) -> Localized? {
    guard let (sequence, hashes) = newest[key.id], sequence == key.saveSequence,
      hashes.contains(where: { $0 != key.contentHash })
    else { return nil }
    let name = (path as NSString).lastPathComponent
    return Localized(
      "\(name)：编号 \(key.id) 的第 \(sequence) 次保存，"
        + "服务器上还有另一份，回答与这里的不同（多半是把这次检查拷到两台电脑上分头接着做了）。两份服务器上都留着，"
        + "组长取回时会看到两份、不知道该用哪一份。请与另一台电脑上的检查人员核对，把两份放进一个文件夹，用 ducha resume "
        + "要用的那份文件 --settle 以它为准、补上另一份还要的回答，再运行 ducha sync：这样保存的一份包含另一份，以后只用它。",
      en:
        "\(name): save \(sequence) of session \(key.id) is on the server in another copy too, with"
        + " answers other than these (most likely the inspection was continued on two laptops). The"
        + " server keeps both, and the leader pulling them will see two and not know which to use."
        + " Check with the inspector on the other laptop, put both in one folder, go on with the one to"
        + " use by ducha resume FILE --settle, adding any answer still needed from the other, then run"
        + " ducha sync: the copy saved then holds the other and is the one used from then on.")
  }

  /// The pulled versions grouped by session, in the server's order (the copy saved last first).
  static func bySession(_ pulled: [PulledSession]) -> [[PulledSession]] {
    var order: [String] = []
    var groups: [String: [PulledSession]] = [:]
    for version in pulled {
      if groups[version.key.id] == nil { order.append(version.key.id) }
      groups[version.key.id, default: []].append(version)
    }
    return order.compactMap { groups[$0] }
  }

  /// The file a second or later copy of one save is written to, beside the first:
  /// `…_c5d29eca.json` → `…_c5d29eca-另一份2.json`.
  static func copyPath(_ path: String, number: Int) -> String {
    guard number > 1 else { return path }
    return String(path.dropLast(".json".count)) + "-另一份\(number).json"
  }

  /// The first `…-另一份N.json` beside `path` (N from `number`, at least 2) that is not taken.
  static func freeCopyPath(_ path: String, from number: Int) -> String {
    var number = max(number, 2)
    while FileManager.default.fileExists(atPath: copyPath(path, number: number)) { number += 1 }
    return copyPath(path, number: number)
  }

  /// Every copy of each session in the folder, by id: the one its listing keeps and the ones
  /// it reports (older, or apart), read again (rare: a folder of one file per session reads
  /// none).
  static func copiesHere(
    _ kept: [(path: String, session: Session)], _ problems: [SessionStore.LoadError]
  ) -> [String: [(path: String, session: Session)]] {
    var here: [String: [(path: String, session: Session)]] = [:]
    for copy in kept { here[copy.session.id, default: []].append(copy) }
    for problem in problems {
      let path: String
      switch problem {
      case .olderCopy(let older, _, _, _, _): path = older
      case .divergentCopy(let other, _, _, _): path = other
      default: continue
      }
      if let session = try? SessionStore.load(path: path) {
        here[session.id, default: []].append((path, session))
      }
    }
    return here
  }

  /// What a pull says of a save the server holds in `copies.count` versions with other answers.
  static func notOneCopy(_ copies: [PulledSession], unit: String?, written: [String])
    -> Localized
  {
    let key = copies[0].key
    // One inspector's two laptops push under one account: name each account once.
    var pushers: [String] = []
    for name in copies.compactMap(\.pushedBy) where !pushers.contains(name) { pushers.append(name) }
    let who = pushers.isEmpty ? "" : "，\(pushers.joined(separator: "、")) 上传"
    let whoEN = pushers.isEmpty ? "" : ", pushed by \(pushers.joined(separator: " and "))"
    let names = written.map { ($0 as NSString).lastPathComponent }
    let what =
      written.isEmpty
      ? Localized("这里已有这次保存，没有再取回", en: "this folder has that save already, so none was pulled")
      : Localized(
        "都已取回（\(names.joined(separator: "、"))），汇总时会指出这几份",
        en: "all were pulled (\(names.joined(separator: ", "))), and a summary will point them out")
    let saves = copies.map(\.key.saveSequence)
    // Continued apart to other saves: no save number settles it, each one is named.
    let which =
      Set(saves).count == 1
      ? Localized(
        "的第 \(key.saveSequence) 次保存有 \(copies.count) 份，回答各不相同",
        en:
          "save \(key.saveSequence) of session \(key.id)\(unit.map { " (\($0))" } ?? "") is on the"
          + " server in \(copies.count) copies with different answers")
      : Localized(
        "有 \(copies.count) 份分头做过的记录（\(saves.map { "第 \($0) 次保存" }.joined(separator: "、"))），"
          + "哪份都不包含另一份的回答",
        en: "session \(key.id)\(unit.map { " (\($0))" } ?? "") is on the server in \(copies.count)"
          + " copies continued apart (\(saves.map { "save \($0)" }.joined(separator: ", "))), none"
          + " holding the others' answers")
    return Localized(
      "服务器上编号 \(key.id)\(unit.map { "（\($0)）" } ?? " ")\(which.zh)"
        + "（多半是把这次检查拷到两台电脑上分头接着做了\(who)），不知道该用哪一份；\(what.zh)。"
        + "请检查人员核对，用 ducha resume 要用的那份文件 --settle 以它为准、补上另一份还要的回答，再运行 ducha sync：这样保存的一份包含另一份，以后只用它。",
      en:
        "\(which.en) (most likely the inspection was continued on two laptops\(whoEN)), so none can"
        + " be chosen; \(what.en). The inspectors should compare them, go on with the one to use by"
        + " ducha resume FILE --settle, adding any answer still needed from the others, then run ducha"
        + " sync: the copy saved then holds the others and is the one used from then on.")
  }

  /// Among `apart` (sessions with two copies here that went apart), those where a copy is the
  /// inspector's own: a pull must not write over either. Copies that are both masked copies
  /// pulled from the server hold nothing that is not on the server, so the server's newer save
  /// (the one that settles them) is written as usual.
  static func ownCopiesApart(_ problems: [SessionStore.LoadError]) -> Set<String> {
    var ids = Set<String>()
    for case .divergentCopy(let path, let used, let id, _) in problems
    where !(isMaskedCopy(path) && isMaskedCopy(used)) {
      ids.insert(id)
    }
    return ids
  }

  /// Removes the masked `-另一份N` copies of session `id` that a pull wrote beside the first
  /// (`copyPath`) once a newer save of it is written: they would otherwise stay as older copies.
  static func removeMaskedCopies(of id: String, _ problems: [SessionStore.LoadError]) {
    for problem in problems {
      let path: String
      switch problem {
      case .olderCopy(let older, _, id, _, _): path = older
      case .divergentCopy(let other, _, id, _): path = other
      default: continue
      }
      if (path as NSString).lastPathComponent.contains("-另一份"), isMaskedCopy(path) {
        try? FileManager.default.removeItem(atPath: path)
      }
    }
  }

  private static func isMaskedCopy(_ path: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path),
      let session = try? SessionStore.decode(data, path: path)
    else { return false }
    return session.maskedCopy == true
  }
}
