import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `ducha sync --lang en` at an address where another program answers (a hotel's sign-in page,
/// a web server on the wrong port) said it in Chinese only; `--lang zh` (and a Chinese
/// environment) still says it in Chinese.
@Suite struct SyncLanguageCLITests {
  /// The last line said, in each language, when another program answers at the address.
  static let notTheServer = [
    "en": "the answer is not the ducha county server's (HTTP 404). Check that the address and"
      + " port are the county server's.",
    "zh": "服务器的回答看不懂（HTTP 404，不是 ducha 县服务器的回答）。请确认地址和端口是 ducha 县服务器的。",
  ]

  @Test func anAnswerThatIsNotTheCountyServersIsSaidInTheLanguageAskedFor() throws {
    let directory = try CLI.temporaryDirectory("sync-lang")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (lang, expected) in Self.notTheServer {
      let other = try NotTheCountyServer()
      let result = try runDucha(
        ["sync", "--server", "http://127.0.0.1:\(other.port)", "--token", "dch_x", "--lang", lang],
        in: directory, workingDirectory: directory)
      #expect(result.status == 1)
      #expect(result.output == "")
      // A loaded machine may take a second to answer: then 正在连接 comes first.
      let lines = result.errors.split(separator: "\n").map(String.init)
      #expect(lines.last == expected, "\(lines)")
    }
  }

  /// The leader's commands and `cases list` given `--server` say the server's failure as
  /// `ducha sync` does: the `SyncError` is said by `Ducha.main` (`UserFacingError`), in `--lang`'s
  /// language, status 1, nothing on standard output.
  @Test(arguments: [["summary"], ["report"], ["cases", "list"]])
  func aCommandReadingFromTheServerSaysItsFailureInTheLanguageAskedFor(command: [String]) throws {
    let directory = try CLI.temporaryDirectory("sync-lang-leader")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (lang, expected) in Self.notTheServer {
      let other = try NotTheCountyServer()
      let result = try runDucha(
        command + [
          "--server", "http://127.0.0.1:\(other.port)", "--token", "dch_x", "--lang", lang,
        ], in: directory, workingDirectory: directory)
      #expect(result.status == 1, "\(command) \(lang): \(result.errors)")
      #expect(result.output == "")
      let lines = result.errors.split(separator: "\n").map(String.init)
      #expect(lines.last == expected, "\(command) \(lang): \(lines)")
    }
  }

  @Test func aMistypedAddressIsSaidInTheLanguageAskedFor() throws {
    let directory = try CLI.temporaryDirectory("sync-lang")
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try runDucha(
      ["sync", "--server", "ducha.example.gov.cn", "--token", "dch_x", "--lang", "en"],
      in: directory, workingDirectory: directory)
    #expect(result.status != 0)
    #expect(
      result.errors.contains(
        "“ducha.example.gov.cn” is not a server address. Write it as https://HOST or"
          + " http://127.0.0.1:PORT."), "\(result.errors)")
  }
}

/// A loopback port where another program answers every request with 404 and a page of its own.
private final class NotTheCountyServer: @unchecked Sendable {
  let port: UInt16
  private let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)

  init() throws {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let listener = self.listener
    let ready = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(listener, pointer, length) == 0 && listen(listener, 4) == 0
          && getsockname(listener, pointer, &length) == 0
      }
    }
    port = UInt16(bigEndian: address.sin_port)
    guard ready else { throw TestFailure("no loopback port") }
    Thread {
      // A bounded number of answers: ducha asks once (a 4xx is not retried).
      for _ in 0..<4 {
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        _ = read(connection, &buffer, buffer.count)
        let page = "<html>Not Found</html>"
        let answer =
          "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)"
          + "\r\nConnection: close\r\n\r\n" + page
        _ = answer.withCString { write(connection, $0, strlen($0)) }
        close(connection)
      }
    }.start()
  }

  deinit { close(listener) }
}
