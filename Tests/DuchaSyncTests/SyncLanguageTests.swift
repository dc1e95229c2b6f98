import DuchaChecklist
import DuchaSession
import DuchaSync
import Foundation
import Testing

/// `ducha sync --lang en` printed its problems in Chinese only (audit L9): the errors of the
/// server conversation, the lines said while connecting, and each file a sync could not push
/// or write now carry both languages, and the command prints the one asked for.
@Suite struct SyncLanguageTests {
  @Test func aServerNeverReachedIsSaidInEitherLanguageWithWhatToCheck() {
    let error = SyncError.notReached(
      server: "https://ducha.example.gov.cn", attempts: 2, seconds: 15,
      detail: "Connection timed out after 6750 milliseconds")
    #expect(
      error.message.text(.chinese)
        == "连不上服务器 https://ducha.example.gov.cn（15 秒内试了 2 次：Connection timed out after 6750 milliseconds）。"
        + "请检查：地址和端口是否与县里管理员给的一样；本机是否联网（打开一个网页试试，宾馆、学校的 Wi-Fi 常要先在浏览器里登录）；"
        + "服务器是否开着（问县里的管理员）。记录都在本机，没有丢失；联网后再运行 ducha sync。")
    #expect(error.description == error.message.zh)
    #expect(
      error.message.text(.english)
        == "cannot reach the server https://ducha.example.gov.cn (tried 2 times in 15 s: Connection"
        + " timed out after 6750 milliseconds). Check that the address and port are the ones the"
        + " county's administrator gave; that this computer is online (open a web page: hotel and"
        + " school Wi-Fi often wants signing in in the browser first); that the server is on (ask"
        + " the county's administrator). The records are all on this computer, nothing is lost;"
        + " run ducha sync again once online.")
    let cut = SyncError.interrupted(pushed: 1, cause: .notCountyServer(status: 404))
    #expect(
      cut.message.text(.english)
        == "the sync stopped: 1 version(s) uploaded (stored on the server), the rest not yet."
        + " the answer is not the ducha county server's (HTTP 404). Check that the address and"
        + " port are the county server's.")
  }

  @Test func whatIsSaidWhileConnectingFollowsTheLanguage() {
    let connecting = SyncProgress.connecting(
      server: "https://ducha.example.gov.cn", limit: .seconds(15))
    #expect(connecting.message.zh == "正在连接 https://ducha.example.gov.cn …（连不上时最多等 15 秒）")
    #expect(
      connecting.message.en
        == "connecting to https://ducha.example.gov.cn … (given up after 15 s without an answer)")
    let retrying = SyncProgress.retrying(
      problem: "Couldn't connect to server", pause: .seconds(2), reached: true)
    #expect(retrying.message.zh == "与服务器的连接断了（Couldn't connect to server），2 秒后再试…")
    #expect(
      retrying.message.en
        == "the connection to the server dropped (Couldn't connect to server), trying again in 2 s…"
    )
  }

  @Test func aFileTheServerRefusedIsSaidInEitherLanguage() async throws {
    let directory = try SharedCopyTests.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let session = try SharedCopyTests.session(id: "c0ffee01", inspector: "李辉")
    let path = SessionStore(directory: directory).path(for: session)
    try SessionStore.encode(session).write(to: URL(fileURLWithPath: path))
    let server = try LoopbackServer(answers: [
      (200, #"{"versions":[]}"#), (403, #"{"error":"只能上传本组的记录"}"#),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    try await FolderSync(directory: directory, client: client).push(into: &report)
    let name = (path as NSString).lastPathComponent
    #expect(
      report.messages == [
        Localized(
          "\(name)：服务器拒绝（403）：只能上传本组的记录", en: "\(name): the server refused (403): 只能上传本组的记录")
      ])
    #expect(report.problems == ["\(name)：服务器拒绝（403）：只能上传本组的记录"])
  }
}
