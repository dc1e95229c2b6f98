import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an output file (`-o 报告.html`) could not be written, in words a clerk can act on: the
/// folder named does not exist, the path is a folder, there is no permission, the disk is full
/// or write-protected. The system's own error (`NSCocoaErrorDomain Code=4 …`) said none of it.
/// Every writer writes atomically, so nothing was written, and an older file is untouched.
public enum OutputFileProblem {
  /// The message for `error`, thrown while writing `path`; `fileExtension` (`html`) makes the
  /// example file name of a path that is a folder.
  public static func explain(_ path: String, _ error: any Error, fileExtension: String? = nil)
    -> Localized
  {
    let (zh, en) = reason(
      path, code: errorNumber(error), error: error, suffix: fileExtension.map { "." + $0 } ?? "")
    return Localized(
      "无法写入 \(path)：\(zh)没有写入任何文件。", en: "cannot write \(path): \(en) Nothing was written.")
  }

  /// The message for a one-file output written the way a folder is (`-o 报告.html/`, `-o 新建/`)
  /// when no folder of that name exists; nil for any other path. The system writes such a path
  /// as the file without the slash: `-o r.html/` replaced the leader's `r.html` without a word,
  /// and `-o 新建/` made a file called `新建`.
  public static func folderSpelling(_ path: String, fileExtension: String? = nil) -> Localized? {
    guard path.count > 1, path.hasSuffix("/"), !isFolder(path) else { return nil }
    let bare = String(path.dropLast())
    let (zh, en): (String, String)
    if FileManager.default.fileExists(atPath: bare) {
      (zh, en) = (
        "末尾的“/”是文件夹的写法，但 \(bare) 是一个文件，没有改动它。要换掉这个文件，请去掉末尾的“/”；要写到文件夹里，请换一个文件夹名。",
        "the '/' at the end names a folder, but \(bare) is a file; it was left as it is. To replace it, leave out the '/'; to write into a folder, choose another folder name."
      )
    } else {
      let suffix = fileExtension.map { "." + $0 } ?? ""
      (zh, en) = (
        "末尾的“/”是文件夹的写法，但没有“\(bare)”这个文件夹。请写文件名，如 \(bare + suffix)；或先建好这个文件夹，再写 \(join(bare, "结果" + suffix))。",
        "the '/' at the end names a folder, but there is no folder '\(bare)'. Write a file name, such as \(bare + suffix); or make the folder first and write \(join(bare, "result" + suffix))."
      )
    }
    return Localized(
      "无法写入 \(path)：\(zh)没有写入任何文件。", en: "cannot write \(path): \(en) Nothing was written.")
  }

  private static func reason(_ path: String, code: Int32?, error: any Error, suffix: String)
    -> (String, String)
  {
    let parent = parentFolder(of: path)
    if isFolder(path) {
      return (
        "这是一个文件夹。请在后面写上文件名，如 \(join(path, "结果" + suffix))。",
        "it is a folder. Add a file name, such as \(join(path, "result" + suffix))."
      )
    }
    if !FileManager.default.fileExists(atPath: parent) {
      return (
        "没有“\(parent)”这个文件夹（路径写错了，或还没有建）。请先建好这个文件夹，或写到已有的文件夹里。",
        "there is no folder '\(parent)' (mistyped, or not made yet). Make it first, or write into a folder that exists."
      )
    }
    if !isFolder(parent) {
      return (
        "\(parent) 是文件，不是文件夹。请写到一个文件夹里。",
        "\(parent) is a file, not a folder. Write into a folder."
      )
    }
    switch code {
    case EACCES, EPERM:
      return (
        "没有在 \(parent) 里写文件的权限。请换一个文件夹（如自己的“文档”），或请管理员改权限。",
        "no permission to write in \(parent). Choose another folder (your own Documents), or ask for the permission."
      )
    case ENOSPC, EDQUOT:
      return (
        "磁盘（或 U 盘）已满。请腾出空间，或写到别的盘。",
        "the disk (or USB stick) is full. Free some space, or write to another disk."
      )
    case EROFS:
      return (
        "\(parent) 所在的盘是只读的（U 盘的写保护开关打开了？）。请关掉写保护，或写到别的盘。",
        "the disk of \(parent) is read-only (a USB stick's write-protect switch?). Turn it off, or write to another disk."
      )
    default:
      let detail = code.map { String(cString: strerror($0)) } ?? "\(error)"
      return ("\(detail)。", "\(detail).")
    }
  }

  /// The POSIX error number behind `error`, when it has one.
  public static func errorNumber(_ error: any Error) -> Int32? {
    if let write = error as? AtomicFile.WriteError { return write.code }
    if let posix = error as? POSIXError { return posix.code.rawValue }
    var current: NSError? = error as NSError
    while let nsError = current {
      if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
      // On Linux the underlying error is kept as the Swift error it was, which `as? NSError`
      // does not bridge: the POSIX code under `NSCocoaErrorDomain Code=642` was never found.
      current = (nsError.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
      if current == nil, nsError.domain == NSCocoaErrorDomain {
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        default: break
        }
      }
    }
    return nil
  }

  /// The folder a file at `path` goes into: `.` for a bare file name.
  static func parentFolder(of path: String) -> String {
    let parent = ParentFolder.of(path)
    return parent.isEmpty ? "." : parent
  }

  private static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
