import DuchaChecklist
import Foundation
import Testing

@Suite("Checklist library and bundled checklists")
struct ChecklistLibraryTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Checklists")

  @Test("the compiled-in checklists are exactly the files of Checklists/, byte for byte")
  func bundledMatchesFolder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".ducha") }.sorted()
    #expect(BundledChecklists.files.map(\.name) == names)
    for file in BundledChecklists.files {
      let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(file.name))
      #expect(file.data == onDisk, "\(file.name) differs from the bundled copy")
      #expect(file.path == "(内置)/\(file.name)")
      #expect(file.load().0 != nil, "\(file.name) does not load")
    }
  }

  @Test("a folder named twice, in any spelling or through a link, is searched once")
  func foldersNamedTwice() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-places-\(UUID().uuidString.prefix(8))")
    let folder = root.appendingPathComponent("清单")
    let other = root.appendingPathComponent("other")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("link").path, withDestinationPath: folder.path)
    defer { try? FileManager.default.removeItem(at: root) }
    let spellings = [
      folder.path, folder.path, other.path, folder.path + "/", root.path + "/./清单",
      root.path + "/other/../清单", root.path + "/link", other.path + "//", "Checklists",
      "./Checklists", "Checklists",
    ]
    let places = spellings.map { ChecklistLibrary.Place(kind: .option, folder: $0) }
    // What comparing every place's standardized absolute path keeps.
    var seen: Set<String> = []
    let expected = places.filter { place in
      let absolute =
        place.folder.hasPrefix("/")
        ? place.folder
        : (FileManager.default.currentDirectoryPath as NSString)
          .appendingPathComponent(place.folder)
      return seen.insert((absolute as NSString).standardizingPath).inserted
    }
    #expect(ChecklistLibrary(places: places).places == expected)
    #expect(
      ChecklistLibrary(places: places).places.map(\.folder).prefix(2) == [folder.path, other.path])
  }

  @Test("a folder's file wins over the bundled one with the same id, with one note")
  func localWins() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-library-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: Self.folder.appendingPathComponent("jiudian-zhidu.ducha"), encoding: .utf8)
    // Same id under another file name: the id decides.
    try Data((original + "\n# 本地修改\n").utf8).write(
      to: folder.appendingPathComponent("本地制度.ducha"))
    let library = ChecklistLibrary(places: [.init(kind: .option, folder: folder.path)])
    let contents = library.load()
    #expect(contents.loaded.count == BundledChecklists.files.count)
    let zhidu = contents.loaded.filter { $0.checklist?.id == "jiudian-zhidu" }
    #expect(zhidu.map(\.path) == [folder.path + "/本地制度.ducha"])
    #expect(
      contents.notes.map(\.zh) == [
        "注意：使用本地的 \(folder.path)/本地制度.ducha，它与内置的同名清单（jiudian-zhidu）内容不同。"
      ])
    #expect(library.file(for: "jiudian-zhidu")?.path == folder.path + "/本地制度.ducha")
    #expect(library.file(for: "jiudian-dangan")?.path == "(内置)/jiudian-dangan.ducha")
  }

  @Test("a copy Notepad saved (GBK; BOM and CRLF) is the bundled checklist: no note")
  func notepadCopyIsTheSameChecklist() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-library-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: Self.folder.appendingPathComponent("jiudian-zhidu.ducha"), encoding: .utf8)
    let windows =
      Data([0xEF, 0xBB, 0xBF]) + Data(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    try windows.write(to: folder.appendingPathComponent("jiudian-zhidu.ducha"))
    let library = ChecklistLibrary(places: [.init(kind: .option, folder: folder.path)])
    let contents = library.load()
    #expect(contents.notes.isEmpty, "\(contents.notes.map(\.zh))")
    let zhidu = contents.loaded.filter { $0.checklist?.id == "jiudian-zhidu" }
    #expect(zhidu.map(\.path) == [folder.path + "/jiudian-zhidu.ducha"])
    // Given with --checklist from elsewhere, a GBK copy or the Windows one says nothing either.
    let gbk = try #require(original.data(using: String.Encoding(rawValue: 0x8000_0632)))
    let elsewhere = folder.appendingPathComponent("酒店制度.ducha.txt")
    try gbk.write(to: elsewhere)
    for path in [elsewhere.path, folder.appendingPathComponent("jiudian-zhidu.ducha").path] {
      let file = try #require(ChecklistFile.read(path: path))
      #expect(library.replacementNote(for: file, id: "jiudian-zhidu") == nil, "\(path)")
    }
    // The same with one word changed is another checklist, and said.
    let edited = original.replacingOccurrences(of: "\n", with: "\r\n") + "# 本地修改\r\n"
    let path = folder.appendingPathComponent("本地.ducha").path
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    let file = try #require(ChecklistFile.read(path: path))
    #expect(
      library.replacementNote(for: file, id: "jiudian-zhidu")?.zh
        == "注意：使用本地的 \(path)，它与内置的同名清单（jiudian-zhidu）内容不同。")
  }

  @Test(
    "是不是: near names by characters, closest first",
    arguments: [
      ("lingbi-xuji", ["lingbi-xueji"]),
      ("lingbi", ["lingbi-xueji", "lingbi-xueji-2021"]),
      ("huili-taizang", ["huili-taizhang"]),
      ("会理县义务教育控辍保学工作台帐清单", ["会理县义务教育控辍保学工作台账清单"]),
      ("zzz", []),
    ])
  func suggestions(typed: String, expected: [String]) {
    let names = [
      "lingbi-xueji", "lingbi-xueji-2021", "huili-taizhang", "huili-hecha", "会理县义务教育控辍保学工作台账清单",
    ]
    #expect(NameSuggestions.near(typed, in: names) == expected)
  }
}
