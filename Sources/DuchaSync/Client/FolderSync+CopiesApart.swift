import DuchaChecklist
import DuchaSession
import Foundation

/// Two files of one session that neither holds the other (`.divergentCopy`: copied to two
/// laptops and continued on both, or edited by hand) in the folder being synced. The folder's
/// listing keeps one of them, as for every copy; a sync must not: pushing it makes the other an
/// older version on the server, and a pull writes over one of them. Neither is pushed, no
/// newer version is pulled over them, and the sync says so in its own words (it has no
/// `--allow-partial`).
extension FolderSync {
  /// The ids of the sessions with copies that went apart among `problems`.
  static func sessionsApart(_ problems: [SessionStore.LoadError]) -> Set<String> {
    var ids = Set<String>()
    for case .divergentCopy(_, _, let id, _) in problems { ids.insert(id) }
    return ids
  }

  /// What a sync says of a copy that went apart; nil for any other problem.
  static func notPushed(_ problem: SessionStore.LoadError) -> Localized? {
    guard case .divergentCopy(let path, let used, let id, let apart) = problem else {
      return nil
    }
    return Localized(
      apart.described(path: path, used: used, id: id, english: false)
        + "两份都没有上传（只传一份，另一份的回答在服务器上就当作旧的、不再使用）。"
        + "请核对两份，用 ducha resume 要用的那份文件 --settle 以它为准（另一份不同的回答会列出来，还要的补上），再运行 ducha sync。两份都没有改动。",
      en: apart.described(path: path, used: used, id: id, english: true)
        + " Neither was uploaded (with one only, the other's answers would count as old on the"
        + " server and never be used again). Compare them, go on with the one to use by ducha"
        + " resume FILE --settle (the other's differing answers are listed; re-enter those still"
        + " needed), then run ducha sync again. Both files were left untouched.")
  }

  /// What a pull says of the server's newer version of a session whose copies here went apart.
  static func notPulled(_ key: SessionVersionKey, _ problems: [SessionStore.LoadError])
    -> Localized
  {
    var files: [String] = []
    for case .divergentCopy(let path, let used, let id, _) in problems where id == key.id {
      files = [used, path]
    }
    return Localized(
      "服务器上编号 \(key.id) 的第 \(key.saveSequence) 次保存没有取回：这里的 "
        + files.joined(separator: " 和 ")
        + " 是它的两份副本，回答不同，取回的一份会盖掉其中一份。请先核对两份，把不用的一份移出这个文件夹，再运行 ducha sync --pull。两份都没有改动。",
      en: "save \(key.saveSequence) of session \(key.id) on the server was not pulled: "
        + files.joined(separator: " and ")
        + " here are two copies of it with different answers, and the pulled one would replace one"
        + " of them. Compare them first, move the one not used out of this folder, then run ducha"
        + " sync --pull again. Both files were left untouched.")
  }
}
