import DuchaChecklist
import Foundation

/// Where and what is wrong in one of the leader's JSON files (the problem list, the merge
/// decisions) that cannot be decoded, in the words a session file gets
/// (`SessionDecodingProblem`): cut short on its way over WeChat, saved again as GBK or
/// “Unicode” in Notepad, a quote or comma lost by hand, a field of the wrong kind.
/// Foundation's own text (`DecodingError.dataCorrupted: … not valid JSON`) said none of it.
public enum JSONFileProblem {
  /// The place (when known) and what is wrong, for `error` thrown decoding `data`, a file
  /// whose JSON starts with `opening` (`{` or `[`). ducha writes these files in UTF-8 only, so
  /// a byte that is not UTF-8 is said first: Foundation's parser reports a GBK file as
  /// broken JSON somewhere further on.
  public static func describe(_ error: any Error, in data: Data, opening: Character = "{")
    -> (place: SessionStore.Place?, detail: Localized)
  {
    if let encoding = SessionDecodingProblem.utf16(data) {
      return (SessionStore.Place(line: 1, column: 1), encoding)
    }
    return SessionDecodingProblem.notUTF8(data)
      ?? SessionDecodingProblem.syntax(data, opening: opening.asciiValue ?? UInt8(ascii: "{"))
      ?? SessionDecodingProblem.describe(error, in: data)
  }

  /// `path:line:column：what` (or `path：what`), for a message.
  public static func located(
    _ path: String, _ error: any Error, in data: Data, opening: Character = "{"
  ) -> Localized {
    let (place, detail) = describe(error, in: data, opening: opening)
    let at = place.map { "\(path):\($0.line):\($0.column)" } ?? path
    return Localized("\(at)：\(detail.zh)", en: "\(at): \(detail.en)")
  }
}
