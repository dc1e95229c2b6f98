import DuchaChecklist
import GRDB

/// A ledger file with no case and no history entry. An import with no row to import starts no
/// ledger, so only a first `ducha cases import` that failed part-way leaves one (a full disk,
/// a pulled USB stick, the terminal closed): the file and its tables are made before the
/// cases are written, and the write was undone. A reading command said of it
/// 没有符合条件的案例, as if every child had been looked at and none matched.
public enum EmptyLedger {
  /// What a reading command says instead of an empty list, and the fix.
  public static func notice(path: String) -> Localized {
    Localized(
      "台账 \(path) 里一个案例也没有：还没有成功导入过名单（第一次 ducha cases import 没有做完：磁盘满了、U 盘拔了或被中断）。"
        + "这不是“没有符合条件的案例”。改法：按那次导入报的错改好（比如腾出空间）后，再运行一次 ducha cases import 名单.csv --by 姓名。",
      en: "the ledger \(path) holds no case at all: no import into it has ever succeeded (the first"
        + " ducha cases import did not finish: a full disk, a pulled USB stick, or it was"
        + " interrupted). This is not \"no case matches\". Fix: deal with what that import said"
        + " (free some space, for instance), then run ducha cases import LIST --by NAME again.")
  }
}

extension SQLiteCaseStore {
  /// Whether the ledger holds no case and no history entry (`EmptyLedger`).
  public func isEmpty() throws -> Bool {
    try pool.read { db in
      try Bool.fetchOne(
        db,
        sql: "SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS (SELECT 1 FROM case_events)"
      ) ?? false
    }
  }
}
