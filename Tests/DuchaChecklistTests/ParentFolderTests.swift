import DuchaChecklist
import Testing

/// The parent folder of a path, which Foundation computed with a trap for one-character names.
@Suite struct ParentFolderTests {
  @Test(arguments: [
    ("组", "."), ("a", "."), ("组/", "."), ("第三组/a.json", "第三组"), ("a/b/", "a"),
    ("/a", "/"), ("/", "/"), ("//x//y.json", "//x"), ("./组", "."), ("../组/x.json", "../组"),
  ])
  func parentOf(_ path: String, _ parent: String) {
    #expect(ParentFolder.of(path) == parent)
  }
}
