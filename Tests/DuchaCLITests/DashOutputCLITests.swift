import Foundation
import Testing

/// `-o -` is how many tools say "standard output". ducha wrote a file named `-` into the folder
/// instead, with `--reveal` one holding children's names. It now prints, as without `-o`.
@Suite struct DashOutputCLITests {
  @Test func aDashAsTheOutputPrintsAndWritesNoFile() throws {
    let directory = try CLI.temporaryDirectory("dash-output")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try CLI.walkTwoUnits(in: directory)
    let printed = try runDucha(
      ["summary", "第三组", "--checklists", CLI.checklists], in: directory,
      workingDirectory: directory)
    for command in [["summary", "第三组"], ["report", "第三组"], ["sheet", "第三组"]] {
      let dash = try runDucha(
        command + ["-o", "-", "--checklists", CLI.checklists], in: directory,
        workingDirectory: directory)
      #expect(dash.status == 0, "\(command): \(dash.errors)")
      #expect(!dash.output.isEmpty, "\(command)")
      #expect(!dash.errors.contains("已写入"), "\(command): \(dash.errors)")
      #expect(
        !FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path),
        "\(command)")
    }
    let dash = try runDucha(
      ["summary", "第三组", "-o", "-", "--checklists", CLI.checklists], in: directory,
      workingDirectory: directory)
    #expect(dash.output == printed.output)
  }
}
