extension TextTable {
  /// One column of a `TextTable`: its header and how its cells are laid out.
  public struct Column: Sendable, Equatable {
    /// The header text, shown above the rule line.
    public var header: String
    /// How the header and cells sit within the column.
    public var alignment: TextAlignment
    /// The column is never narrower than this, even when its content is.
    public var minimumWidth: Int?
    /// Content wider than this is wrapped (or truncated when `wraps` is false).
    public var maximumWidth: Int?
    /// Whether the column may be narrowed to fit the table into the terminal, its cells then
    /// continuing on extra lines. Turn it off for values that must stay whole, such as ID
    /// numbers or counts; such cells are truncated with "…" only when `maximumWidth` demands.
    public var wraps: Bool

    /// Creates a column; by default left-aligned, as wide as its widest cell, and wrappable.
    public init(
      _ header: String, alignment: TextAlignment = .left, minimumWidth: Int? = nil,
      maximumWidth: Int? = nil, wraps: Bool = true
    ) {
      self.header = header
      self.alignment = alignment
      self.minimumWidth = minimumWidth
      self.maximumWidth = maximumWidth
      self.wraps = wraps
    }

    /// Two columns is the narrowest width a wrapped cell can have without a Chinese character
    /// sticking out of it.
    var shrinkFloor: Int { max(minimumWidth ?? 0, 2) }

    /// Lays out one cell (or the header) as lines of exactly `width` columns before trimming.
    func lines(of text: String, width: Int) -> [String] {
      if wraps {
        return DisplayWidth.wrap(text, width: width)
      }
      return TextTable.lines(text).map { DisplayWidth.truncate(String($0), to: width) }
    }
  }
}
