/// A merged range of a sheet, by its corners (1-based rows and columns).
struct MergedRange: Equatable {
  var top: Int
  var left: Int
  var bottom: Int
  var right: Int

  /// The last row a value is copied into: a merge over a hundred thousand rows is damage, not
  /// a 年级 merged down its class.
  var lastFilledRow: Int {
    let (bound, overflow) = top.addingReportingOverflow(100_000)
    return overflow ? bottom : min(bottom, bound)
  }
}

/// The first pass over a sheet: its merged ranges, listed in `<mergeCells>` after all the rows,
/// so they must be known before the rows are read again. Reading the whole part here also
/// finds any syntax error before a row is handed on.
final class MergeCollector: XMLContentHandler {
  private(set) var merges: [MergedRange] = []
  let wantsText = false

  func wantsElement(_ name: String) -> Bool { localName(name) == "mergeCell" }

  func startElement(_ elementName: String, attributes: [String: String]) {
    guard localName(elementName) == "mergeCell", let ref = attributes["ref"],
      let range = SheetParser.range(ref)
    else { return }
    merges.append(
      MergedRange(top: range.top, left: range.left, bottom: range.bottom, right: range.right))
  }
}

/// Copies each merged range's top-left value into the other cells it covers, row by row as
/// the rows are read (in ascending order, as the format requires): the value of a range is
/// taken when its top row passes and kept until its last row has. The ranges apply to each row
/// in the order they are listed, so a row gets what it got when the whole table was filled at
/// the end: a range whose top cell another range filled copies that value.
struct MergeFill {
  private let merges: [MergedRange]
  /// Indices into `merges` by top row.
  private let byTop: [Int]
  private var nextByTop = 0
  /// The ranges that may cover the rows to come, in listed order.
  private var active: [Int] = []
  /// The value of each active range whose top row had one.
  private var values: [Int: String] = [:]

  init(_ merges: [MergedRange]) {
    // A range written backwards (`B3:A1`) is damaged, not a reason to trap.
    let kept = merges.filter { $0.bottom >= $0.top && $0.right >= $0.left }
    self.merges = kept
    byTop = kept.indices.sorted { (kept[$0].top, $0) < (kept[$1].top, $1) }
  }

  /// Fills `row` from the ranges covering it.
  mutating func fill(_ row: inout TableRow) {
    guard !merges.isEmpty else { return }
    let number = row.line
    var added = false
    while nextByTop < byTop.count, merges[byTop[nextByTop]].top <= number {
      active.append(byTop[nextByTop])
      nextByTop += 1
      added = true
    }
    if added { active.sort() }
    active.removeAll { index in
      guard merges[index].lastFilledRow < number else { return false }
      values[index] = nil
      return true
    }
    for index in active {
      let merge = merges[index]
      if number == merge.top, merge.left <= row.cells.count {
        let value = row.cells[merge.left - 1]
        if !value.isEmpty { values[index] = value }
      }
      guard let value = values[index] else { continue }
      if row.cells.count < merge.right {
        row.cells += Array(repeating: "", count: merge.right - row.cells.count)
        row.columns = Array(1...merge.right)
      }
      for column in merge.left...merge.right where row.cells[column - 1].isEmpty {
        row.cells[column - 1] = value
      }
    }
  }
}
