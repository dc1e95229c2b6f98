import Foundation
import Testing

/// A clerk deletes case 1's row in an SQLite browser (a ledger from before the guard, foreign
/// keys off), then imports the list again: `cases list` showed the child as case 4 from 疑似 and
/// case 1's check nowhere, `cases show 1` said there was no such case. Every `ducha cases`
/// command now says what happened and how to repair it, and `show 1` lists what is left. The
/// `sqlite3` program stands for the DB browser; skipped where it is not installed.
struct CasesDeletedRowCLITests {
  static let sqlite3 = ["/usr/bin/sqlite3", "/bin/sqlite3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test func aRowDeletedByHandIsSaidOnEveryCommandWithItsHistoryAndTheFix() throws {
    guard let sqlite3 = Self.sqlite3 else { return }
    let (folder, ledger) = try CasesReadOnlyLedgerCLITests.importedLedger("deleted-row", runAs: "")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = ledger
    let checked = try runDucha(
      [
        "cases", "update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉", "--ledger",
        path,
      ],
      in: folder, workingDirectory: folder)
    #expect(checked.status == 0, "\(checked.errors)")

    // The guard itself: the browser's DELETE is refused and nothing changes.
    let refused = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "'\(sqlite3)' '\(path)' 'DELETE FROM cases WHERE id = 1'")
    #expect(refused.status != 0)
    #expect(refused.errors.contains("cases are never deleted: close a case with ducha cases close"))
    // A ledger from before the guard: the same delete goes through.
    let deleted = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "'\(sqlite3)' '\(path)' 'DROP TRIGGER cases_no_delete; DELETE FROM cases WHERE id = 1'"
    )
    #expect(deleted.status == 0, "\(deleted.errors)")
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉", "--ledger", path], in: folder,
      workingDirectory: folder)
    #expect(imported.output.hasPrefix("名单.csv：读入 3 人，新建案例 1 个"), "\(imported.output)")

    let listed = try runDucha(
      ["cases", "list", "--ledger", path], in: folder, workingDirectory: folder)
    #expect(listed.status == 0)
    #expect(listed.output.contains("   4  张**  990101***********1  渔沟镇  渔沟小学  疑似"))
    let said = try #require(listed.errors.split(separator: "\n").first.map(String.init))
    #expect(
      said.hasPrefix(
        "台账 \(path) 里案例 1 的那一行被删掉了（台账自己从不删案例，多半是在 SQLite 浏览器等别的程序里删的），它的 2 条历史还在，最后一条是 "))
    #expect(
      said.hasSuffix(
        " 李辉 记的“核查”（疑似 → 确认辍学）。之后重新导入时，名单上的同一行（名单.csv:3）又建成了案例 4，从“疑似”重新开始，案例 1 记过的不在它上面。"
          + "改法：从删行之前的备份恢复 \(path)（备份里有案例 1 的行）；没有备份时，ducha cases show 1 列出它的历史，"
          + "按历史在案例 4 上用 ducha cases update / close 补记（--reason 写明“案例 1 的行被误删，按原历史补记”）。"),
      "\(said)")

    let shown = try runDucha(
      ["cases", "show", "1", "--ledger", path], in: folder, workingDirectory: folder)
    #expect(shown.status == 1)
    let lines = shown.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(shown.output)")
    #expect(lines.first == "案例 1：这一行已被删掉，只剩历史（见上面的说明）")
    #expect(lines.dropFirst().first == "  历史：")
    #expect(lines.last?.hasSuffix(" 李辉 核查（疑似 → 确认辍学） 理由：入户核实") == true, "\(lines)")
    #expect(shown.errors.hasPrefix("台账 \(path) 里案例 1 的那一行被删掉了"))
  }

  /// A township given the ledger read-only (0444, as from a USB stick) meets a status typed by
  /// hand: it was told to change statuses with ducha cases update / close, which is refused
  /// there. It is now told whom to ask.
  @Test func aDamagedRowInAReadOnlyCopySaysWhomToAsk() throws {
    guard let sqlite3 = Self.sqlite3, let runAs = CasesReadOnlyLedgerCLITests.runAs else { return }
    let (folder, ledger) = try CasesReadOnlyLedgerCLITests.importedLedger(
      "damaged-copy", runAs: runAs)
    defer { try? FileManager.default.removeItem(at: folder) }
    let edited = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "'\(sqlite3)' '\(ledger)' \"UPDATE cases SET status = '辍学' WHERE id = 2\"")
    #expect(edited.status == 0, "\(edited.errors)")
    _ = chmod(ledger, 0o444)
    _ = chmod((ledger as NSString).deletingLastPathComponent, 0o755)
    let listed = try CasesReadOnlyLedgerCLITests.run(
      "cases list --ledger '\(ledger)'", as: runAs, in: folder)
    #expect(listed.status == 1)
    #expect(
      listed.errors.contains(
        "这份台账在这台电脑上只读，在这里改不了：请告诉管理台账的人（发来这份台账的县控辍办），请他们把它改回原来的值（或从备份恢复），再发一份新的。"),
      "\(listed.errors)")
    #expect(!listed.errors.contains("ducha cases update"))
  }
}
