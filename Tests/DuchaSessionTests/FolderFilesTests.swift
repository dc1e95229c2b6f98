import Foundation
import Testing

@testable import DuchaSession

/// The folder listing of the check before every save: names are matched on their bytes before
/// a `String` is made of them, and must be exactly the names `FileManager` lists that contain
/// the id.
@Suite struct FolderFilesTests {
  @Test func namesHoldingTheIDAreThoseFileManagerListsThatContainIt() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let names = [
      "2021-10-27_渔沟小学_lingbi-xueji-2021_7f3a9c2e.json",
      "2021-10-27_渔沟小学_lingbi-xueji-2021_7f3a9c2e(1).json",
      ".2021-10-27_渔沟小学_lingbi-xueji-2021_7f3a9c2e.json.1.2.tmp",
      ".7f3a9c2e.lock", "7f3a9c2", "2021-10-27_灵城中学_lingbi-xueji-2021_5d0c1e7a.json",
      "_problems.json", "7F3A9C2E.json", "x7f3a9c2ex",
    ]
    for name in names {
      #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data()))
    }
    let id = "7f3a9c2e"
    let expected = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.contains(id) }.sorted()
    let found = FolderFiles.names(in: directory, containing: id).sorted()
    #expect(found == expected)
    #expect(found.count == 5)
    // An empty needle is in every name; `.` and `..` are never listed.
    #expect(FolderFiles.names(in: directory, containing: "").sorted() == names.sorted())
    #expect(FolderFiles.names(in: directory + "/missing", containing: id).isEmpty)
  }
}
