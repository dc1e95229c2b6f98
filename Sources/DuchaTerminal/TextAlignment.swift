/// Which side of a padded field the text sits against.
public enum TextAlignment: Sendable, Equatable {
  /// Text first, padding after: the reading order for names and prose.
  case left
  /// Padding first, text after: lines numbers and counts up on their last digit.
  case right
}
