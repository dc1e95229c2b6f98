/// A person's or a unit's name made safe as part of a file name: a unit called
/// `槐荫区<小太阳>/东校区` must not make a sub-folder, nor a file that cannot be copied to a
/// Windows computer or a FAT-formatted USB stick, where the leader's files travel.
public enum FileNamePart {
  /// `text` without path separators, characters Windows forbids, whitespace and controls.
  public static func clean(_ text: String) -> String {
    text.filter { character in
      !"/\\:*?\"<>|".contains(character) && !character.isWhitespace
        && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
  }
}
