import Foundation
import Testing

/// `ducha cases list|register|assign|update|close --lang en` answered the ledger's own messages
/// in Chinese: a ledger missing, a row changed by hand, an unknown status, a school that no
/// case has. Each is now in the language asked for, and still Chinese without `--lang`.
struct CasesEnglishMessagesCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  /// Run in the wrong folder (no `Ledger/` here).
  @Test func noLedgerHereIsSaidInTheLanguageAsked() throws {
    let folder = try CLI.temporaryDirectory("cases-english-no-ledger")
    defer { try? FileManager.default.removeItem(at: folder) }
    let check = ["update", "1", "--result", "确认辍学", "--reason", "入户走访", "--by", "李辉"]
    let english = try run(check + ["--lang", "en"], in: folder)
    #expect(english.status == 1)
    #expect(
      english.errors == """
        there is no ledger file Ledger/ledger.sqlite; no case was read. Run this in the folder \
        that holds the ledger (the one with Ledger/), or pass --ledger FILE; to start a ledger, \
        run ducha cases import LIST --by NAME.

        """)
    let chinese = try run(check, in: folder)
    #expect(
      chinese.errors == """
        这里没有台账文件 Ledger/ledger.sqlite，没有读到任何案例。改法：到放台账的文件夹（里面有 Ledger/ 的那个）里运行，\
        或用 --ledger 指定台账文件；还没有台账时先用 ducha cases import 名单.csv --by 姓名 建台账。

        """)
    let listed = try run(["list", "--lang", "en"], in: folder)
    #expect(listed.errors == english.errors)
  }

  /// A status typed by hand in an SQLite browser, met by `cases list` (thrown out of the
  /// listing and printed by `main`).
  @Test func aRowChangedByHandIsSaidInEnglish() throws {
    let folder = try CLI.temporaryDirectory("cases-english-hand-edited")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    _ = try run(["import", "名单.csv", "--by", "李辉"], in: folder)
    let edited = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "sqlite3 Ledger/ledger.sqlite \"UPDATE cases SET status = '已复学' WHERE id = 2\"")
    #expect(edited.status == 0, "\(edited.errors)")
    let listed = try run(["list", "--lang", "en"], in: folder)
    #expect(listed.status == 1)
    #expect(
      listed.errors == """
        case 2 in the ledger Ledger/ledger.sqlite was changed by another program in its column \
        status: “已复学” is not a ledger status (the statuses are: 疑似、已在外地就读、已入学、\
        延缓入学/休学、迁出/死亡、已完成义务教育、确认辍学、劝返中、限期复学、逾期、报乡镇、已复学销号). Put the old \
        value back (or restore a backup); change a status only with ducha cases update / close.

        """)
    #expect(
      try run(["list"], in: folder).errors.hasPrefix(
        "台账 Ledger/ledger.sqlite 里案例 2 的 status 列被别的程序改过"))
  }

  /// A status the ledger does not know, and a school no case has.
  @Test func refusalsAndHintsAreInEnglish() throws {
    let folder = try CLI.temporaryDirectory("cases-english-hints")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    _ = try run(["import", "名单.csv", "--by", "李辉"], in: folder)
    let status = try run(["list", "--status", "休学中", "--lang", "en"], in: folder)
    #expect(status.status == 64)
    #expect(
      status.errors == """
        unknown status “休学中”. Use one of: suspected, studying-elsewhere, enrolled, deferred, \
        moved-or-deceased, completed, dropout, persuading, notice-issued, overdue, reported, returned; or \
        dropouts (every dropout not yet back: dropout, persuading, notice-issued, overdue, reported).
        Usage: ducha cases list <options>
          See 'ducha cases list --help' for more information.

        """)
    let assigned = try run(
      ["assign", "1", "--school", "渔沟中学", "--by", "李辉", "--lang", "en"], in: folder)
    #expect(assigned.status == 0, "\(assigned.errors)")
    #expect(assigned.output == "case 1 (张**): suspected\n")
    #expect(
      assigned.errors == """
        note: no case in the ledger has the school '渔沟中学'. Did you mean 渔沟小学? Its schools: \
        大庙小学, 渔沟小学. If that was a slip, run ducha cases assign 1 --school RIGHT-NAME --by NAME.

        """)
    let none = try run(
      ["assign", "--where-school", "渔沟中心校", "--person", "王老师", "--by", "李辉", "--lang", "en"],
      in: folder)
    #expect(none.status == 1)
    #expect(none.errors.hasPrefix("no case matches; nothing was assigned.\n"))
  }
}
