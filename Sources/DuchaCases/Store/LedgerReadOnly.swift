import DuchaChecklist
import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opening a ledger that this user cannot write: a copy from a USB stick or a CD (file mode
/// 0444), another user's folder. It can still be read; every change is refused with what is
/// read-only and how to fix it (`CaseStoreError.readOnly`).
enum LedgerReadOnly {
  /// Why the ledger at `path` cannot be written, or nil when both it and its folder can be
  /// (a WAL ledger writes `-wal` and `-shm` files beside itself, so the folder counts too).
  static func reason(path: String) -> Localized? {
    let folder = ParentPath.of(path)
    if access(path, W_OK) != 0 {
      return Localized(
        "文件本身是只读的（权限 \(modeText(path))，多半是从U盘、光盘或压缩包拷来的）",
        en:
          "the file itself is read-only (mode \(modeText(path)); copied from a USB stick, a CD or a zip?)"
      )
    }
    if access(folder, W_OK) != 0 {
      return Localized(
        "它所在的文件夹 \(folder) 不能写（台账改动时要在旁边写日志文件 \((path as NSString).lastPathComponent)-wal）",
        en:
          "its folder \(folder) cannot be written (a change writes the journal \((path as NSString).lastPathComponent)-wal beside it)"
      )
    }
    return nil
  }

  /// Opens the ledger for reading only. With no journal beside it (a ledger closed cleanly,
  /// as every ducha command leaves it), as an immutable file: SQLite reads it as it is and
  /// makes nothing beside it (a read-only open of a WAL database would otherwise leave `-shm`
  /// and `-wal` files, read-only too, next to a file from a USB stick). A journal that is not
  /// empty holds changes not yet in the file (another user's ledger while they write): then
  /// SQLite's read-only WAL mode reads both, which needs the `-shm` file beside it too; where
  /// that fails, reading the file alone would show an older ledger, so it is refused and the
  /// user told to copy both files.
  static func open(path: String, configuration: Configuration) throws -> DatabaseQueue {
    var readOnly = configuration
    readOnly.readonly = true
    let journal = path + "-wal"
    let size = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
    guard size > 0 else {
      return try DatabaseQueue(path: immutableURI(path), configuration: readOnly)
    }
    do {
      let queue = try DatabaseQueue(path: path, configuration: readOnly)
      // Opening is lazy about the journal: the first read is what needs the -shm file.
      try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
    {
      throw CaseStoreError.unavailable(
        path: path,
        reason: Localized(
          "旁边的日志文件 \(journal) 里有还没并入台账的改动，而这个文件夹不能写，读不全。把台账和它旁边的 -wal 文件一起复制到自己能写的文件夹再用 --ledger 指定",
          en: "the journal beside it, \(journal), holds changes not yet merged into the ledger,"
            + " and this folder cannot be written, so it cannot be read whole. Copy the ledger"
            + " together with its -wal file to a folder you can write and pass it with --ledger"))
    }
  }

  /// `file:/abs/path?immutable=1`: SQLite reads the file as it is, taking no lock and making
  /// no journal. The characters a URI gives meaning to are escaped.
  static func immutableURI(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var escaped = ""
    for character in absolute {
      switch character {
      case "%": escaped += "%25"
      case "?": escaped += "%3f"
      case "#": escaped += "%23"
      default: escaped.append(character)
      }
    }
    return "file:" + escaped + "?immutable=1"
  }

  /// `r--r--r--`: the file's permission bits as `ls -l` shows them.
  static func modeText(_ path: String) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else { return "?" }
    let mode = Int(info.st_mode) & 0o777
    let letters = ["r", "w", "x"]
    return (0..<9).map { bit in
      mode & (0o400 >> bit) != 0 ? letters[bit % 3] : "-"
    }.joined()
  }
}

/// The folder a path is in: `.` for a bare file name.
enum ParentPath {
  static func of(_ path: String) -> String {
    ParentFolder.of(path)
  }
}
