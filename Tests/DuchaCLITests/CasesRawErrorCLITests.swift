import Foundation
import Testing

/// `ducha cases import` printed Swift's dump of an error instead of its message: a session file
/// cut short in WeChat gave `读不了这个检查记录文件：unreadable(path: "渔沟小学.json", detail:
/// DuchaSession.SessionStore.Unreadable(text: DuchaChecklist.Localized(zh: …` at line 1, and
/// `--ledger 名单.csv/台账/ledger.sqlite` gave `Error Domain=NSCocoaErrorDomain Code=512 "(null)"
/// UserInfo={…}`. Each now says where, what and the fix in words.
struct CasesRawErrorCLITests {
  @Test func aSessionCutShortIsSaidAtItsLineWithTheFix() throws {
    let folder = try CLI.temporaryDirectory("cases-raw-session")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{\n  \"formatVersion\": 1,\n  \"unit\": {\"name\": \"渔沟小学\",\n".utf8).write(
      to: folder.appendingPathComponent("渔沟小学.json"))
    try Data("{\"formatVersion\": 99}\n".utf8).write(to: folder.appendingPathComponent("新版.json"))
    let run = try runDucha(
      ["cases", "import", "渔沟小学.json", "新版.json", "--by", "李辉"], in: folder,
      workingDirectory: folder)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(
      run.errors == """
        渔沟小学.json:4:1: 错误[C105]: 读不了这个检查记录文件：文件不完整，在第 4 行就结束了，可能只收到了一部分。
          改法：向发送者要一份完整的检查记录；要导入的是名单的话，给出 ducha compare 输出的 .csv 或 .xlsx。
        新版.json:1:1: 错误[C105]: 读不了这个检查记录文件。
          改法：新版.json：记录格式第 99 版，比本程序支持的第 3 版新。请升级 ducha 后再打开；文件没有改动。
        渔沟小学.json：读入 0 人，没有可以导入的孩子
        新版.json：读入 0 人，没有可以导入的孩子
        没有导入任何孩子，所以没有建立台账 Ledger/ledger.sqlite。按上面每一条的改法改好名单后再导入。

        """)
  }

  @Test func aLedgerPathThroughAFileIsSaidInWords() throws {
    let folder = try CLI.temporaryDirectory("cases-raw-ledger-path")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      "身份证件号,姓名,性别,出生日期,乡镇,责任学校\n990101201301010011,张小明,男,2013-01-01,渔沟镇,渔沟小学\n"
        .utf8
    ).write(to: folder.appendingPathComponent("名单.csv"))
    let run = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉", "--ledger", "名单.csv/台账/ledger.sqlite"],
      in: folder, workingDirectory: folder)
    #expect(run.status == 1)
    #expect(
      run.errors == """
        无法打开台账 名单.csv/台账/ledger.sqlite：路径里有一段是文件，不是文件夹。检查路径和权限，或用 --ledger 指定另一个文件。

        """)
  }
}
