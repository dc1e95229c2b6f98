import DuchaSync
import Foundation
import Testing

/// What a laptop sees when there is no server: bounded retries and a message that says the
/// records are safe. (The server itself is tested against PostgreSQL in CountyServer/.)
@Suite struct OfflineSyncTests {
  @Test func anUnreachableServerIsRetriedABoundedNumberOfTimesThenSaidPlainly() async throws {
    // Port 9 (discard) on loopback: nothing listens there on a test machine.
    let client = try SyncClient(
      address: "http://127.0.0.1:9/", token: "dch_x",
      retry: RetryPolicy(
        attempts: 3, initialDelay: .milliseconds(10), maximumDelay: .milliseconds(20)))
    do {
      _ = try await client.get(SyncRoute.whoami, as: AccountInfo.self)
      Issue.record("a request to a closed port succeeded")
    } catch {
      guard case .unreachable(let server, let attempts, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(server == "http://127.0.0.1:9")
      #expect(attempts == 3)
      #expect(error.description.hasPrefix("连不上服务器 http://127.0.0.1:9（试了 3 次："))
      #expect(error.description.hasSuffix("记录都在本机，没有丢失；联网后再运行 ducha sync。"))
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
