import DuchaChecklist
import Foundation

/// One cell of a worksheet: text, a number (stored as a number, so sums work in Excel and WPS),
/// or nothing.
public enum SpreadsheetCell: Sendable, Equatable {
  /// Text, shown as written.
  case text(String)
  /// A number, written in plain decimal notation (`8.5`).
  case number(Decimal)
  /// An empty cell.
  case empty

  /// A score state as a cell: the number when scored, else its label (待定, 不适用, 待全体).
  static func score(_ state: ScoreState) -> SpreadsheetCell {
    state.score.map(SpreadsheetCell.number) ?? .text(state.label(.chinese))
  }

  /// An optional number: the number, or an empty cell.
  static func number(_ value: Decimal?) -> SpreadsheetCell {
    value.map(SpreadsheetCell.number) ?? .empty
  }

  /// The cell as CSV shows it.
  public var plainText: String {
    switch self {
    case .text(let text): text
    case .number(let value): ScoreFormat.string(value)
    case .empty: ""
    }
  }
}

/// How a row looks.
public enum SpreadsheetRowStyle: Sendable, Equatable {
  /// Ordinary data.
  case body
  /// A header row: bold on grey, frozen when it is at the top.
  case header
  /// A subtotal or total row: bold.
  case total
}
