import DuchaSync
import Foundation
import Testing

/// The client against a real socket on loopback (the county server itself is tested in
/// CountyServer/ against PostgreSQL): what goes over the wire, and what each status means.
@Suite struct HTTPExchangeTests {
  static let patient = RetryPolicy(
    attempts: 3, initialDelay: .milliseconds(10), maximumDelay: .milliseconds(20))

  @Test func aPostCarriesTheBodyTheTokenAndTheQueryAndReturnsTheAnswer() async throws {
    let server = try LoopbackServer(answers: [(200, #"{"stored":true}"#)])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)/", token: "dch_abc", retry: Self.patient)
    let body = Data(#"{"id":"渔沟小学"}"#.utf8) + Data(repeating: 0x20, count: 4000)
    let answer = try await client.send(
      "POST", "/v1/sessions", query: [URLQueryItem(name: "group", value: "三组")], body: body)
    #expect(String(decoding: answer, as: UTF8.self) == #"{"stored":true}"#)
    let requests = server.requests()
    #expect(requests.count == 1)
    let request = try #require(requests.first)
    #expect(request.line == "POST /v1/sessions?group=%E4%B8%89%E7%BB%84 HTTP/1.1")
    #expect(request.headers.contains("Content-Type: application/json"))
    #expect(request.headers.contains("Authorization: Bearer dch_abc"))
    // curl would otherwise ask before a body over 1 KB and wait a second for the go-ahead.
    #expect(!request.headers.contains { $0.lowercased().hasPrefix("expect:") })
    #expect(request.body == body)
  }

  @Test func anAddressAndTokenTypedInFullWidthModeReachTheServer() async throws {
    let server = try LoopbackServer(answers: [(200, #"{"name":"李辉"}"#)])
    // What a Chinese input method in full-width mode types for http://127.0.0.1:PORT/, and a
    // token pasted from a WeChat message with a space and a line end around it.
    let fullWidth = { (text: String) in
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0) ?? $0 }))
    }
    let address =
      "http" + fullWidth("://127") + "。" + fullWidth("0") + "。" + fullWidth("0") + "。"
      + fullWidth("1:\(server.port)/")
    #expect(address == "http：／／１２７。０。０。１：\(fullWidth(String(server.port)))／")
    let client = try SyncClient(
      address: address, token: "\u{3000}" + fullWidth("dch_abc") + "\n", retry: Self.patient)
    #expect(client.server.absoluteString == "http://127.0.0.1:\(server.port)")
    _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    let request = try #require(server.requests().first)
    #expect(request.line == "GET /v1/whoami HTTP/1.1")
    #expect(request.headers.contains("Authorization: Bearer dch_abc"))
  }

  @Test func aServerErrorIsRetriedAndTheNextAnswerUsed() async throws {
    let server = try LoopbackServer(answers: [
      (503, #"{"error":"数据库重启中"}"#), (200, #"{"name":"李辉"}"#),
    ])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: nil, retry: Self.patient)
    let answer = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    #expect(String(decoding: answer, as: UTF8.self) == #"{"name":"李辉"}"#)
    let requests = server.requests()
    #expect(requests.map(\.line) == Array(repeating: "GET /v1/whoami HTTP/1.1", count: 2))
    #expect(!requests[0].headers.contains { $0.hasPrefix("Authorization:") })
  }

  @Test func aRefusalIsReportedAtOnceWithTheServersMessage() async throws {
    let server = try LoopbackServer(answers: [(403, #"{"error":"只能看本组的记录"}"#)])
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: "dch_x", retry: Self.patient)
    await #expect(throws: SyncError.refused(status: 403, message: "只能看本组的记录")) {
      _ = try await client.send("GET", "/v1/sessions", query: [], body: nil)
    }
    #expect(server.requests().count == 1)
  }

  @Test func serverErrorsToTheLastAttemptAreUnreachableWithTheLastProblem() async throws {
    let server = try LoopbackServer(answers: Array(repeating: (500, #"{"error":"坏了"}"#), count: 3))
    let client = try SyncClient(
      address: "http://127.0.0.1:\(server.port)", token: nil, retry: Self.patient)
    await #expect(
      throws: SyncError.unreachable(
        server: "http://127.0.0.1:\(server.port)", attempts: 3, detail: "HTTP 500 坏了")
    ) {
      _ = try await client.send("GET", "/v1/whoami", query: [], body: nil)
    }
    #expect(server.requests().count == 3)
  }
}
