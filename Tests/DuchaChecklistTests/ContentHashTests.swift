import DuchaChecklist
import Foundation
import Testing

@Suite("Content hash (SHA-256) of checklist text")
struct ContentHashTests {
  @Test(
    "FIPS 180-4 and sha256sum test vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      // `printf '清单 lingbi' | sha256sum`
      ("清单 lingbi", "b3756f4afd8fbe04890941286a796f81643492067e9619712e1ed36d6b30921a"),
    ])
  func vectors(text: String, hex: String) {
    #expect(SHA256.hex(Array(text.utf8)) == hex)
  }

  @Test("CRLF and lone CR line ends hash as LF: a copy saved by Notepad is the same version")
  func lineEndsDoNotMakeAVersion() {
    let unix = "清单 lingbi\n标题：灵璧\n"
    // `printf '清单 lingbi\n标题：灵璧\n' | sha256sum`
    let expected = "sha256:" + SHA256.hex(Array(unix.utf8))
    #expect(ContentHash.of(unix) == expected)
    #expect(ContentHash.of("清单 lingbi\r\n标题：灵璧\r\n") == expected)
    #expect(ContentHash.of("清单 lingbi\r标题：灵璧\r") == expected)
    // Other text is another version; a blank line is still a line.
    #expect(ContentHash.of("清单 lingbi\n\n标题：灵璧\n") != expected)
    #expect(ContentHash.of("清单 lingbi\r\n\r\n标题：灵璧\r\n") == ContentHash.of("清单 lingbi\n\n标题：灵璧\n"))
  }

  @Test("a million a's, across many blocks")
  func longInput() {
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("a loaded checklist carries its text and the hash of it")
  func checklistCarriesItsText() throws {
    let text = """
      清单 small
      标题：小表
      对象：学校
      总分：10
      部分 一 学籍管理 10分
      条目 1 人籍一致情况 10分
        录入 人籍不一致人数 计数
        规则 每例扣分(人籍不一致人数, 每例=0.5)

      """
    let (checklist, diagnostics) = ChecklistLoader.load(
      source: SourceText(file: "t.ducha", text: text))
    let loaded = try #require(checklist, "\(diagnostics.map(\.message.zh))")
    #expect(loaded.source == text)
    #expect(loaded.contentHash == "sha256:" + SHA256.hex(Array(text.utf8)))
    #expect(ContentHash.short(loaded.contentHash).count == 8)
  }
}
