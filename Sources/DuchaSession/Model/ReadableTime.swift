import DuchaChecklist

/// A stored timestamp (`2021-10-30T16:00:00+08:00`, the writer's own clock) as people read it
/// in a message: `10月30日 16:00`, or with the year where the message may be read long after.
/// Anything that is not such a timestamp is shown as it is.
public enum ReadableTime {
  /// `10月30日 16:00` (English `2021-10-30 16:00`): for what happened tonight or this week.
  public static func clock(_ iso: String) -> Localized {
    guard let parts = fields(iso) else { return Localized(iso, en: iso) }
    return Localized(
      "\(parts.month)月\(parts.day)日 \(parts.time)",
      en: "\(parts.date) \(parts.time)")
  }

  /// `2021年10月30日 16:00` (English `2021-10-30 16:00`): for a signature or a change kept on a
  /// list that is read again months later.
  public static func dated(_ iso: String) -> Localized {
    guard let parts = fields(iso) else { return Localized(iso, en: iso) }
    return Localized(
      "\(parts.year)年\(parts.month)月\(parts.day)日 \(parts.time)",
      en: "\(parts.date) \(parts.time)")
  }

  private static func fields(_ iso: String)
    -> (year: Int, month: Int, day: Int, date: String, time: String)?
  {
    let characters = Array(iso)
    guard characters.count >= 16, characters[4] == "-", characters[7] == "-",
      characters[10] == "T", characters[13] == ":",
      let year = Int(String(characters[0...3])),
      let month = Int(String(characters[5...6])), let day = Int(String(characters[8...9]))
    else { return nil }
    return (year, month, day, String(characters[0...9]), String(characters[11...15]))
  }
}
