import Foundation
import Testing

@testable import DuchaChecklist

/// `PlainTextOrder` orders texts exactly as `String`'s `<` does: by bytes only for texts that
/// are their own NFC form, and by `String` for anything that could combine.
@Suite struct PlainTextOrderTests {
  /// Unit names, file names and mixed texts as a summary sorts them.
  static let names = [
    "渔沟小学", "渔沟中学", "学校1008", "学校0", "学校1036", "灵璧县第一中学", "凌源一中", "Abc", "abc", "",
    "2021-09-01_学校0_lingbi-xueji-2021_10000000.json",
    "2021-09-01_学校0_lingbi-xueji-2021_10000000(1).json", "（一）组", "第一组、第二组", "Ａ组", "café",
  ]

  @Test func plainTextsCompareAsStringDoes() {
    for a in Self.names {
      #expect(PlainTextOrder.isPlain(a))
      for b in Self.names {
        #expect(PlainTextOrder.bytesLess(a, b) == (a < b), "\(a) < \(b)")
        #expect(PlainTextOrder.less(a, true, b, true) == (a < b))
      }
    }
    #expect(Self.names.sorted(by: PlainTextOrder.bytesLess) == Self.names.sorted())
  }

  /// A decomposed é (e + U+0301) equals the composed one for `String`, but not byte for byte:
  /// such a text is not plain, and `less` falls back to `String`.
  @Test func combiningTextsAreLeftToString() {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    #expect(composed == decomposed)
    #expect(!PlainTextOrder.isPlain(decomposed))
    #expect(!PlainTextOrder.isPlain("\u{F900}"))  // a CJK compatibility ideograph (not NFC)
    #expect(!PlainTextOrder.isPlain("か\u{3099}"))  // kana with a combining voiced mark
    #expect(!PlainTextOrder.less(composed, true, decomposed, false))
    #expect(!PlainTextOrder.less(decomposed, false, composed, true))
    #expect(PlainTextOrder.less(decomposed, false, "cafe\u{301}s", false))
  }
}
