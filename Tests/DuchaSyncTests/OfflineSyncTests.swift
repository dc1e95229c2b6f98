import DuchaSession
import DuchaSync
import Foundation
import Testing

/// What a laptop sees when there is no server: bounded retries and a message that says the
/// records are safe. (The server itself is tested against PostgreSQL in CountyServer/.)
@Suite struct OfflineSyncTests {
  @Test func aServerNeverReachedIsRetriedABoundedNumberOfTimesThenSaidPlainly() async throws {
    // Port 9 (discard) on loopback: nothing listens there on a test machine.
    let client = try SyncClient(
      address: "http://127.0.0.1:9/", token: "dch_x",
      // A first-contact limit no loaded test machine reaches: all 3 attempts are made. 600
      // seconds was reached: under the full suite on 2 cores the first answer of libcurl
      // (0 ms) was resumed 945 s later, the cooperative threads busy with synchronous tests,
      // and the client rightly gave up after 1 attempt. A day is past any run.
      retry: RetryPolicy(
        attempts: 3, initialDelay: .milliseconds(10), maximumDelay: .milliseconds(20),
        firstContactLimit: .seconds(86_400)))
    do {
      _ = try await client.get(SyncRoute.whoami, as: AccountInfo.self)
      Issue.record("a request to a closed port succeeded")
    } catch {
      guard case .notReached(let server, let attempts, let seconds, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(server == "http://127.0.0.1:9")
      #expect(attempts == 3)
      // Refused at once: well under a second on a quiet machine, more on a loaded one.
      let within = seconds > 0 ? "\(seconds) 秒内" : ""
      #expect(error.description.hasPrefix("连不上服务器 http://127.0.0.1:9（\(within)试了 3 次："))
      #expect(error.description.hasSuffix("记录都在本机，没有丢失；联网后再运行 ducha sync。"))
    }
  }

  /// The county network dropped after the first of two sessions was stored: the inspector
  /// used to read only 连不上服务器, not that one was already on the server.
  @Test func aSyncCutHalfWaySaysWhatIsAlreadyOnTheServer() async throws {
    let directory = try SharedCopyTests.folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for (id, unit) in [("c0ffee01", "渔沟小学"), ("c0ffee02", "韦集小学")] {
      var session = try SharedCopyTests.session(id: id, inspector: "李辉")
      session.unit.name = unit
      try SessionStore.encode(session).write(
        to: URL(fileURLWithPath: SessionStore(directory: directory).path(for: session)))
    }
    // The index, one push stored, then nothing listens any more.
    let server = try LoopbackServer(answers: [
      (200, #"{"versions":[]}"#),
      (200, #"{"key":{"id":"c0ffee01","saveSequence":0,"contentHash":"h"},"stored":true}"#),
    ])
    let address = "http://127.0.0.1:\(server.port)"
    let client = try SyncClient(address: address, token: "dch_x", retry: SharedCopyTests.patient)
    var report = FolderSync.Report()
    do {
      try await FolderSync(directory: directory, client: client).push(into: &report)
      Issue.record("the push went through a closed port")
    } catch {
      guard case .interrupted(1, .unreachable(address, 3, _)) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(
        error.description.hasPrefix(
          "同步中断：已上传 1 个版本（服务器已存好），其余的还没有上传。连不上服务器 \(address)（试了 3 次："))
    }
  }

  @Test func anAddressThatIsNotHTTPIsRefusedBeforeAnyRequest() {
    #expect(throws: SyncError.badAddress("ducha.example.gov.cn")) {
      _ = try SyncClient(address: "ducha.example.gov.cn", token: nil)
    }
    #expect(throws: SyncError.badAddress("ftp://ducha.example.gov.cn")) {
      _ = try SyncClient(address: "ftp://ducha.example.gov.cn", token: nil)
    }
  }

  @Test func aVersionIsKeyedByTheFilesBytes() {
    let key = SessionVersionKey.contentHash(of: Data("abc".utf8))
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    #expect(key == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }
}
