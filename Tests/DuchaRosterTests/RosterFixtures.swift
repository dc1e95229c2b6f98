import DuchaChecklist
import Foundation

@testable import DuchaRoster

/// The committed fixtures (synthetic people, made by hand with independently computed check
/// characters) and helpers to read them.
enum RosterFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The day the fixtures were checked against, so "not in the future" does not drift.
  static let today = CivilDate(year: 2026, month: 12, day: 2)!

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Reads a fixture under the short name `name`, so places read `registry-a.csv:5`.
  static func read(_ name: String, options: RosterReadOptions = RosterReadOptions()) throws
    -> RosterFile
  {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return RosterReader.read(Array(data), file: name, options: options)
  }

  /// Reads CSV text given as bytes under the name `name`.
  static func read(bytes: [UInt8], name: String = "名单.csv", encoding: RosterEncoding = .automatic)
    -> RosterFile
  {
    RosterReader.read(bytes, file: name, options: RosterReadOptions(encoding: encoding))
  }

  /// The formatted diagnostics, as the command line prints them.
  static func messages(_ file: RosterFile) -> [String] {
    file.diagnostics.map { $0.formatted(.chinese) }
  }
}
