import DuchaReport
import Foundation
import Testing

/// The scan for session files left in subfolders (`第三组/李辉/`, `第三组/王雷/`) belongs to the
/// library beside the folder loader, not to the executable: the names it finds and the note.
struct SessionFolderSubfolderTests {
  @Test func subfoldersHoldingSessionFilesAreNamedInOrder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "subfolders-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (sub, file) in [("王雷", "a.json"), ("李辉", "b.JSON"), ("照片", "1.jpg"), ("旧", "_问题清单.json")] {
      let path = folder.appendingPathComponent(sub)
      try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
      try Data("{}".utf8).write(to: path.appendingPathComponent(file))
    }
    #expect(SessionFolder.subfoldersHoldingSessions(folder.path) == ["李辉", "王雷"].sorted())
    let note = try #require(SessionFolder.subfolderNote(folder.path, besideOthers: true))
    #expect(
      note.zh
        == "注意：\(folder.path) 的子文件夹 \(["李辉", "王雷"].sorted().joined(separator: "、")) 里还有检查记录文件，"
        + "没有读入（ducha 只读所写的文件夹，不读子文件夹）。它们也要汇总的话，请移到 \(folder.path) 里。")
    #expect(SessionFolder.subfolderNote(folder.appendingPathComponent("照片").path) == nil)
  }
}
