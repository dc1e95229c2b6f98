import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a session could not be saved into its folder, in words an inspector can act on: a
/// write-protected USB stick, a folder opened inside a zip file, no permission, a full disk.
/// The system's own error (`open failed: Read-only file system`, `NSCocoaErrorDomain Code=642`)
/// said none of it, in English.
public enum SessionSaveProblem {
  /// Whether `code` means nothing can be written in the folder as it is: every answer typed
  /// there would be lost, so the REPL does not start editing a session kept there.
  public static func isUnwritable(_ code: Int32) -> Bool {
    code == EROFS || code == EACCES || code == EPERM
  }

  /// The POSIX error number behind a failed save, when it has one.
  public static func errorNumber(_ error: any Error) -> Int32? {
    OutputFileProblem.errorNumber(error)
  }

  /// What to tell the user about any failed save into `folder`: the store's own refusal (a newer
  /// copy on disk, a masked copy) as it stands, anything else explained by its cause.
  public static func message(for error: any Error, folder: String) -> Localized {
    if let refusal = error as? SessionStore.SaveError { return refusal.message }
    return explain(folder: folder, code: errorNumber(error), detail: "\(error)")
  }

  /// What failed and how to fix it, for a save into `folder` that failed with `code`
  /// (`detail` is the system's words, used only when the cause is none of the known ones).
  public static func explain(folder: String, code: Int32?, detail: String) -> Localized {
    let shown = folder.isEmpty ? "." : folder
    let copy = "把这个文件夹整个拷到电脑上能写的地方（如桌面），再运行 ducha resume 拷过去的文件夹/"
    let copyEN =
      "copy the whole folder to a place on the computer you can write to (the desktop), then run ducha resume on the copy"
    switch code {
    case EROFS:
      return Localized(
        "无法保存到文件夹 \(shown)：它所在的盘是只读的（U 盘的写保护开关打开了？光盘？在压缩包里直接打开的文件夹？）。请关掉写保护，或\(copy)。",
        en:
          "cannot save into the folder \(shown): its disk is read-only (a USB stick's write-protect switch? a CD? a folder opened inside a zip file?). Turn the protection off, or \(copyEN)."
      )
    case EACCES, EPERM:
      return Localized(
        "无法保存到文件夹 \(shown)：没有在这里写文件的权限。请\(copy)；或请管理员给这个文件夹写权限。",
        en:
          "cannot save into the folder \(shown): no permission to write there. Please \(copyEN); or ask for write permission on the folder."
      )
    case ENOSPC, EDQUOT:
      return Localized(
        "无法保存到文件夹 \(shown)：磁盘（或 U 盘）已满。请删掉些不用的文件腾出空间，下一次保存（回车或下一个回答）会再试。",
        en:
          "cannot save into the folder \(shown): the disk (or USB stick) is full. Free some space; the next save (Enter or the next answer) tries again."
      )
    default:
      let reason = code.map { String(cString: strerror($0)) + "，错误 \($0)" } ?? detail
      let reasonEN = code.map { String(cString: strerror($0)) + ", errno \($0)" } ?? detail
      return Localized(
        "无法保存到文件夹 \(shown)（\(reason)）。U 盘拔掉了就重新插好；下一次保存（回车或下一个回答）会再试。",
        en:
          "cannot save into the folder \(shown) (\(reasonEN)). If a USB stick was pulled out, put it back; the next save (Enter or the next answer) tries again."
      )
    }
  }
}
