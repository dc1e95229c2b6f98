/// The punctuation Chinese typesetting keeps off the start and the end of a line, shared by the
/// two ways a paragraph is wrapped (`WrapToken` over grapheme clusters, `SimpleWrap` over the
/// scalars of simple text).
enum LineBreakRules {
  /// Characters that must not begin a line (行首禁则), one scalar each.
  static let noBreakBefore = "，。、；：？！）】》〉」』〕”’…,.;:?!)]}%"
  /// Characters that must not end a line (行尾禁则), one scalar each.
  static let noBreakAfter = "（【《〈「『〔“‘([{"

  /// `noBreakBefore` as scalar values.
  static let noBreakBeforeValues = Set(noBreakBefore.unicodeScalars.map(\.value))
  /// `noBreakAfter` as scalar values.
  static let noBreakAfterValues = Set(noBreakAfter.unicodeScalars.map(\.value))
}
