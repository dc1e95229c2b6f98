import DuchaChecklist
import Foundation
import Testing

/// The parent folder of a path, which Foundation computed with a trap for one-character names.
@Suite struct ParentFolderTests {
  @Test(arguments: [
    ("组", "."), ("a", "."), ("组/", "."), ("第三组/a.json", "第三组"), ("a/b/", "a"),
    ("/a", "/"), ("/", "/"), ("//x//y.json", "//x"), ("./组", "."), ("../组/x.json", "../组"),
    ("", "."), ("a//", "."), ("//", "/"), ("x//y/", "x"), ("Checklists/a.ducha", "Checklists"),
    ("甲/乙//丙", "甲/乙"), ("a/b\u{301}/c", "a/b\u{301}"),
  ])
  func parentOf(_ path: String, _ parent: String) {
    #expect(ParentFolder.of(path) == parent)
  }

  /// Paths whose last component and stem `PathName` reads on the bytes, and the ones it leaves
  /// to NSString (trailing slashes, dots, non-ASCII names, combining marks after a slash).
  static let paths = [
    "Checklists/lingbi-xueji.ducha", "lingbi-xueji.ducha", "(内置)/lingbi-xueji.ducha",
    "/abs/path/a.b.ducha", "a", "", "/", "//", "a/", "a//b", "a/b/", ".ducha", "x/.ducha",
    "..", "x/..", ".", "a.", "a..b", "x/y.tar.gz", "新细则/县里的表.ducha", "县里的表.ducha",
    "a/\u{301}b.ducha", "a\u{301}/b.ducha", "./a.ducha", "../b", "no-extension", "x/.hidden",
    "x/a.", "x/.a.b",
  ]

  @Test("a path's last component and stem are NSString's", arguments: paths)
  func pathName(_ path: String) {
    let last = (path as NSString).lastPathComponent
    #expect(PathName.last(path) == last)
    #expect(PathName.stem(path) == (last as NSString).deletingPathExtension)
  }
}
