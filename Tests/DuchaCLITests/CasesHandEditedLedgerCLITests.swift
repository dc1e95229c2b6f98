import Foundation
import Testing

/// A clerk types a status by hand in an SQLite browser (`辍学` for 确认辍学): `cases list`
/// printed ArgumentParser's dump of the error, `Error: damagedRow(ledger: …, reason:
/// DuchaChecklist.Localized(zh: …, en: …))`. It now prints the ledger's own message (which
/// case, which column, how to mend it), exit 1.
struct CasesHandEditedLedgerCLITests {
  @Test func aStatusTypedByHandIsSaidInWords() throws {
    let (folder, ledger) = try CasesCLITests.folder("hand-edited")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"] + ledger, in: folder, workingDirectory: folder)
    let edit = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell:
        "python3 -c \"import sqlite3; c = sqlite3.connect('\(ledger[1])'); c.execute(\\\"UPDATE cases SET status = '辍学' WHERE id = 2\\\"); c.commit()\""
    )
    #expect(edit.status == 0, "\(edit.errors)")
    let listed = try runDucha(
      ["cases", "list"] + ledger, in: folder, workingDirectory: folder)
    #expect(listed.status == 1)
    #expect(listed.output == "")
    #expect(
      listed.errors == """
        台账 \(ledger[1]) 里案例 2 的 status 列被别的程序改过：“辍学”不是台账的状态（状态只有：疑似、已在外地就读、已入学、延缓入学/休学、迁出/死亡、已完成义务教育、确认辍学、劝返中、限期复学、逾期、报乡镇、已复学销号）。请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。

        """)
  }
}
