import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A one-thread HTTP/1.1 server on 127.0.0.1 for the client's tests: it answers each connection
/// with the next of `answers` (status and body, then closes) and records what it was sent.
/// It stops after the last answer; every wait is bounded by the socket's 10-second time-out.
final class LoopbackServer: @unchecked Sendable {
  /// One request as received: the request line, the header lines, the body.
  struct Request: Sendable {
    var line: String
    var headers: [String]
    var body: Data
  }

  let port: UInt16
  private let listener: Int32
  private let lock = NSLock()
  private var received: [Request] = []
  private let done = DispatchSemaphore(value: 0)

  /// Answers each request after `thinking` seconds: a county server that is reachable but slow.
  init(answers: [(status: Int, body: String)], thinking: TimeInterval = 0) throws {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(listener, pointer, length) == 0 && listen(listener, 8) == 0
          && getsockname(listener, pointer, &length) == 0
      }
    }
    guard bound else {
      close(listener)
      throw POSIXError(.EADDRNOTAVAIL)
    }
    self.listener = listener
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in
      for answer in answers { serve(answer, thinking: thinking) }
      close(listener)
      done.signal()
    }
    thread.start()
  }

  /// The requests received, once every answer was given (or after 10 seconds).
  func requests() -> [Request] {
    _ = done.wait(timeout: .now() + 10)
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  private func serve(_ answer: (status: Int, body: String), thinking: TimeInterval) {
    let connection = accept(listener, nil, nil)
    guard connection >= 0 else { return }
    defer { close(connection) }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(
      connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var bytes = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    var request: Request?
    while request == nil {
      let count = recv(connection, &buffer, buffer.count, 0)
      guard count > 0 else { return }
      bytes.append(contentsOf: buffer[0..<count])
      request = Self.parse(bytes)
    }
    guard let request else { return }
    lock.lock()
    received.append(request)
    lock.unlock()
    if thinking > 0 { Thread.sleep(forTimeInterval: thinking) }
    let body = Data(answer.body.utf8)
    let head =
      "HTTP/1.1 \(answer.status) Status\r\nContent-Type: application/json\r\n"
      + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    let reply = Data(head.utf8) + body
    _ = reply.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
  }

  /// A whole request (headers and a body of Content-Length bytes), or nil if more is to come.
  private static func parse(_ bytes: Data) -> Request? {
    guard let end = bytes.range(of: Data("\r\n\r\n".utf8)) else { return nil }
    let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n")
    let line = lines.removeFirst()
    let length =
      lines.first { $0.lowercased().hasPrefix("content-length:") }
      .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
    let body = bytes[end.upperBound...]
    guard body.count >= length else { return nil }
    return Request(line: line, headers: lines, body: Data(body.prefix(length)))
  }
}
