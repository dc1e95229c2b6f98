import Foundation
import ZIPFoundation

/// An Office Open XML package (.xlsx, .docx): named XML parts zipped together. The zip
/// format itself is ZIPFoundation's job; this only lists the parts in a fixed order with a
/// fixed date, so the same document always gives the same bytes.
struct OfficePackage {
  /// The parts, in the order they are written: path inside the package, and content.
  private(set) var parts: [(path: String, content: String)] = []

  /// Adds an XML part; `[Content_Types].xml` must be the first one added.
  mutating func add(_ path: String, _ content: String) {
    parts.append((path, content))
  }

  /// The zipped package.
  func data() throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    // 2000-01-01 00:00 UTC: any fixed date inside the zip format's range.
    let date = Date(timeIntervalSince1970: 946_684_800)
    for part in parts {
      let bytes = Data(part.content.utf8)
      try archive.addEntry(
        with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
        modificationDate: date, compressionMethod: .deflate
      ) { position, size in
        let start = Int(position)
        return bytes.subdata(in: start..<min(start + size, bytes.count))
      }
    }
    guard let data = archive.data else { throw OfficePackageError.notWritten }
    return data
  }
}

/// The in-memory archive gave no bytes back (ZIPFoundation could not create it).
public enum OfficePackageError: Error, CustomStringConvertible {
  /// No data.
  case notWritten

  /// A message for the user.
  public var description: String { "无法生成文件（压缩包为空）/ the document could not be packed" }
}
