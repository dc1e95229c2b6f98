/// A Word document as a list of blocks — headings, paragraphs, tables and page breaks — that
/// `DOCXWriter` turns into WordprocessingML. Enough for bureau documents: no images, no lists.
public struct WordDocument: Sendable {
  /// How a paragraph sits on the line.
  public enum Alignment: String, Sendable {
    /// Left, first line indented two characters, as Chinese body text is set.
    case body
    /// Left, no indent.
    case left
    /// Centred (titles).
    case center
    /// Right (issuing body and date).
    case right
  }

  /// One block of the document.
  public enum Block: Sendable, Equatable {
    /// The document title (style 标题 / Title).
    case title(String)
    /// A heading, level 1 or 2 (styles Heading 1, Heading 2).
    case heading(String, level: Int)
    /// A paragraph.
    case paragraph(String, alignment: Alignment, bold: Bool)
    /// A table: a header row (repeated on every page), body rows, relative column widths.
    case table(header: [String], rows: [[String]], widths: [Int])
    /// A page break.
    case pageBreak
  }

  /// The blocks, in order.
  public private(set) var blocks: [Block] = []

  /// Creates an empty document.
  public init() {}

  /// Appends the title.
  public mutating func title(_ text: String) { blocks.append(.title(text)) }

  /// Appends a heading.
  public mutating func heading(_ text: String, level: Int = 1) {
    blocks.append(.heading(text, level: min(max(level, 1), 2)))
  }

  /// Appends a paragraph.
  public mutating func paragraph(_ text: String, _ alignment: Alignment = .body, bold: Bool = false)
  {
    blocks.append(.paragraph(text, alignment: alignment, bold: bold))
  }

  /// Appends a table; `widths` are relative (e.g. `[1, 4, 4, 2, 2]`), one per column.
  public mutating func table(header: [String], rows: [[String]], widths: [Int]) {
    blocks.append(.table(header: header, rows: rows, widths: widths))
  }

  /// Starts a new page.
  public mutating func pageBreak() { blocks.append(.pageBreak) }

  /// Appends another document's blocks, on a new page.
  public mutating func append(onNewPage other: WordDocument) {
    if !blocks.isEmpty { pageBreak() }
    blocks += other.blocks
  }
}
