import DuchaTestSupport
import Foundation
import Testing

@testable import DuchaSync

/// An inspector on hotel Wi-Fi runs `ducha sync` with a wrong address or a blackholed port:
/// it used to print nothing for half a minute and more (eight tries, each allowed 30 s to
/// connect) and looked hung. Now the client says it is connecting once the first request has
/// gone a second unanswered, gives up a server that never answered within the first-contact
/// limit, and says what to check; a server that answered once is retried patiently.
///
/// The limits are kept by a clock of the test's own (`StandInAddress`): what the client tries
/// and says is exact, and the same on a loaded test machine as on a quiet one. Two tests at the
/// end talk to real loopback ports through libcurl, and assert what happened, not how long.
@Suite struct FirstContactTests {
  static let address = "https://ducha.example.gov.cn"
  static let advice =
    "请检查：地址和端口是否与县里管理员给的一样；本机是否联网（打开一个网页试试，宾馆、学校的 Wi-Fi 常要先在浏览器里登录）；"
    + "服务器是否开着（问县里的管理员）。记录都在本机，没有丢失；联网后再运行 ducha sync。"

  static func client(_ address: StandInAddress, _ said: Said) throws -> SyncClient {
    var client = try SyncClient(address: Self.address, token: "dch_x")
    client.progress = { said.add($0) }
    return address.serve(client)
  }

