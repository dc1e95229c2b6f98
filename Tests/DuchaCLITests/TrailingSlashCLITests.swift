import Foundation
import Testing

/// A folder typed with the `/` a shell's completion adds (`ducha summary 第三组/`) used to give
/// messages naming `第三组//半截.json`. The folder is the same; the paths now read as typed once.
@Suite struct TrailingSlashCLITests {
  @Test func aFolderCompletedByTheShellNamesItsFilesWithOneSlash() throws {
    let directory = try CLI.temporaryDirectory("slash")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    try Data(#"{"formatVersion": 3, "id": "12"#.utf8).write(
      to: folder.appendingPathComponent("半截.json"))
    let run = try runDucha(
      ["summary", "第三组/", "--checklists", CLI.checklists, "--allow-partial"], in: directory,
      workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("✗ 第三组/半截.json:1:"), "\(run.errors)")
    #expect(!run.errors.contains("//"), "\(run.errors)")
    #expect(run.output.contains("韦集小学"))
  }

  /// The leader's files in the folder: `problems build 第三组/` said it wrote
  /// `第三组//_问题清单.json`.
  @Test func theLeadersFilesAreNamedWithOneSlash() throws {
    let directory = try CLI.temporaryDirectory("slash-leader")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try CLI.walkTwoUnits(in: directory)
    let build = try runDucha(
      ["problems", "build", "第三组/", "--checklists", CLI.checklists], in: directory,
      workingDirectory: directory)
    #expect(build.status == 0, "\(build.errors)")
    let said = build.output + build.errors
    #expect(said.contains("第三组/_问题清单.json"), "\(said)")
    #expect(!said.contains("//"), "\(said)")
  }
}
