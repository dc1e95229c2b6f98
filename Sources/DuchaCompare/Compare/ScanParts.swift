import DuchaChecklist
import Foundation

/// What one task of the scan reads: a byte range of a CSV file's data rows, or a workbook.
enum ScanPart: Sendable {
  /// A workbook's rows (read whole: a sheet holds at most 1,048,576 rows).
  case workbook
  /// The records from `from` up to the first one starting at or after `to`.
  case range(from: StreamPosition, to: Int)
}

/// The tasks of a comparison's scan: each CSV file cut into ranges of about 16 MB at line
/// breaks, so both cores read both sides whatever their sizes, then the parts joined back in
/// file order. A cut that fell inside a quoted cell spanning lines is found when the range
/// before it does not end exactly at the cut; that range's successor is read again from
/// where it did end. Lines in a later range are counted from 1 and moved down when joined.
struct ScanPlan {
  /// One task: which side, which file, which part.
  struct Task: Sendable {
    var side: Int
    var file: Int
    var part: ScanPart
  }

  var tasks: [Task] = []

  /// The tasks for `sources` (by side), prepared, about `partBytes` bytes each.
  init(_ sources: [[CompareSource]], partBytes: Int) {
    for (side, files) in sources.enumerated() {
      for (file, source) in files.enumerated() {
        if source.isWorkbook {
          tasks.append(Task(side: side, file: file, part: .workbook))
          continue
        }
        guard let body = source.body else { continue }
        let parts = min(4096, max(1, (source.size - body.offset) / max(1, partBytes)))
        let cuts = source.cuts(parts: parts)
        var start = body
        for cut in cuts {
          tasks.append(Task(side: side, file: file, part: .range(from: start, to: cut)))
          start = StreamPosition(offset: cut, line: 1)
        }
        tasks.append(Task(side: side, file: file, part: .range(from: start, to: .max)))
      }
    }
  }
}

extension Diagnostic {
  /// The diagnostic `lines` lines further down (a range read before its first line was known).
  func movedDown(_ lines: Int) -> Diagnostic {
    guard lines != 0 else { return self }
    var moved = self
    moved.location.line += lines
    return moved
  }
}

extension CompareSource {
  /// Reads one part into `visit`: a workbook whole, or a CSV range. Returns the problems found
  /// and, for a range, where the reading stopped (a workbook has no stop).
  func scan(
    _ part: ScanPart, _ visit: (RowView) -> Void
  ) -> (diagnostics: [Diagnostic], stop: StreamPosition?) {
    switch part {
    case .workbook:
      var found: [Diagnostic] = []
      scanWorkbook(visit, diagnostics: &found)
      return (found, nil)
    case .range(let from, let end):
      let (found, stop) = scanBody(from: from, to: end, visit)
      return (found, stop)
    }
  }
}
