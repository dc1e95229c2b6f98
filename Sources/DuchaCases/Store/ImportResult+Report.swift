import DuchaChecklist

/// What an import says about one list, the same on the laptop (`ducha cases import`) and the
/// county server (`ducha-server cases import`): how many were read and made cases, and each
/// child already in the ledger, named as `privacy` allows.
extension ImportResult {
  /// `疑似.csv：读入 12 人，新建案例 10 个，已在台账中 2 人（不重复建案）`, then a line per child
  /// already in the ledger; in English with `language` (`ducha cases import --lang en`).
  public func report(file: String, read: Int, privacy: CasePrivacy, language: Language = .chinese)
    -> [String]
  {
    guard language == .english else {
      return [
        "\(file)：读入 \(read) 人，新建案例 \(created.count) 个，"
          + "已在台账中 \(existing.count) 人（不重复建案）"
      ]
        + existing.map { entry in
          "  \(entry.source)：\(privacy.name(entry.record.child.name)) 已是案例 \(entry.record.id)（\(entry.record.status.rawValue)）"
        }
    }
    return [
      "\(file): \(read) read, \(created.count) new case\(created.count == 1 ? "" : "s"),"
        + " \(existing.count) already in the ledger (no second case)"
    ]
      + existing.map { entry in
        "  \(entry.source): \(privacy.name(entry.record.child.name)) is already case \(entry.record.id) (\(entry.record.status.english))"
      }
  }
}
