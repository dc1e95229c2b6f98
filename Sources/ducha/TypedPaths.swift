import Foundation

/// A file or folder named with what dragging it into a terminal, or an input method, leaves
/// around it: a space after it (`"第三组 "`, `"…/某校.json "`) or the quotes a file manager puts
/// around a copied path (`'…/某校.json'`). Such an argument that names nothing, while the path
/// inside names a file or folder, is that path; `ducha resume` said it could not find the
/// session, and `summary` that there was no such folder. Arguments without such marks are not
/// looked at (no file-system call on the ordinary command line).
enum TypedPaths {
  /// `arguments` with each such argument replaced by the path it holds.
  static func tidied(_ arguments: [String]) -> [String] {
    arguments.map { argument in
      guard let first = argument.unicodeScalars.first, let last = argument.unicodeScalars.last,
        isMark(first) || isMark(last),
        !FileManager.default.fileExists(atPath: argument)
      else { return argument }
      let inner = stripped(argument)
      guard !inner.isEmpty, inner != argument, FileManager.default.fileExists(atPath: inner) else {
        return argument
      }
      return inner
    }
  }

  /// Spaces (ASCII, no-break, ideographic) and quotes, ASCII and Chinese.
  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || "'\"‘’“”".unicodeScalars.contains(scalar)
  }

  /// `text` without the spaces and quotes at its ends.
  private static func stripped(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, isMark(first) { scalars.removeFirst() }
    while let last = scalars.last, isMark(last) { scalars.removeLast() }
    return String(scalars)
  }
}
