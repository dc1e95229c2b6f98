import DuchaRoster

/// One data row as the comparison sees it: cells as bytes, decoded on demand. Rows of a CSV
/// file point into the read buffer (valid only during the visit); rows of a workbook hold text.
public struct RowView {
  enum Storage {
    // Both point into the stream's buffers (no reference counting per row).
    case csv(UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<CSVFieldRange>)
    case cells([String])
  }

  let storage: Storage
  /// The 1-based line (CSV) or row (XLSX) where the row starts.
  public let line: Int
  /// Where to find the row again: the byte offset of a CSV record, the index of a workbook row.
  public let reference: Int
  /// How the file's text is decoded.
  public let decoding: TextDecoding

  /// The number of cells.
  public var count: Int {
    switch storage {
    case .csv(_, let fields): fields.count
    case .cells(let cells): cells.count
    }
  }

  /// Calls `body` with the bytes of cell `index` (empty past the last cell).
  public func withCell<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    guard index >= 0, index < count else {
      return [UInt8]().withUnsafeBufferPointer(body)
    }
    switch storage {
    case .csv(let buffer, let fields):
      let field = fields[index]
      if field.hasDoubledQuotes { return field.bytes(in: buffer).withUnsafeBufferPointer(body) }
      return body(UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]))
    case .cells(let cells):
      var text = cells[index]
      return text.withUTF8(body)
    }
  }

  /// The text of cell `index`, decoded; empty past the last cell.
  public func text(_ index: Int) -> String {
    if case .cells(let cells) = storage {
      return index < cells.count && index >= 0 ? cells[index] : ""
    }
    return withCell(index) { decoding.text($0) }
  }

  /// The 1-based column where cell `index` starts, for messages: the column number in a
  /// workbook (A = 1), the character on the line in a CSV file (a quoted cell's opening quote).
  /// Only a row with a problem is asked, so decoding the line up to the cell costs nothing.
  public func column(of index: Int) -> Int {
    switch storage {
    case .cells: return index + 1
    case .csv(let buffer, let fields):
      guard let first = fields.first, index >= 0, index < fields.count else { return 1 }
      let quote = UInt8(ascii: "\"")
      let lineStart =
        first.start > 0 && buffer[first.start - 1] == quote ? first.start - 1 : first.start
      var cellStart = fields[index].start
      if cellStart > lineStart, buffer[cellStart - 1] == quote { cellStart -= 1 }
      guard cellStart > lineStart else { return 1 }
      return decoding.text(UnsafeBufferPointer(rebasing: buffer[lineStart..<cellStart])).count + 1
    }
  }

  /// Every cell as text.
  public var texts: [String] { (0..<count).map(text) }

  /// Whether the first cell is empty or spaces (a blank row's first cell is).
  var startsEmpty: Bool {
    withCell(0) { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
  }

  /// Whether every cell is empty or spaces.
  public var isBlank: Bool {
    (0..<count).allSatisfy { index in
      withCell(index) { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }
  }
}
