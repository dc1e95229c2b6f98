extension DisplayWidth {
  /// Breaks `text` into lines of at most `width` columns.
  ///
  /// Chinese text may break between any two characters, Latin text breaks at spaces, and a word
  /// longer than a whole line is cut at character boundaries. A wide character is never split;
  /// with `width` below 2 it gets a line of its own even though that line is too wide. Closing
  /// punctuation such as "，" "。" "）" is kept off the start of a line and opening punctuation
  /// such as "（" "【" off its end, as Chinese typesetting expects. Line breaks in `text` are
  /// kept, spaces at the wrap points are dropped, and no line ends with a space.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .flatMap { paragraph in
        var wrapper = LineWrapper(width: width)
        for token in WrapToken.tokens(of: String(paragraph)) {
          wrapper.place(token)
        }
        return wrapper.finish()
      }
  }
}
