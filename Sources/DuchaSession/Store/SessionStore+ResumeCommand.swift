import Foundation

extension SessionStore {
  /// The command that continues an inspection saved in this store: `ducha resume` for the
  /// default `Sessions/` of the current folder, else `ducha resume 回头看/` — a 回头看 record (kept
  /// beside the folder re-checked) or one started with `--sessions 第三组` was told to continue
  /// with `ducha resume`, which looked in `Sessions/` and said there was nothing to continue.
  public var resumeCommand: String {
    let here = FileManager.default.currentDirectoryPath
    func absolute(_ path: String) -> String {
      let url =
        path.hasPrefix("/")
        ? URL(fileURLWithPath: path) : URL(fileURLWithPath: here).appendingPathComponent(path)
      return url.standardizedFileURL.path
    }
    guard absolute(directory) != absolute(Self.defaultDirectory) else { return "ducha resume" }
    // A folder with a space in it is quoted, so the command can be typed as shown.
    let folder = directory + "/"
    return "ducha resume " + (folder.contains(" ") ? "\"\(folder)\"" : folder)
  }

  /// `Sessions`: where `ducha inspect` and `ducha resume` keep and look for sessions unless
  /// told otherwise.
  public static let defaultDirectory = "Sessions"
}
