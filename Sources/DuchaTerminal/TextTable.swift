import Dispatch

/// A plain-text table whose columns line up by display width, for listing schools, students
/// and findings in a terminal.
///
/// ```
/// 学校            学生数
/// ──────────────  ──────
/// 灵璧县第一中学    1024
/// ```
public struct TextTable: Sendable, Equatable {
  /// Spaces between columns: two, so that adjacent left-aligned Chinese cells stay readable
  /// without drawing vertical rules.
  private static let gap = "  "

  /// The columns, in display order.
  public var columns: [Column]
  /// The cells, one array per row. Missing cells are blank; cells beyond the columns are
  /// ignored. A cell may contain line breaks.
  public var rows: [[String]]

  /// Creates a table from its columns and rows.
  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Renders the header, a rule line of "─" and the rows, with lines joined by "\n" and no
  /// trailing newline.
  ///
  /// When the table is wider than `maxWidth`, the widest column that `wraps` is narrowed one
  /// column at a time (never below its minimum width or 2) until the table fits; its cells
  /// continue on extra lines. If the table still does not fit, it is rendered too wide rather
  /// than losing content. No line ends with a space.
  public func render(maxWidth: Int = 80) -> String {
    guard !columns.isEmpty else {
      return ""
    }
    let widths = fittedWidths(maxWidth: maxWidth)
    var lines = renderRow(columns.map(\.header), widths: widths)
    lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap))
    guard rows.count >= Self.rowsPerPiece * 2 else {
      for row in rows {
        lines += renderRow(row, widths: widths)
      }
      return lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n")
    }
    // A long table (a city's ten thousand units) is laid out in pieces of rows on every core,
    // each piece's lines joined there; the pieces are then joined in order, so the text is
    // the same as row after row on one core, which left the other core idle.
    let pieces = (rows.count + Self.rowsPerPiece - 1) / Self.rowsPerPiece
    let texts = [String?](unsafeUninitializedCapacity: pieces) { buffer, initialized in
      let slots = PieceSlots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: pieces) { piece in
        let end = Swift.min(rows.count, (piece + 1) * Self.rowsPerPiece)
        var lines: [String] = []
        for row in rows[(piece * Self.rowsPerPiece)..<end] {
          lines += renderRow(row, widths: widths)
        }
        // A piece without lines (nil) is left out of the join below, as its rows' lines are.
        slots.buffer.initializeElement(
          at: piece,
          to: lines.isEmpty
            ? nil : lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n"))
      }
      initialized = pieces
    }
    let head = lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n")
    return ([head] + texts.compactMap { $0 }).joined(separator: "\n")
  }

  /// The rows of one piece of a long table laid out on every core (`render`).
  private static let rowsPerPiece = 128

  /// The pieces' texts, shared by the iterations: each piece is written by exactly one of them,
  /// and `concurrentPerform` returns only after all have finished.
  private struct PieceSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String?>
  }

  /// The pieces' widest lines, written as `PieceSlots` are.
  private struct WidthSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[Int]>
  }

  /// The display width of the widest line of `texts`, 0 for none.
  private func widestLine(of texts: [String]) -> Int {
    texts
      .flatMap(Self.lines)
      .map { DisplayWidth.of(String($0)) }
      .max() ?? 0
  }

  /// The lines of `text`, split at every newline `Character`. Most cells have none, which a
  /// scan of the bytes tells; splitting walked the cell's characters, and that was a third of
  /// laying out the REPL's checklist chooser (issue 13).
  static func lines(_ text: String) -> [Substring] {
    guard DisplayWidth.containsNewline(text) else { return [text[...]] }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  }

  /// Each column's widest line over the rows: in pieces on every core for a long table (as
  /// `render` lays its rows out), the widest of the pieces' widest.
  private func widestRowLines() -> [Int] {
    @Sendable func widest(_ rows: ArraySlice<[String]>) -> [Int] {
      columns.indices.map { index in
        widestLine(of: rows.map { index < $0.count ? $0[index] : "" })
      }
    }
    guard rows.count >= Self.rowsPerPiece * 2 else { return widest(rows[...]) }
    let pieces = (rows.count + Self.rowsPerPiece - 1) / Self.rowsPerPiece
    let found = [[Int]](unsafeUninitializedCapacity: pieces) { buffer, initialized in
      let slots = WidthSlots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: pieces) { piece in
        let end = Swift.min(rows.count, (piece + 1) * Self.rowsPerPiece)
        slots.buffer.initializeElement(
          at: piece, to: widest(rows[(piece * Self.rowsPerPiece)..<end]))
      }
      initialized = pieces
    }
    return columns.indices.map { index in found.map { $0[index] }.max() ?? 0 }
  }

  private func naturalWidths() -> [Int] {
    let rowWidths = widestRowLines()
    return columns.indices.map { index in
      let column = columns[index]
      let widest = max(widestLine(of: [column.header]), rowWidths[index])
      var width = max(widest, column.minimumWidth ?? 0)
      if let maximum = column.maximumWidth {
        width = min(width, max(maximum, column.minimumWidth ?? 0))
      }
      return width
    }
  }

  private func fittedWidths(maxWidth: Int) -> [Int] {
    var widths = naturalWidths()
    let gaps = DisplayWidth.of(Self.gap) * (columns.count - 1)
    while widths.reduce(gaps, +) > maxWidth {
      let candidates = columns.indices.filter {
        columns[$0].wraps && widths[$0] > columns[$0].shrinkFloor
      }
      // Ties go to the leftmost column, so the result does not depend on anything but content.
      guard
        let widest = candidates.max(by: {
          widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1)
        })
      else {
        break
      }
      widths[widest] -= 1
    }
    return widths
  }

  private func renderRow(_ cells: [String], widths: [Int]) -> [String] {
    let cellLines = columns.indices.map { index in
      columns[index].lines(of: index < cells.count ? cells[index] : "", width: widths[index])
    }
    let height = cellLines.map(\.count).max() ?? 1
    return (0..<height).map { lineIndex in
      columns.indices.map { index in
        let lines = cellLines[index]
        let text = lineIndex < lines.count ? lines[lineIndex] : ""
        return DisplayWidth.pad(text, to: widths[index], alignment: columns[index].alignment)
      }
      .joined(separator: Self.gap)
    }
  }

  /// `line` without the spaces that end it: every trailing `Character` equal to " ".
  ///
  /// Read on the bytes when the scalar before the trailing spaces is ASCII or a simple scalar
  /// (then each space is a character of its own); `Character` comparisons of padded Chinese
  /// lines cost more than the rest of the table. Otherwise (a prepended mark could take the
  /// first space into its character) the characters decide, as before.
  static func trimmingTrailingSpaces(_ line: String) -> String {
    let bytes = line.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
      end = bytes.index(before: end)
    }
    if end == bytes.endIndex { return line }
    let before = line.unicodeScalars[..<end].last
    if before == nil || before.map({ $0.isASCII || SimpleScalar.width($0) != nil }) == true {
      return String(line[..<end])
    }
    var line = line
    while line.last == " " {
      line.removeLast()
    }
    return line
  }
}
