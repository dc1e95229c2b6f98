import DuchaChecklist
import DuchaSession
import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an SQLite failure while reading or writing the ledger means to the clerk, and what to
/// do: SQLite's own words ("SQLite error 13: database or disk is full - while executing
/// `COMMIT TRANSACTION`") are English, and the old advice for every failure (check the path,
/// use --ledger) fits none of a full disk, a ledger held by another program, or a pulled stick.
enum SQLiteFailure {
  /// `error` as `CaseStoreError.failed` for the ledger at `path`; `waited`: the busy timeout,
  /// in seconds, said when another program held the ledger.
  static func error(_ error: DatabaseError, path: String, waited: TimeInterval) -> CaseStoreError {
    let (reason, fix) = explained(error, waited: waited)
    return .failed(path: path, reason: reason, fix: fix)
  }

  /// What happened and the fix.
  static func explained(_ error: DatabaseError, waited: TimeInterval) -> (Localized, Localized) {
    switch error.resultCode {
    case .SQLITE_FULL:
      return (
        Localized("磁盘（或 U 盘）满了", en: "the disk (or USB stick) is full"),
        Localized(
          "腾出空间（删掉或挪走不用的文件）后再做一次",
          en: "free some space (delete or move files you do not need) and do it again")
      )
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      let seconds = Int(waited.rounded())
      return (
        Localized(
          "另一个程序占着台账，等了 \(seconds) 秒还没放开（多半是打开着台账的 SQLite 浏览器里有没保存的修改，或另一个终端里的 ducha 正在写）",
          en: "another program holds the ledger and did not let go within \(seconds) s (most"
            + " likely an SQLite browser with unsaved changes, or ducha writing in another terminal)"
        ),
        Localized(
          "关掉那个程序（浏览器里先点“写入更改”或“撤销更改”）后再做一次",
          en: "close that program (in a browser, write or revert its changes first) and do it again"
        )
      )
    case .SQLITE_READONLY:
      return (
        Localized("台账文件变成了不能写的", en: "the ledger file can no longer be written"),
        Localized(
          "用 ls -l 看台账文件和它的文件夹的权限，改回能写后再做一次",
          en:
            "check the permissions of the file and its folder (ls -l), make them writable and do it again"
        )
      )
    case .SQLITE_IOERR, .SQLITE_CANTOPEN:
      return (
        Localized(
          "读写台账文件出错（SQLite 错误 \(error.extendedResultCode.rawValue)）",
          en:
            "reading or writing the file failed (SQLite error \(error.extendedResultCode.rawValue))"
        ),
        Localized(
          "看台账文件和它的文件夹还在、U 盘或网络共享还连着、磁盘没有满，再做一次",
          en: "check that the file and its folder are still there, the USB stick or network share"
            + " is still connected and the disk is not full, and do it again")
      )
    default:
      return (
        Localized(
          "SQLite 报错 \(error.extendedResultCode.rawValue)：\(error.message ?? "")",
          en: "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "")"),
        Localized(
          "再做一次；还不行，把台账文件复制一份留着，把这段话告诉管理台账的人",
          en: "do it again; if it fails again, keep a copy of the ledger file and pass this message"
            + " to whoever keeps the ledger")
      )
    }
  }

  /// An error met while opening the ledger, in words: SQLite's code and message, or what the
  /// system's error number means. Foundation's own dump (`Error Domain=NSCocoaErrorDomain
  /// Code=512 "(null)" UserInfo={…}`) said nothing a clerk could act on.
  static func said(_ error: any Error) -> Localized {
    if let database = error as? DatabaseError {
      let code = database.extendedResultCode.rawValue
      let message = database.message ?? ""
      return Localized("SQLite 错误 \(code)：\(message)", en: "SQLite error \(code): \(message)")
    }
    guard let code = OutputFileProblem.errorNumber(error) else {
      let said = String(describing: error)
      return Localized(said, en: said)
    }
    switch code {
    case ENOTDIR:
      return Localized(
        "路径里有一段是文件，不是文件夹", en: "a part of the path is a file, not a folder")
    case ENOENT: return Localized("路径里的文件夹不存在", en: "a folder in the path does not exist")
    case EACCES, EPERM: return Localized("没有权限", en: "permission denied")
    case EROFS:
      return Localized(
        "所在的盘是只读的（U 盘的写保护开关打开了？）",
        en: "the disk is read-only (is the USB stick's write-protect switch on?)")
    case ENOSPC, EDQUOT: return Localized("磁盘（或 U 盘）满了", en: "the disk (or USB stick) is full")
    default:
      let said = String(cString: strerror(code))
      return Localized(said, en: said)
    }
  }
}