  @Test func aSilentAddressIsTriedFor8SecondsThenTheRestOf15AndGivenUpSayingWhatToCheck()
    async throws
  {
    let silent = StandInAddress.silent()
    let said = Said()
    let client = try Self.client(silent, said)
    await #expect(
      throws: SyncError.notReached(
        server: Self.address, attempts: 2, seconds: 15,
        detail: "Connection timed out after 6750 milliseconds")
    ) {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    }
    // 8 s for the first try, a pause of 0.25 s, then what is left of the 15 s.
    #expect(silent.connectLimits == [8000, 6750])
    #expect(silent.clock.now == .seconds(15))
    #expect(
      said.text == [
        "正在连接 https://ducha.example.gov.cn …（连不上时最多等 15 秒）",
        "还没连上（Connection timed out after 8000 milliseconds），马上再试…",
      ])
    #expect(
      SyncError.notReached(
        server: Self.address, attempts: 2, seconds: 15,
        detail: "Connection timed out after 6750 milliseconds"
      ).description
        == "连不上服务器 https://ducha.example.gov.cn（15 秒内试了 2 次：Connection timed out after 6750 milliseconds）。"
        + Self.advice)
  }

  @Test func aServerThatIsOffIsRetriedUntilTheNextPauseWouldPass15Seconds() async throws {
    // Refused at once (the county's machine is on, the server program is not): each try is
    // over in no time, and the pauses 0.25 + 0.5 + 1 + 2 + 4 s bring it to 7.75 s; the next
    // pause of 8 s would pass 15 s, so the sixth try is the last.
    let refused =
      "Failed to connect to ducha.example.gov.cn port 443 after 0 ms: Couldn't connect to server"
    let off = StandInAddress { _, _ in (.failure(refused), .zero) }
    let said = Said()
    let client = try Self.client(off, said)
    await #expect(
      throws: SyncError.notReached(server: Self.address, attempts: 6, seconds: 8, detail: refused)
    ) {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    }
    #expect(off.connectLimits == [8000, 8000, 8000, 8000, 8000, 7250])
    #expect(
      said.text == [
        "正在连接 https://ducha.example.gov.cn …（连不上时最多等 15 秒）",
        "还没连上（\(refused)），马上再试…",
        "还没连上（\(refused)），马上再试…",
        "还没连上（\(refused)），1 秒后再试…",
        "还没连上（\(refused)），2 秒后再试…",
        "还没连上（\(refused)），4 秒后再试…",
      ])
  }

  @Test func aServerThatAnswersAtOnceIsNotAnnounced() async throws {
    // The usual case, a county server on the other end of a good line: nothing but the
    // command's own output, on every --server command.
    let quick = StandInAddress { _, _ in
      (.answer(status: 200, body: Data(#"{"name":"李辉"}"#.utf8)), .milliseconds(200))
    }
    let said = Said()
    let client = try Self.client(quick, said)
    for _ in 1...2 {
      let answer = try await client.send("GET", "/v1/whoami", query: [], body: nil)
      #expect(String(decoding: answer, as: UTF8.self) == #"{"name":"李辉"}"#)
    }
    #expect(said.all == [])
  }

  @Test func aFirstAnswerThatTakesLongerThanASecondIsAnnouncedWhileItIsAwaited() async throws {
    // A slow line (a 4G phone in a school corridor): the request is still out when the line is
    // said, not after the answer, and it is said once.
    let clock = TestClock()
    let said = Said()
    var client = try SyncClient(address: Self.address, token: "dch_x")
    client.progress = { said.add($0) }
    client.timer = clock.timer
    client.transport = { _, _, _, _, _ in
      clock.advance(.milliseconds(1500))
      // Waits for the line, as a request still out would (a bound only against a hang).
      for _ in 0..<1000 where said.all.isEmpty { try? await Task.sleep(for: .milliseconds(10)) }
      return .answer(status: 200, body: Data(#"{"name":"李辉"}"#.utf8))
    }
    for _ in 1...2 { _ = try await client.send("GET", "/v1/whoami", query: [], body: nil) }
    #expect(said.text == ["正在连接 https://ducha.example.gov.cn …（连不上时最多等 15 秒）"])
  }

  @Test func aServerThatAnsweredIsRetriedPatientlyWhenItDropsAway() async throws {
    // One answer, then nothing: the dropped connection is tried all 8 times of the policy,
    // 23.75 s of pauses in all (past the 15 s a server never reached is given), each try with
    // the full 8 s to connect, and said as unreachable rather than "never reached".
    let dropped =
      "Failed to connect to ducha.example.gov.cn port 443 after 0 ms: Couldn't connect to server"
    let away = StandInAddress { attempt, _ in
      attempt == 1
        ? (.answer(status: 200, body: Data(#"{"name":"李辉"}"#.utf8)), .zero)
        : (.failure(dropped), .zero)
    }
    let said = Said()
    let client = try Self.client(away, said)
    _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    await #expect(
      throws: SyncError.unreachable(server: Self.address, attempts: 8, detail: dropped)
    ) {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    }
    #expect(away.connectLimits == Array(repeating: 8000, count: 9))
    #expect(away.clock.now == .milliseconds(23_750))
    #expect(
      said.text
        == ["马上再试…", "马上再试…", "1 秒后再试…", "2 秒后再试…", "4 秒后再试…", "8 秒后再试…", "8 秒后再试…"].map {
          "与服务器的连接断了（\(dropped)），\($0)"
        })
  }

  @Test func aPageThatIsNotTheCountyServersIsSaidToBeTheWrongAddress() async throws {
    // What another program on that address or a hotel's sign-in page answers: 404, no JSON.
    let server = try LoopbackServer(answers: [(404, "")])
    let client = try SyncClient(address: "http://127.0.0.1:\(server.port)", token: "dch_x")
    await #expect(throws: SyncError.notCountyServer(status: 404)) {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    }
    #expect(
      SyncError.notCountyServer(status: 404).description
        == "服务器的回答看不懂（HTTP 404，不是 ducha 县服务器的回答）。请确认地址和端口是 ducha 县服务器的。")
  }

  @Test func libcurlGivesUpASilentLoopbackPortAsNeverReached() async throws {
    // The real transport at a port whose connections are never made: what matters is which
    // error and what it says, not how long it took on this machine.
    let silent = try SilentPort()
    let address = "http://127.0.0.1:\(silent.port)"
    let said = Said()
    var client = try SyncClient(
      address: address, token: "dch_x",
      retry: RetryPolicy(
        attempts: 100, initialDelay: .milliseconds(50), maximumDelay: .milliseconds(100),
        connectTimeout: .milliseconds(300), firstContactLimit: .seconds(1)))
    client.progress = { said.add($0) }
    do {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
      Issue.record("a request to a silent port succeeded")
    } catch {
      guard case .notReached(address, _, _, let detail) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(!detail.isEmpty)
      #expect(error.description.hasPrefix("连不上服务器 \(address)（"))
      #expect(error.description.hasSuffix("）。" + Self.advice))
    }
    for (number, line) in said.text.enumerated() {
      #expect(
        number == 0
          ? line == "正在连接 \(address) …（连不上时最多等 1 秒）" : line.hasPrefix("还没连上（"), "\(said.text)")
    }
  }

  @Test func libcurlWaitsForAConnectedServerThatThinksLongerThanTheConnectLimit() async throws {
    // Connected at once, then 3 s of thinking: longer than both the 1 s connect limit and the
    // 2 s first-contact limit, well inside the 30 s a connected server may stay silent.
    let server = try LoopbackServer(answers: [(200, #"{"name":"李辉"}"#)], thinking: 3)
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x",
      retry: RetryPolicy(
        attempts: 1, initialDelay: .milliseconds(50), maximumDelay: .milliseconds(100),
        connectTimeout: .seconds(1), firstContactLimit: .seconds(2)))
    let answer = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    #expect(String(decoding: answer, as: UTF8.self) == #"{"name":"李辉"}"#)
    #expect(server.requests().count == 1)
  }
}
