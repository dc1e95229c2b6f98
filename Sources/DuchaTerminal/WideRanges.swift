// East Asian Width "W" and "F" ranges (UAX #11), merged across unassigned gaps inside the same
// block so the table stays short; unassigned code points there are Wide by the standard's
// defaults anyway. Emoji are left out on purpose: `ScalarWidth` asks the standard library's
// `isEmojiPresentation`, which follows newer Unicode versions than any table copied here.
let wideRanges: [ClosedRange<UInt32>] = [
  0x1100...0x115F,  // Hangul Jamo leading consonants
  0x2329...0x232A,  // angle brackets 〈 〉
  0x2E80...0x303E,  // CJK radicals, Kangxi radicals, description characters, CJK punctuation
  0x3041...0x3247,  // kana, bopomofo, Hangul compatibility Jamo, kanbun, enclosed CJK
  0x3250...0x4DBF,  // enclosed CJK, CJK compatibility, CJK extension A
  0x4E00...0xA4CF,  // CJK unified ideographs, Yi
  0xA960...0xA97F,  // Hangul Jamo extended A
  0xAC00...0xD7A3,  // Hangul syllables
  0xF900...0xFAFF,  // CJK compatibility ideographs
  0xFE10...0xFE19,  // vertical forms
  0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
  0xFF00...0xFF60,  // fullwidth ASCII variants ！（）：０-９Ａ-Ｚ
  0xFFE0...0xFFE6,  // fullwidth signs ￥ ￡
  0x16FE0...0x16FFF,  // ideographic symbols and punctuation
  0x17000...0x18D8F,  // Tangut, Khitan
  0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
  0x1F200...0x1F2FF,  // enclosed ideographic supplement 🈀
  0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement (plane 2)
  0x30000...0x3FFFD,  // CJK extensions G and later (plane 3)
]

/// Binary search, because `DisplayWidth` runs for every cell of every table row.
func isWide(_ value: UInt32) -> Bool {
  var low = 0
  var high = wideRanges.count - 1
  while low <= high {
    let middle = (low + high) / 2
    let range = wideRanges[middle]
    if value < range.lowerBound {
      high = middle - 1
    } else if value > range.upperBound {
      low = middle + 1
    } else {
      return true
    }
  }
  return false
}
