import Foundation
import Testing

/// `ducha cases import` of lists with no child to import printed each file's “读入 0 人” on
/// standard output, as if something had been imported, and what became of the ledger on
/// standard error, then exited by hand. The whole refusal is now thrown to `Ducha.main`: each
/// file's count, then the ledger's state, on standard error in the command's language, status 1.
struct CasesImportRefusalCLITests {
  @Test func listsWithNoChildAreOneRefusalOnStandardErrorInEnglish() throws {
    let work = try CLI.temporaryDirectory("cases-import-refusal")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("姓名,身份证件号\n".utf8).write(to: work.appendingPathComponent("空.csv"))
    try Data("姓名,身份证件号\n".utf8).write(to: work.appendingPathComponent("也空.csv"))
    let refused = try runDucha(
      ["cases", "import", "空.csv", "也空.csv", "--by", "李辉", "--lang", "en"], in: work,
      workingDirectory: work)
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors == """
        空.csv: 0 read, no child to import
        也空.csv: 0 read, no child to import
        no child was imported, so no ledger Ledger/ledger.sqlite was started.

        """)
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Ledger").path))
  }
}
