import DuchaTestSupport
import Foundation
import Testing

/// An inspector on hotel Wi-Fi types a wrong address, or the county's firewall drops the
/// port: `ducha sync` printed nothing for about 24 seconds (a minute and more for a dropped
/// port) and looked hung. It now says within a second what it is trying, gives up within
/// 15 seconds and says what to check.
@Suite struct SyncSilentServerCLITests {
  @Test func aSyncToASilentPortSaysItIsConnectingAndGivesUpIn15SecondsSayingWhatToCheck() throws {
    let directory = try CLI.temporaryDirectory("sync-silent")
    defer { try? FileManager.default.removeItem(at: directory) }
    let silent = try SilentPort()
    let address = "http://127.0.0.1:\(silent.port)"
    // The run's own time limit is the only bound on time, and a generous one: 15 s of trying
    // on a quiet machine, more on a loaded one. (It was about four minutes against a port that
    // drops packets: 8 tries of 30 s each.)
    let result = try runDucha(
      ["sync", "--server", address, "--token", "dch_x"], in: directory, timeout: 120,
      workingDirectory: directory)
    #expect(result.status == 1)
    #expect(result.output == "")
    let lines = result.errors.split(separator: "\n").map(String.init)
    // Said a second into the first try, which takes 8 s.
    #expect(lines.first == "正在连接 \(address) …（连不上时最多等 15 秒）")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("还没连上（") }, "\(lines)")
    let last = try #require(lines.last)
    #expect(last.hasPrefix("连不上服务器 \(address)（"), "\(last)")
    #expect(
      last.hasSuffix(
        "请检查：地址和端口是否与县里管理员给的一样；本机是否联网（打开一个网页试试，宾馆、学校的 Wi-Fi 常要先在浏览器里登录）；"
          + "服务器是否开着（问县里的管理员）。记录都在本机，没有丢失；联网后再运行 ducha sync。"))
  }
}
