import Foundation

/// What a file ducha writes holds, which decides who may read it. Students are minors: a file
/// that is about particular children is the user's alone (mode 0600, whatever the umask);
/// a document about schools that names no child can be passed around (the umask's mode).
public enum OutputContent: Sendable, Equatable {
  /// A row or a page per child: `cases list`, the ledger's registers and notices, `compare`'s
  /// lists, `roster check`'s findings. Personal even masked: `张**`, a birth year, a village
  /// and a school, or `341323***********2`, still point at one child of a county.
  case children
  /// A document about schools (summary, report, sheet, 整改通知书, problem list): children
  /// appear only as counts and masked names, unless `revealed` (`--reveal` writes names and
  /// full numbers), which makes it personal.
  case schools(revealed: Bool)

  /// Whether the file is written 0600.
  public var isPersonal: Bool {
    switch self {
    case .children: true
    case .schools(let revealed): revealed
    }
  }
}

/// The one way ducha writes an output file (`-o`): whole or not at all (a temporary file beside
/// it, then a rename), and 0600 when `OutputContent` says it is personal — also when it
/// replaces an older 0644 file (a copy from a USB stick) or goes into a 0755 folder.
public enum OutputFile {
  /// Writes `data` to `path` for `content`.
  public static func write(_ data: Data, to path: String, holding content: OutputContent) throws {
    if content.isPersonal {
      try AtomicFile.write(data, to: path)
    } else {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
  }
}
