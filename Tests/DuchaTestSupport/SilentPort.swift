import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A port on 127.0.0.1 where a connection is never made, as at a wrong address or behind a
/// firewall that drops packets: the listener's queue (backlog 0) is filled by one connection
/// that is never accepted, so the kernel drops every later SYN and `connect` just waits. Shared
/// by the sync library's tests and the binary's (`DuchaTestSupport`), which each had a copy.
public final class SilentPort: @unchecked Sendable {
  /// The port, on 127.0.0.1.
  public let port: UInt16
  private let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  private let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)

  /// Takes a free port and fills its queue; throws when the system refuses either.
  public init() throws {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let (listener, filler) = (self.listener, self.filler)
    let ready = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(listener, pointer, length) == 0 && listen(listener, 0) == 0
          && getsockname(listener, pointer, &length) == 0 && connect(filler, pointer, length) == 0
      }
    }
    port = UInt16(bigEndian: address.sin_port)
    guard ready else { throw POSIXError(.EADDRNOTAVAIL) }
  }

  deinit {
    close(filler)
    close(listener)
  }
}
