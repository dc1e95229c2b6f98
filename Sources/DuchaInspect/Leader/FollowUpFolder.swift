import Foundation

/// Where a 回头看's sessions go when the leader names no `--sessions`: `回头看/` beside the
/// folder followed up, the folder the README's next command (`ducha summary 回头看/`) reads.
public enum FollowUpFolder {
  /// `回头看` beside `folder`: `第三组` → `回头看`, `组/第三组/` → `组/回头看`. A folder named
  /// only by `.` or `..` (the leader standing in it) is resolved from `workingDirectory`: its
  /// parent's `回头看`, not one inside the folder followed up (`.` crashed here).
  public static func beside(_ folder: String, workingDirectory: String) -> String {
    let parts = folder.split(separator: "/").filter { $0 != "." }
    let rooted = folder.hasPrefix("/") ? "/" : ""
    if let last = parts.last, last != ".." {
      let parent = parts.dropLast().joined(separator: "/")
      return parent.isEmpty ? rooted + "回头看" : rooted + parent + "/回头看"
    }
    let resolved = URL(fileURLWithPath: workingDirectory, isDirectory: true)
      .appendingPathComponent(folder, isDirectory: true).standardizedFileURL
    return resolved.deletingLastPathComponent().appendingPathComponent("回头看").path
  }
}
